import type { Card, Connection, EmotionPoint, JourneyMap } from '../../src/model/journey';

/** Old id -> new id for one kind of entity; ids are only unique within a kind. */
function renamer(makeId: () => string) {
  const ids = new Map<string, string>();
  return {
    fresh(id: string): string {
      const next = makeId();
      ids.set(id, next);
      return next;
    },
    remap: (id: string): string => ids.get(id) ?? id,
  };
}

/**
 * A deep copy of `map` in which the map and every phase, stage, lane, card,
 * connection and emotion point has a new id, with all references between them
 * remapped, so the copy can live next to the original and be edited
 * independently. References outside the map (personas, channels, segments,
 * images, linked maps) are project-wide and stay as they are.
 */
export function copyMapWithNewIds(map: JourneyMap, name: string, makeId: () => string): JourneyMap {
  const clone = <T>(value: T): T => structuredClone(value);
  const phaseIds = renamer(makeId);
  const stageIds = renamer(makeId);
  const laneIds = renamer(makeId);
  const cardIds = renamer(makeId);
  const { stages: _s, lanes: _l, cards: _c, connections: _k, phases: _p, emotions: _e, ...mapFields } = map;

  const phases = map.phases?.map((phase) => ({ ...clone(phase), id: phaseIds.fresh(phase.id) }));
  const stages = map.stages.map((stage) => {
    const copy = { ...clone(stage), id: stageIds.fresh(stage.id) };
    if (stage.phaseId !== undefined) copy.phaseId = phaseIds.remap(stage.phaseId);
    return copy;
  });
  const lanes = map.lanes.map((lane) => ({ ...clone(lane), id: laneIds.fresh(lane.id) }));
  const cards: Record<string, Card> = {};
  for (const card of Object.values(map.cards)) {
    const id = cardIds.fresh(card.id);
    cards[id] = { ...clone(card), id, stageId: stageIds.remap(card.stageId), laneId: laneIds.remap(card.laneId) };
  }
  const connections: Record<string, Connection> = {};
  for (const connection of Object.values(map.connections)) {
    const id = makeId();
    connections[id] = { ...clone(connection), id, source: cardIds.remap(connection.source), target: cardIds.remap(connection.target) };
  }
  const copy: JourneyMap = { ...clone(mapFields), id: makeId(), name, stages, lanes, cards, connections };
  if (phases) copy.phases = phases;
  if (map.emotions) {
    const emotions: Record<string, EmotionPoint> = {};
    for (const point of Object.values(map.emotions)) {
      const id = makeId();
      emotions[id] = { ...clone(point), id, stageId: stageIds.remap(point.stageId), laneId: laneIds.remap(point.laneId) };
    }
    copy.emotions = emotions;
  }
  return copy;
}
