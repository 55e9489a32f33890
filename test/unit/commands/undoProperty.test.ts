import { describe, expect, it } from 'vitest';
import { applyCommand, type CommandResult } from '../../../src/commands/registry';
import type { Command } from '../../../src/commands/schemas';
import type { JourneyMap } from '../../../src/model/journey';
import { findMapProblem } from '../../../src/schema/projectDocumentIntegrity';
import { isSharedRecord, sharedRecord } from '../../../src/commands/sharedRecord';
import { commandGenerator, randomMap, seededRandom } from './randomCommands';
import { deepFreeze } from './sampleMap';

const SEEDS = 40;
const STEPS = 150;

function expectDenseCells(map: JourneyMap): void {
  const cells = new Map<string, number[]>();
  for (const card of Object.values(map.cards)) {
    const key = `${card.stageId}/${card.laneId}`;
    cells.set(key, [...(cells.get(key) ?? []), card.order]);
  }
  for (const orders of cells.values()) expect(orders.sort((a, b) => a - b)).toEqual(orders.map((_, i) => i));
}

/** Whatever is deep-equal to its previous version must be that very object (main's store diffs by reference). */
function expectUnchangedKeptIdentity(before: JourneyMap, after: JourneyMap): void {
  const same = (a: unknown, b: unknown) => {
    try {
      expect(a).toStrictEqual(b);
      return true;
    } catch {
      return false;
    }
  };
  for (const key of ['stages', 'lanes', 'cards', 'connections', 'phases', 'emotions', 'comments', 'votes', 'views'] as const) {
    if (same(before[key], after[key])) expect(after[key]).toBe(before[key]);
  }
  const lists = [[after.stages, before.stages], [after.lanes, before.lanes], [after.phases ?? [], before.phases ?? []]] as const;
  for (const [list, previous] of lists) {
    for (const item of list) {
      const old = previous.find((p: { id: string }) => p.id === item.id);
      if (same(old, item)) expect(item).toBe(old);
    }
  }
  const records = [
    [after.cards, before.cards],
    [after.connections, before.connections],
    [after.emotions ?? {}, before.emotions ?? {}],
    [after.comments ?? {}, before.comments ?? {}],
    [after.votes ?? {}, before.votes ?? {}],
    [after.views ?? {}, before.views ?? {}],
  ] as const;
  for (const [now, then] of records) {
    for (const [id, item] of Object.entries(now)) {
      const old: unknown = Object.hasOwn(then, id) ? Reflect.get(then, id) : undefined;
      if (same(old, item)) expect(item).toBe(old);
    }
  }
}

/** Main writes only the cards and connections a command names as touched: it must name every one that differs. */
function expectTouchedNamesEveryChange(before: JourneyMap, result: CommandResult): void {
  for (const field of ['cards', 'connections'] as const) {
    const now: Record<string, unknown> = result.map[field];
    const then: Record<string, unknown> = before[field];
    if (now === then) continue;
    const changed = [...new Set([...Object.keys(now), ...Object.keys(then)])].filter((id) => now[id] !== then[id]);
    expect(changed.length, `${field} changed, so it is named`).toBeGreaterThan(0);
    for (const id of changed) expect(result.touched?.[field], `${field} ${id}`).toContain(id);
  }
}

/** The random map with shared cards and connections records, as main's store edits them. */
const shared = (map: JourneyMap): JourneyMap => ({ ...map, cards: sharedRecord(map.cards), connections: sharedRecord(map.connections) });

function runSeed(seed: number, share: boolean): JourneyMap {
  const rng = seededRandom(seed);
  const nextCommand = commandGenerator(rng);
  const original = deepFreeze(share ? shared(randomMap(rng)) : randomMap(rng));
  const inverses: Command[] = [];
  let map = original;
  for (let step = 0; step < STEPS; step++) {
    const command = nextCommand(map);
    const result = applyCommand(map, command);
    deepFreeze(result.map);
    expect(findMapProblem(result.map), `step ${step} ${command.name}`).toBeUndefined();
    expectDenseCells(result.map);
    expectUnchangedKeptIdentity(map, result.map);
    expectTouchedNamesEveryChange(map, result);
    if (share) expect(isSharedRecord(result.map.cards) && isSharedRecord(result.map.connections), `step ${step} ${command.name}`).toBe(true);
    expect(applyCommand(result.map, result.inverse).map, `undo of step ${step} ${command.name}`).toStrictEqual(map);
    inverses.push(result.inverse);
    map = result.map;
  }
  const last = map;
  for (const inverse of inverses.reverse()) map = applyCommand(map, inverse).map;
  expect(map).toStrictEqual(original);
  return last;
}

describe('undo law on random command sequences', () => {
  it.each(Array.from({ length: SEEDS }, (_, seed) => seed + 1))('seed %i: every inverse undoes its command, and all of them undo the sequence', (seed) => {
    runSeed(seed, false);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i with shared cards and connections records: the same law, and the same maps as with plain records', (seed) => {
    expect(runSeed(seed, true)).toStrictEqual(runSeed(seed, false));
  });
});
