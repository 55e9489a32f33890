import type { Command } from '../../../src/commands/schemas';
import { LANE_TYPES } from '../../../src/schema/journey';
import type { Card, JourneyMap } from '../../../src/model/journey';

/** A small deterministic PRNG (mulberry32) so a failing seed can be replayed. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[int(list.length)] as T;
  };
  const sample = <T>(list: readonly T[], count: number): T[] => {
    const pool = [...list];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(int(pool.length), 1)[0] as T);
    return out;
  };
  return { int, pick, sample, chance: (p: number) => next() < p };
}

type Rng = ReturnType<typeof seededRandom>;
const COLORS = ['#ff0000', '#00ff00', '#123abc'];

/** Makes random, valid commands for the current state of a map. */
export function commandGenerator(rng: Rng) {
  let counter = 0;
  const id = (prefix: string) => `${prefix}${++counter}`;
  const optionalColor = () => (rng.chance(0.3) ? null : rng.pick(COLORS));

  const newCard = (map: JourneyMap, stageId = rng.pick(map.stages).id, laneId = rng.pick(map.lanes).id): Card => ({
    id: id('c'),
    stageId,
    laneId,
    order: rng.int(6),
    title: `card ${counter}`,
    ...(rng.chance(0.5) ? { body: 'notes' } : {}),
    ...(rng.chance(0.3) ? { color: rng.pick(COLORS) } : {}),
    ...(rng.chance(0.2) ? { extra: { from: 'future' } } : {}),
  });

  const makers: Record<Command['name'], (map: JourneyMap) => Command | undefined> = {
    'map.rename': () => ({ name: 'map.rename', args: { name: `Map ${rng.int(3)}` } }),
    'stage.add': () => ({ name: 'stage.add', args: { stage: { id: id('s'), name: 'Stage' }, ...(rng.chance(0.7) ? { index: rng.int(6) } : {}) } }),
    'stage.rename': (map) => map.stages.length ? { name: 'stage.rename', args: { id: rng.pick(map.stages).id, name: `S${rng.int(3)}` } } : undefined,
    'stage.recolor': (map) => map.stages.length ? { name: 'stage.recolor', args: { id: rng.pick(map.stages).id, color: optionalColor() } } : undefined,
    'stage.move': (map) => map.stages.length ? { name: 'stage.move', args: { id: rng.pick(map.stages).id, toIndex: rng.int(map.stages.length + 2) } } : undefined,
    'stage.delete': (map) => map.stages.length > 1 ? { name: 'stage.delete', args: { id: rng.pick(map.stages).id } } : undefined,
    'lane.add': () => ({ name: 'lane.add', args: { lane: { id: id('l'), name: 'Lane', type: rng.pick(LANE_TYPES) }, ...(rng.chance(0.7) ? { index: rng.int(6) } : {}) } }),
    'lane.rename': (map) => map.lanes.length ? { name: 'lane.rename', args: { id: rng.pick(map.lanes).id, name: `L${rng.int(3)}` } } : undefined,
    'lane.move': (map) => map.lanes.length ? { name: 'lane.move', args: { id: rng.pick(map.lanes).id, toIndex: rng.int(map.lanes.length + 2) } } : undefined,
    'lane.resize': (map) => map.lanes.length ? { name: 'lane.resize', args: { id: rng.pick(map.lanes).id, height: rng.chance(0.3) ? null : 60 + rng.int(3) * 100 } } : undefined,
    'lane.delete': (map) => map.lanes.length > 1 ? { name: 'lane.delete', args: { id: rng.pick(map.lanes).id } } : undefined,
    'card.add': (map) => {
      if (!map.stages.length || !map.lanes.length) return undefined;
      const cards = Array.from({ length: 1 + rng.int(3) }, () => newCard(map));
      const existing = Object.keys(map.cards);
      const connections = existing.length && rng.chance(0.5) ? [{ id: id('k'), source: rng.pick(existing), target: rng.pick(cards).id }] : [];
      return { name: 'card.add', args: { cards, connections } };
    },
    'card.edit': (map) => {
      const cards = Object.keys(map.cards);
      if (!cards.length) return undefined;
      const patch = {
        ...(rng.chance(0.5) ? { title: `t${rng.int(3)}` } : {}),
        ...(rng.chance(0.5) ? { body: rng.chance(0.5) ? null : `b${rng.int(3)}` } : {}),
        ...(rng.chance(0.5) ? { color: optionalColor() } : {}),
      };
      return { name: 'card.edit', args: { id: rng.pick(cards), patch } };
    },
    'card.move': (map) => {
      const cards = Object.keys(map.cards);
      if (!cards.length) return undefined;
      const moves = Array.from({ length: 1 + rng.int(4) }, () => ({ id: rng.pick(cards), stageId: rng.pick(map.stages).id, laneId: rng.pick(map.lanes).id, order: rng.int(6) }));
      return { name: 'card.move', args: { moves } };
    },
    'card.duplicate': (map) => {
      const ids = rng.sample(Object.keys(map.cards), 1 + rng.int(3));
      return ids.length ? { name: 'card.duplicate', args: { ids, newIds: ids.map(() => id('c')) } } : undefined;
    },
    'card.delete': (map) => {
      const ids = rng.sample(Object.keys(map.cards), 1 + rng.int(3));
      return ids.length ? { name: 'card.delete', args: { ids } } : undefined;
    },
    'connection.add': (map) => {
      const [source, target] = rng.sample(Object.keys(map.cards), 2);
      return source && target ? { name: 'connection.add', args: { connections: [{ id: id('k'), source, target, ...(rng.chance(0.5) ? { label: 'why' } : {}) }] } } : undefined;
    },
    'connection.edit': (map) => {
      const ids = Object.keys(map.connections);
      return ids.length ? { name: 'connection.edit', args: { id: rng.pick(ids), patch: { label: rng.chance(0.4) ? null : `x${rng.int(2)}` } } } : undefined;
    },
    'connection.delete': (map) => {
      const ids = rng.sample(Object.keys(map.connections), 1 + rng.int(2));
      return ids.length ? { name: 'connection.delete', args: { ids } } : undefined;
    },
  };
  const names = Object.keys(makers) as Command['name'][];

  return (map: JourneyMap): Command => {
    for (;;) {
      const command = makers[rng.pick(names)](map);
      if (command) return command;
    }
  };
}

/** A random starting map built by a few valid commands' worth of content. */
export function randomMap(rng: Rng): JourneyMap {
  const stages = Array.from({ length: 1 + rng.int(4) }, (_, i) => ({ id: `S${i}`, name: `Stage ${i}` }));
  const lanes = Array.from({ length: 1 + rng.int(4) }, (_, i) => ({ id: `L${i}`, name: `Lane ${i}`, type: rng.pick(LANE_TYPES) }));
  const cards: Record<string, Card> = {};
  const fill: Record<string, number> = {};
  for (let i = 0; i < rng.int(15); i++) {
    const stageId = rng.pick(stages).id;
    const laneId = rng.pick(lanes).id;
    const key = `${stageId}/${laneId}`;
    const order = fill[key] ?? 0;
    fill[key] = order + 1;
    cards[`C${i}`] = { id: `C${i}`, stageId, laneId, order, title: `Card ${i}` };
  }
  const ids = Object.keys(cards);
  const connections = Object.fromEntries(
    Array.from({ length: ids.length > 1 ? rng.int(5) : 0 }, (_, i) => {
      const [source, target] = rng.sample(ids, 2) as [string, string];
      return [`K${i}`, { id: `K${i}`, source, target }];
    }),
  );
  return { id: 'map', name: 'Random', stages, lanes, cards, connections };
}
