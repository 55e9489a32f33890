import { expect } from 'vitest';
import { applyCommand } from '../../../src/commands/registry';
import { isSharedRecord } from '../../../src/commands/sharedRecord';
import type { Command } from '../../../src/commands/schemas';
import { cellCards, type JourneyMap } from '../../../src/model/journey';

/**
 * Stages s1 s2 s3, lanes l1 l2; cell s1/l1 holds a b c, s2/l1 holds d, s1/l2 holds e.
 * Connections: k1 a->d, k2 d->e, k3 b->c "then". Unknown fields ride on the map and card a.
 */
export function sampleMap(): JourneyMap {
  const card = (id: string, stageId: string, laneId: string, order: number) => ({ id, stageId, laneId, order, title: id.toUpperCase() });
  return deepFreeze({
    id: 'm1',
    name: 'Checkout',
    extra: { kept: true },
    stages: [
      { id: 's1', name: 'Aware', color: '#112233' },
      { id: 's2', name: 'Consider' },
      { id: 's3', name: 'Buy' },
    ],
    lanes: [
      { id: 'l1', name: 'Actions', type: 'actions', height: 120 },
      { id: 'l2', name: 'Touchpoints', type: 'touchpoints' },
    ],
    cards: {
      a: { ...card('a', 's1', 'l1', 0), body: 'first', color: '#aabbcc', votes: 3 },
      b: card('b', 's1', 'l1', 1),
      c: card('c', 's1', 'l1', 2),
      d: card('d', 's2', 'l1', 0),
      e: card('e', 's1', 'l2', 0),
    },
    connections: {
      k1: { id: 'k1', source: 'a', target: 'd' },
      k2: { id: 'k2', source: 'd', target: 'e' },
      k3: { id: 'k3', source: 'b', target: 'c', label: 'then' },
    },
  });
}

/** Freezes the whole tree so that any mutation by a command throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    // A shared record refuses writes already and cannot be frozen (a proxy reporting keys its target lacks must stay extensible).
    if (!isSharedRecord(value)) Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Ids of a cell's cards in order, after checking the orders are exactly 0..n-1. */
export function cell(map: JourneyMap, stageId: string, laneId: string): string[] {
  const cards = cellCards(map, stageId, laneId);
  expect(cards.map((c) => c.order)).toEqual(cards.map((_, i) => i));
  return cards.map((c) => c.id);
}

/** Applies the command, checks its inverse restores the map exactly, and returns the new map and inverse. */
export function applyChecked(map: JourneyMap, command: Command): { map: JourneyMap; inverse: Command } {
  const result = applyCommand(deepFreeze(map), command);
  deepFreeze(result.map);
  expect(applyCommand(result.map, result.inverse).map).toEqual(map);
  return result;
}
