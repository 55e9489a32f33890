import type { MapVersion } from '../../../src/model/gaps';
import type { Card, Connection, EmotionPoint, JourneyMap } from '../../../src/model/journey';

/**
 * A small journey for comparison tests: three stages, a touchpoint lane, a
 * backstage lane, a pain-point lane and an emotions lane. The checkout
 * touchpoint is supported by the payment step; the website touchpoint is not.
 */
export function versionMap(): JourneyMap {
  const card = (id: string, laneId: string, stageId: string, title: string, extra: Partial<Card> = {}): Card => ({ id, laneId, stageId, order: 0, title, ...extra });
  const emotion = (id: string, stageId: string, value: number, extra: Partial<EmotionPoint> = {}): EmotionPoint => ({
    id,
    laneId: 'lE',
    stageId,
    personaId: null,
    variant: 'asIs',
    value,
    ...extra,
  });
  const supports: Connection = { id: 'c1', source: 'b1', target: 't2', kind: 'supports' };
  return {
    id: 'm1',
    name: 'Buying online',
    stages: [
      { id: 's1', name: 'Discover' },
      { id: 's2', name: 'Buy' },
      { id: 's3', name: 'Use' },
    ],
    lanes: [
      { id: 'lT', name: 'Touchpoints', type: 'touchpoints' },
      { id: 'lE', name: 'Emotions', type: 'emotions' },
      { id: 'lP', name: 'Pain points', type: 'painPoints' },
      { id: 'lB', name: 'Backstage', type: 'backstage' },
    ],
    cards: {
      t1: card('t1', 'lT', 's1', 'Website'),
      t2: card('t2', 'lT', 's2', 'Checkout', { body: 'Card or invoice' }),
      t3: card('t3', 'lT', 's3', 'Manual'),
      p1: card('p1', 'lP', 's2', 'Hidden fees', { pain: { severity: 3, owner: 'Ann', createdAt: '2026-01-01T00:00:00.000Z' } }),
      b1: card('b1', 'lB', 's2', 'Payment service'),
      b2: card('b2', 'lB', 's3', 'Ship parcel'),
    },
    connections: { c1: supports, c2: { id: 'c2', source: 'b2', target: 't3', kind: 'supports' } },
    emotions: {
      e1: emotion('e1', 's1', 1),
      e2: emotion('e2', 's2', -2),
      e3: emotion('e3', 's3', 2),
    },
  };
}

/** The map as one side of a comparison. */
export const versionOf = (map: JourneyMap, label = 'Version'): MapVersion => ({ label, at: '2026-12-01T10:00:00.000Z', map, metrics: null, velocity: null });

/** The same map with every id replaced (as "Duplicate" does), so only names and titles can match it. */
export function withNewIds(map: JourneyMap, newMapId: string): JourneyMap {
  const id = (old: string): string => `n-${old}`;
  const cards = Object.fromEntries(
    Object.values(map.cards).map((c) => [id(c.id), { ...c, id: id(c.id), laneId: id(c.laneId), stageId: id(c.stageId) }]),
  );
  const connections = Object.fromEntries(
    Object.values(map.connections).map((c) => [id(c.id), { ...c, id: id(c.id), source: id(c.source), target: id(c.target) }]),
  );
  const emotions = Object.fromEntries(
    Object.values(map.emotions ?? {}).map((e) => [id(e.id), { ...e, id: id(e.id), laneId: id(e.laneId), stageId: id(e.stageId) }]),
  );
  return {
    ...map,
    id: newMapId,
    stages: map.stages.map((s) => ({ ...s, id: id(s.id) })),
    lanes: map.lanes.map((l) => ({ ...l, id: id(l.id) })),
    cards,
    connections,
    emotions,
  };
}
