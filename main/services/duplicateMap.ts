import type { Card, Connection, JourneyMap } from '../../src/model/journey';

/**
 * A deep copy of `map` in which the map and every stage, lane, card and
 * connection has a new id, with all references between them remapped, so the
 * copy can live next to the original and be edited independently.
 */
export function copyMapWithNewIds(map: JourneyMap, name: string, makeId: () => string): JourneyMap {
  const ids = new Map<string, string>();
  const fresh = (id: string) => {
    const next = makeId();
    ids.set(id, next);
    return next;
  };
  const remap = (id: string) => ids.get(id) ?? id;
  const clone = <T>(value: T): T => structuredClone(value);
  const stages = map.stages.map((stage) => ({ ...clone(stage), id: fresh(stage.id) }));
  const lanes = map.lanes.map((lane) => ({ ...clone(lane), id: fresh(lane.id) }));
  const cards: Record<string, Card> = {};
  for (const card of Object.values(map.cards)) {
    const id = fresh(card.id);
    cards[id] = { ...clone(card), id, stageId: remap(card.stageId), laneId: remap(card.laneId) };
  }
  const connections: Record<string, Connection> = {};
  for (const connection of Object.values(map.connections)) {
    const id = fresh(connection.id);
    connections[id] = { ...clone(connection), id, source: remap(connection.source), target: remap(connection.target) };
  }
  const { stages: _stages, lanes: _lanes, cards: _cards, connections: _connections, ...mapFields } = map;
  return { ...clone(mapFields), id: makeId(), name, stages, lanes, cards, connections };
}
