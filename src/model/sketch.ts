import type { JourneyMap } from './journey';
import type { MapSketch } from './project';

/** Most cells a sketch lists: enough for a thumbnail, small enough for a project-home list of many maps. */
export const SKETCH_MAX_CELLS = 400;

/**
 * A thumbnail's worth of a map: its stage count, lane types top to bottom and
 * how many cards each filled cell holds, cells in stage-then-lane order and
 * at most SKETCH_MAX_CELLS of them (the leftmost stages win).
 */
export function mapSketch(map: JourneyMap): MapSketch {
  const stageIndex = new Map(map.stages.map((stage, index) => [stage.id, index]));
  const laneIndex = new Map(map.lanes.map((lane, index) => [lane.id, index]));
  const counts = new Map<number, number>();
  const width = Math.max(map.lanes.length, 1);
  for (const card of Object.values(map.cards)) {
    const s = stageIndex.get(card.stageId);
    const l = laneIndex.get(card.laneId);
    if (s === undefined || l === undefined) continue;
    const key = s * width + l;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const cells = [...counts]
    .sort(([a], [b]) => a - b)
    .slice(0, SKETCH_MAX_CELLS)
    .map(([key, count]): [number, number, number] => [Math.floor(key / width), key % width, count]);
  return { stageCount: map.stages.length, lanes: map.lanes.map((lane) => lane.type), cells };
}
