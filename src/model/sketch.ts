import type { Id, JourneyMap, LaneType } from './journey';
import type { MapSketch } from './project';

/** Most cells a sketch lists: enough for a thumbnail, small enough for a project-home list of many maps. */
export const SKETCH_MAX_CELLS = 400;

/**
 * A thumbnail's worth of a map: its stage count, lane types top to bottom and
 * how many cards each filled cell holds, cells in stage-then-lane order and
 * at most SKETCH_MAX_CELLS of them (the leftmost stages win).
 */
export function mapSketch(map: JourneyMap): MapSketch {
  return sketchFromCells(map.stages, map.lanes, countCells(Object.values(map.cards)));
}

function countCells(cards: readonly { stageId: Id; laneId: Id }[]): [Id, Id, number][] {
  const counts = new Map<string, [Id, Id, number]>();
  for (const card of cards) {
    const key = `${card.stageId} ${card.laneId}`;
    const cell = counts.get(key);
    if (cell) cell[2] += 1;
    else counts.set(key, [card.stageId, card.laneId, 1]);
  }
  return [...counts.values()];
}

/** The sketch of a map with these stages and lanes (in order) and these card counts per [stageId, laneId] cell. */
export function sketchFromCells(stages: readonly { id: Id }[], lanes: readonly { id: Id; type: LaneType }[], cellCounts: Iterable<readonly [Id, Id, number]>): MapSketch {
  const stageIndex = new Map(stages.map((stage, index) => [stage.id, index]));
  const laneIndex = new Map(lanes.map((lane, index) => [lane.id, index]));
  const counts = new Map<number, number>();
  const width = Math.max(lanes.length, 1);
  for (const [stageId, laneId, count] of cellCounts) {
    const s = stageIndex.get(stageId);
    const l = laneIndex.get(laneId);
    if (s === undefined || l === undefined) continue;
    const key = s * width + l;
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  const cells = [...counts]
    .sort(([a], [b]) => a - b)
    .slice(0, SKETCH_MAX_CELLS)
    .map(([key, count]): [number, number, number] => [Math.floor(key / width), key % width, count]);
  return { stageCount: stages.length, lanes: lanes.map((lane) => lane.type), cells };
}
