import { describe, expect, it } from 'vitest';
import { applyCommands } from '../../../src/commands/registry';
import type { Card, JourneyMap } from '../../../src/model/journey';
import { addCardAtEnd, connectCards, deleteSelection, moveCardsTo, nudgeCards } from '../../../renderer/canvas/editorCommands';
import { buildNodes, reconcileNodes } from '../../../renderer/canvas/flowElements';
import { computeLayout } from '../../../renderer/canvas/layout';

const card = (id: string, stageId: string, laneId: string, order: number): Card => ({ id, stageId, laneId, order, title: id });
const base: JourneyMap = {
  id: 'm',
  name: 'Map',
  stages: [
    { id: 's1', name: 'One' },
    { id: 's2', name: 'Two' },
  ],
  lanes: [
    { id: 'l1', name: 'Actions', type: 'actions' },
    { id: 'l2', name: 'Pains', type: 'painPoints' },
  ],
  cards: Object.fromEntries([card('a', 's1', 'l1', 0), card('b', 's1', 'l1', 1), card('c', 's2', 'l2', 0)].map((c) => [c.id, c])),
  connections: { k: { id: 'k', source: 'a', target: 'c' }, j: { id: 'j', source: 'b', target: 'c' } },
};
const run = (map: JourneyMap, ...commands: Parameters<typeof applyCommands>[1]) => applyCommands(map, commands).map;

describe('editor commands', () => {
  it('adds a card at the end of its cell', () => {
    const map = run(base, addCardAtEnd(base, 's1', 'l1', 'new'));
    expect(map.cards.new).toMatchObject({ stageId: 's1', laneId: 'l1', order: 2, title: '' });
  });

  it('moves several cards into one cell in reading order, as one command', () => {
    const command = moveCardsTo(base, ['c', 'a'], { stageId: 's2', laneId: 'l1', order: 0 });
    const map = run(base, command!);
    expect([map.cards.a, map.cards.c].map((c) => [c?.stageId, c?.laneId, c?.order])).toEqual([
      ['s2', 'l1', 0],
      ['s2', 'l1', 1],
    ]);
    expect(map.cards.b?.order).toBe(0);
  });

  it('gives no move for a drop back on the same place', () => {
    expect(moveCardsTo(base, ['b'], { stageId: 's1', laneId: 'l1', order: 1 })).toBeNull();
  });

  it('nudges cards one stage or lane over and stops the whole group at the edge', () => {
    const right = run(base, nudgeCards(base, ['a'], 'right')!);
    expect(right.cards.a).toMatchObject({ stageId: 's2', laneId: 'l1' });
    const down = run(base, nudgeCards(base, ['a', 'b'], 'down')!);
    expect([down.cards.a?.laneId, down.cards.b?.laneId]).toEqual(['l2', 'l2']);
    expect(nudgeCards(base, ['a', 'c'], 'right')).toBeNull();
    expect(nudgeCards(base, ['a'], 'up')).toBeNull();
  });

  it('deletes cards with their connections and other selected connections in one edit that undoes fully', () => {
    const commands = deleteSelection(base, new Set(['a']), new Set(['k', 'j']));
    const { map, inverses } = applyCommands(base, commands);
    expect(Object.keys(map.cards).sort()).toEqual(['b', 'c']);
    expect(map.connections).toEqual({});
    const restored = applyCommands(map, inverses).map;
    expect(restored.cards).toEqual(base.cards);
    expect(restored.connections).toEqual(base.connections);
  });

  it('refuses self-connections and duplicates', () => {
    expect(connectCards(base, 'a', 'a', 'x')).toBeNull();
    expect(connectCards(base, 'a', 'c', 'x')).toBeNull();
    expect(connectCards(base, 'c', 'a', 'x')).toEqual({ name: 'connection.add', args: { connections: [{ id: 'x', source: 'c', target: 'a' }] } });
  });
});

describe('flow nodes', () => {
  it('reuses unchanged node objects and replaces moved or newly selected ones', () => {
    const first = reconcileNodes([], buildNodes(base, computeLayout(base)), new Set());
    const edited = run(base, { name: 'card.edit', args: { id: 'b', patch: { title: 'a much longer title that needs two lines at least here' } } });
    const second = reconcileNodes(first, buildNodes(edited, computeLayout(edited)), new Set(['c']));
    const byId = (nodes: typeof first, id: string) => nodes.find((n) => n.id === id);
    expect(byId(second, 'a')).toBe(byId(first, 'a'));
    expect(byId(second, 'b')).not.toBe(byId(first, 'b'));
    expect(byId(second, 'c')?.selected).toBe(true);
  });
});
