import type { Command } from '../../../src/commands/schemas';
import { CONNECTION_KINDS, EMOTION_VARIANTS, LANE_TYPES, MAP_STATUSES } from '../../../src/schema/journey';
import type { Card, EmotionPoint, JourneyMap, LaneType, Phase, Stage } from '../../../src/model/journey';
import { annotationMakers, randomDetails } from './randomAnnotationCommands';

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

export type Rng = ReturnType<typeof seededRandom>;
const COLORS = ['#ff0000', '#00ff00', '#123abc'];
const PERSONAS = [null, 'P1', 'P2'] as const;

/** Runs of consecutive stages without a phase, as stage ids. */
function phaselessRuns(map: JourneyMap): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const stage of [...map.stages, undefined]) {
    if (stage && stage.phaseId === undefined) run.push(stage.id);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  return runs;
}

/** Makes random, valid commands for the current state of a map. */
export function commandGenerator(rng: Rng) {
  let counter = 0;
  const id = (prefix: string) => `${prefix}${++counter}`;
  const optionalColor = () => (rng.chance(0.3) ? null : rng.pick(COLORS));

  // Cards land in pain-point and opportunity lanes often, so votes and details have something to work on.
  const cardLane = (map: JourneyMap) => {
    const annotated = map.lanes.filter((lane) => lane.type === 'painPoints' || lane.type === 'opportunities');
    return rng.pick(annotated.length && rng.chance(0.5) ? annotated : map.lanes).id;
  };
  const newCard = (map: JourneyMap, stageId = rng.pick(map.stages).id, laneId = cardLane(map)): Card => ({
    id: id('c'),
    stageId,
    laneId,
    order: rng.int(6),
    title: `card ${counter}`,
    ...(rng.chance(0.5) ? { body: 'notes' } : {}),
    ...(rng.chance(0.3) ? { color: rng.pick(COLORS) } : {}),
    ...(rng.chance(0.2) ? { extra: { from: 'future' } } : {}),
  });

  const newPoint = (map: JourneyMap, pointId = id('e')): EmotionPoint | undefined => {
    const lanes = map.lanes.filter((lane) => lane.type === 'emotions');
    if (!lanes.length || !map.stages.length) return undefined;
    return {
      id: pointId,
      laneId: rng.pick(lanes).id,
      stageId: rng.pick(map.stages).id,
      personaId: rng.pick(PERSONAS),
      variant: rng.pick(EMOTION_VARIANTS),
      value: rng.int(5) - 2,
      ...(rng.chance(0.3) ? { label: `feel ${rng.int(3)}` } : {}),
    };
  };
  const phases = (map: JourneyMap) => map.phases ?? [];
  const points = (map: JourneyMap) => Object.values(map.emotions ?? {});

  const makers: Record<Command['name'], (map: JourneyMap) => Command | undefined> = {
    'map.rename': () => ({ name: 'map.rename', args: { name: `Map ${rng.int(3)}` } }),
    'map.setMeta': () => {
      const patch = {
        ...(rng.chance(0.5) ? { owner: rng.chance(0.3) ? null : `owner ${rng.int(2)}` } : {}),
        ...(rng.chance(0.5) ? { status: rng.chance(0.3) ? null : rng.pick(MAP_STATUSES) } : {}),
        ...(rng.chance(0.4) ? { description: rng.chance(0.3) ? null : 'why this map' } : {}),
        ...(rng.chance(0.4) ? { personaIds: rng.chance(0.3) ? null : rng.sample(['P1', 'P2'], 1 + rng.int(2)) } : {}),
      };
      return { name: 'map.setMeta', args: { patch } };
    },
    'phase.add': (map) => {
      const run = rng.chance(0.2) ? [] : rng.pick([[], ...phaselessRuns(map)]);
      const start = rng.int(run.length + 1);
      const stageIds = run.slice(start, start + 1 + rng.int(3));
      const phase: Phase = { id: id('p'), name: 'Phase', ...(rng.chance(0.3) ? { color: rng.pick(COLORS) } : {}) };
      return { name: 'phase.add', args: { phase, stageIds, ...(rng.chance(0.6) ? { index: rng.int(phases(map).length + 2) } : {}) } };
    },
    'phase.rename': (map) => phases(map).length ? { name: 'phase.rename', args: { id: rng.pick(phases(map)).id, name: `P${rng.int(3)}` } } : undefined,
    'phase.recolor': (map) => phases(map).length ? { name: 'phase.recolor', args: { id: rng.pick(phases(map)).id, color: optionalColor() } } : undefined,
    'phase.move': (map) => phases(map).length ? { name: 'phase.move', args: { id: rng.pick(phases(map)).id, toIndex: rng.int(phases(map).length + 1) } } : undefined,
    'phase.delete': (map) => phases(map).length ? { name: 'phase.delete', args: { id: rng.pick(phases(map)).id } } : undefined,
    'stage.setPhase': (map) => {
      if (!map.stages.length) return undefined;
      const phaseId = phases(map).length && rng.chance(0.7) ? rng.pick(phases(map)).id : null;
      return { name: 'stage.setPhase', args: { id: rng.pick(map.stages).id, phaseId } };
    },
    'emotion.set': (map) => {
      const existing = points(map);
      if (existing.length && rng.chance(0.4)) {
        const point = rng.pick(existing);
        return { name: 'emotion.set', args: { point: { ...point, value: rng.int(5) - 2 } } };
      }
      const point = newPoint(map);
      return point ? { name: 'emotion.set', args: { point } } : undefined;
    },
    'emotion.delete': (map) => {
      const ids = rng.sample(points(map).map((point) => point.id), 1 + rng.int(3));
      return ids.length ? { name: 'emotion.delete', args: { ids } } : undefined;
    },
    'emotion.add': (map) => {
      const point = newPoint(map);
      const taken = new Set(points(map).map((p) => `${p.laneId} ${p.stageId} ${p.personaId} ${p.variant}`));
      return point && !taken.has(`${point.laneId} ${point.stageId} ${point.personaId} ${point.variant}`)
        ? { name: 'emotion.add', args: { points: [point] } }
        : undefined;
    },
    'stage.add': () => ({ name: 'stage.add', args: { stage: { id: id('s'), name: 'Stage' }, ...(rng.chance(0.7) ? { index: rng.int(6) } : {}) } }),
    'stage.rename': (map) => map.stages.length ? { name: 'stage.rename', args: { id: rng.pick(map.stages).id, name: `S${rng.int(3)}` } } : undefined,
    'stage.recolor': (map) => map.stages.length ? { name: 'stage.recolor', args: { id: rng.pick(map.stages).id, color: optionalColor() } } : undefined,
    'stage.move': (map) => map.stages.length ? { name: 'stage.move', args: { id: rng.pick(map.stages).id, toIndex: rng.int(map.stages.length + 2) } } : undefined,
    'stage.delete': (map) => map.stages.length > 1 ? { name: 'stage.delete', args: { id: rng.pick(map.stages).id } } : undefined,
    'lane.add': () => {
      const type = rng.chance(0.3) ? rng.pick(['painPoints', 'opportunities'] as const) : rng.pick(LANE_TYPES);
      return { name: 'lane.add', args: { lane: { id: id('l'), name: 'Lane', type }, ...(rng.chance(0.7) ? { index: rng.int(6) } : {}) } };
    },
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
        ...(rng.chance(0.3) ? { channelId: rng.chance(0.3) ? null : `ch${rng.int(3)}` } : {}),
        ...(rng.chance(0.2) ? { url: rng.chance(0.3) ? null : 'https://example.com/a' } : {}),
        ...(rng.chance(0.2) ? { personaIds: rng.chance(0.3) ? null : rng.sample(['P1', 'P2'], 1 + rng.int(2)) } : {}),
        ...(rng.chance(0.2) ? { segmentIds: rng.chance(0.3) ? null : ['G1'] } : {}),
        ...(rng.chance(0.2) ? { linkedMapId: rng.chance(0.3) ? null : 'other-map' } : {}),
        ...(rng.chance(0.2) ? { imageId: rng.chance(0.3) ? null : 'img1' } : {}),
      };
      const card = map.cards[rng.pick(cards)] as Card;
      const room = map.stages.length - map.stages.findIndex((stage) => stage.id === card.stageId);
      const span = rng.chance(0.3) ? { span: rng.chance(0.3) ? null : 1 + rng.int(room) } : {};
      return { name: 'card.edit', args: { id: card.id, patch: { ...patch, ...span, ...randomDetails(rng, map, card) } } };
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
      const kind = rng.chance(0.5) ? { kind: rng.pick(CONNECTION_KINDS) } : {};
      return source && target ? { name: 'connection.add', args: { connections: [{ id: id('k'), source, target, ...kind, ...(rng.chance(0.5) ? { label: 'why' } : {}) }] } } : undefined;
    },
    'connection.edit': (map) => {
      const ids = Object.keys(map.connections);
      if (!ids.length) return undefined;
      const patch = {
        ...(rng.chance(0.6) ? { label: rng.chance(0.4) ? null : `x${rng.int(2)}` } : {}),
        ...(rng.chance(0.6) ? { kind: rng.chance(0.3) ? null : rng.pick(CONNECTION_KINDS) } : {}),
      };
      return { name: 'connection.edit', args: { id: rng.pick(ids), patch } };
    },
    'connection.delete': (map) => {
      const ids = rng.sample(Object.keys(map.connections), 1 + rng.int(2));
      return ids.length ? { name: 'connection.delete', args: { ids } } : undefined;
    },
    ...annotationMakers(rng, id),
  };
  const names = Object.keys(makers) as Command['name'][];

  return (map: JourneyMap): Command => {
    for (;;) {
      const command = makers[rng.pick(names)](map);
      if (command) return command;
    }
  };
}

/** Stages split into consecutive phase blocks (some stages without a phase), plus the phase list in block order. */
function randomPhases(rng: Rng, count: number): { stages: Stage[]; phases: Phase[] } {
  const stages: Stage[] = [];
  const phases: Phase[] = [];
  let current: string | undefined;
  for (let i = 0; i < count; i++) {
    const roll = rng.int(3);
    if (roll === 0) current = undefined;
    else if (roll === 1 || current === undefined) {
      current = `P${phases.length}`;
      phases.push({ id: current, name: `Phase ${phases.length}` });
    }
    stages.push({ id: `S${i}`, name: `Stage ${i}`, ...(current ? { phaseId: current } : {}) });
  }
  if (rng.chance(0.3)) phases.splice(rng.int(phases.length + 1), 0, { id: 'Pempty', name: 'Empty phase' });
  return { stages, phases };
}

/** A random starting map built by a few valid commands' worth of content. */
export function randomMap(rng: Rng): JourneyMap {
  const stageCount = 1 + rng.int(5);
  const { stages, phases } = rng.chance(0.6) ? randomPhases(rng, stageCount) : { stages: Array.from({ length: stageCount }, (_, i) => ({ id: `S${i}`, name: `Stage ${i}` })), phases: [] };
  const laneType = (i: number): LaneType => (i === 0 && rng.chance(0.6) ? 'emotions' : i === 1 && rng.chance(0.6) ? 'painPoints' : i === 2 && rng.chance(0.5) ? 'opportunities' : rng.pick(LANE_TYPES));
  const lanes = Array.from({ length: 1 + rng.int(4) }, (_, i) => ({ id: `L${i}`, name: `Lane ${i}`, type: laneType(i) }));
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
  const emotions: Record<string, EmotionPoint> = {};
  const emotionLane = lanes.find((lane) => lane.type === 'emotions');
  if (emotionLane) {
    for (const stage of rng.sample(stages, rng.int(stages.length + 1))) {
      emotions[`E${stage.id}`] = { id: `E${stage.id}`, laneId: emotionLane.id, stageId: stage.id, personaId: null, variant: 'asIs', value: rng.int(5) - 2 };
    }
  }
  return {
    id: 'map',
    name: 'Random',
    stages,
    lanes,
    cards,
    connections,
    ...(phases.length ? { phases } : {}),
    ...(Object.keys(emotions).length ? { emotions } : {}),
  };
}
