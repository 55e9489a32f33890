import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/commands/registry';
import { applyChecked, cell, sampleMap } from './sampleMap';

const newCard = (id: string, stageId: string, laneId: string, order: number) => ({ id, stageId, laneId, order, title: id });

describe('card.add', () => {
  it('inserts each card at its order in its cell, clamping past the end', () => {
    const map = sampleMap();
    const { map: next, inverse } = applyChecked(map, {
      name: 'card.add',
      args: { cards: [newCard('x', 's1', 'l1', 1), newCard('y', 's1', 'l1', 50), newCard('z', 's3', 'l2', 4)] },
    });
    expect(cell(next, 's1', 'l1')).toEqual(['a', 'x', 'b', 'c', 'y']);
    expect(cell(next, 's3', 'l2')).toEqual(['z']);
    expect(inverse).toEqual({ name: 'card.delete', args: { ids: ['x', 'y', 'z'] } });
    expect(next.cards.a).toBe(map.cards.a);
    expect(next.cards.d).toBe(map.cards.d);
    expect(next.connections).toBe(map.connections);
  });

  it('adds connections that touch the new cards', () => {
    const { map: next } = applyChecked(sampleMap(), {
      name: 'card.add',
      args: { cards: [newCard('x', 's2', 'l2', 0)], connections: [{ id: 'kx', source: 'a', target: 'x' }] },
    });
    expect(next.connections.kx).toEqual({ id: 'kx', source: 'a', target: 'x' });
  });

  it('refuses taken ids, missing stages or lanes, and unrelated connections', () => {
    const map = sampleMap();
    const add = (cards: ReturnType<typeof newCard>[], connections: { id: string; source: string; target: string }[] = []) => () =>
      applyCommand(map, { name: 'card.add', args: { cards, connections } });
    expect(add([newCard('b', 's1', 'l1', 0)])).toThrow(expect.objectContaining({ code: 'CONFLICT', message: 'card.add: card id "b" is already used' }));
    expect(add([newCard('x', 's1', 'l1', 0), newCard('x', 's2', 'l1', 0)])).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(add([newCard('x', 'nope', 'l1', 0)])).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: 'card.add: stage "nope" does not exist' }));
    expect(add([newCard('x', 's1', 'nope', 0)])).toThrow(expect.objectContaining({ code: 'NOT_FOUND', params: { command: 'card.add', id: 'nope' } }));
    expect(add([newCard('x', 's1', 'l1', 0)], [{ id: 'k9', source: 'a', target: 'b' }])).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGS', message: 'card.add: connection "k9" touches none of the cards being added' }),
    );
  });
});

describe('card.edit', () => {
  it('sets fields, removes optional ones with null, and undoes to the exact previous values', () => {
    const map = sampleMap();
    const { map: next, inverse } = applyChecked(map, { name: 'card.edit', args: { id: 'a', patch: { title: 'New', body: null, color: '#000000' } } });
    expect(next.cards.a).toEqual({ id: 'a', stageId: 's1', laneId: 'l1', order: 0, title: 'New', color: '#000000', votes: 3 });
    expect(inverse).toEqual({ name: 'card.edit', args: { id: 'a', patch: { title: 'A', body: 'first', color: '#aabbcc' } } });

    const added = applyChecked(map, { name: 'card.edit', args: { id: 'b', patch: { body: 'why' } } });
    expect(added.inverse).toEqual({ name: 'card.edit', args: { id: 'b', patch: { body: null } } });
    expect(added.map.cards.a).toBe(map.cards.a);
  });

  it('leaves the map itself untouched when nothing changes', () => {
    const map = sampleMap();
    expect(applyCommand(map, { name: 'card.edit', args: { id: 'a', patch: { title: 'A', body: 'first' } } }).map).toBe(map);
    expect(applyCommand(map, { name: 'card.edit', args: { id: 'b', patch: { color: null } } }).map).toBe(map);
  });

  it('refuses unknown patch fields and missing cards', () => {
    const map = sampleMap();
    expect(() => applyCommand(map, { name: 'card.edit', args: { id: 'a', patch: { stageId: 's2' } as never } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGS', message: expect.stringMatching(/^card\.edit: invalid args at patch: /) }),
    );
    expect(() => applyCommand(map, { name: 'card.edit', args: { id: 'q', patch: { title: 'x' } } })).toThrow('card.edit: card "q" does not exist');
  });
});

describe('card.move', () => {
  it('moves inside a cell, counting the order after taking the card out', () => {
    const map = sampleMap();
    const { map: next, inverse } = applyChecked(map, { name: 'card.move', args: { moves: [{ id: 'a', stageId: 's1', laneId: 'l1', order: 2 }] } });
    expect(cell(next, 's1', 'l1')).toEqual(['b', 'c', 'a']);
    expect(inverse).toEqual({ name: 'card.move', args: { moves: [{ id: 'a', stageId: 's1', laneId: 'l1', order: 0 }] } });
  });

  it('moves across cells in sequence, clamped, closing the gap left behind', () => {
    const map = sampleMap();
    const { map: next } = applyChecked(map, {
      name: 'card.move',
      args: {
        moves: [
          { id: 'b', stageId: 's2', laneId: 'l1', order: 0 },
          { id: 'c', stageId: 's2', laneId: 'l1', order: 9 },
          { id: 'b', stageId: 's3', laneId: 'l2', order: 0 },
        ],
      },
    });
    expect(cell(next, 's1', 'l1')).toEqual(['a']);
    expect(cell(next, 's2', 'l1')).toEqual(['d', 'c']);
    expect(cell(next, 's3', 'l2')).toEqual(['b']);
    expect(next.cards.b).toMatchObject({ stageId: 's3', laneId: 'l2', order: 0 });
    expect(next.cards.a).toBe(map.cards.a);
    expect(next.cards.e).toBe(map.cards.e);
  });

  it('keeps every object when a card ends where it started', () => {
    const map = sampleMap();
    const there = { id: 'b', stageId: 's2', laneId: 'l2', order: 0 };
    const back = { id: 'b', stageId: 's1', laneId: 'l1', order: 1 };
    expect(applyCommand(map, { name: 'card.move', args: { moves: [there, back] } }).map).toBe(map);
  });

  it('refuses moves to a missing cell or of a missing card', () => {
    const map = sampleMap();
    expect(() => applyCommand(map, { name: 'card.move', args: { moves: [{ id: 'a', stageId: 'zz', laneId: 'l1', order: 0 }] } })).toThrow(
      'card.move: stage "zz" does not exist',
    );
    expect(() => applyCommand(map, { name: 'card.move', args: { moves: [{ id: 'zz', stageId: 's1', laneId: 'l1', order: 0 }] } })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'card.move: card "zz" does not exist' }),
    );
  });
});

describe('card.duplicate', () => {
  it('puts each copy right after its original with the same content and extra fields', () => {
    const map = sampleMap();
    const { map: next, inverse } = applyChecked(map, { name: 'card.duplicate', args: { ids: ['a', 'b'], newIds: ['a2', 'b2'] } });
    expect(cell(next, 's1', 'l1')).toEqual(['a', 'a2', 'b', 'b2', 'c']);
    expect(next.cards.a2).toEqual({ ...map.cards.a, id: 'a2', order: 1 });
    expect(Object.keys(next.connections)).toEqual(['k1', 'k2', 'k3']);
    expect(inverse).toEqual({ name: 'card.delete', args: { ids: ['a2', 'b2'] } });
  });

  it('refuses copies whose ids are taken and lists of different lengths', () => {
    const map = sampleMap();
    expect(() => applyCommand(map, { name: 'card.duplicate', args: { ids: ['a'], newIds: ['b'] } })).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: 'card.duplicate: card id "b" is already used' }),
    );
    expect(() => applyCommand(map, { name: 'card.duplicate', args: { ids: ['a', 'b'], newIds: ['x'] } })).toThrow(
      'card.duplicate: invalid args at newIds: ids and newIds differ in length',
    );
  });
});

describe('card.delete', () => {
  it('removes the cards and every connection touching them, and undo restores exact orders', () => {
    const map = sampleMap();
    const { map: next, inverse } = applyChecked(map, { name: 'card.delete', args: { ids: ['c', 'a'] } });
    expect(cell(next, 's1', 'l1')).toEqual(['b']);
    expect(Object.keys(next.connections)).toEqual(['k2']);
    expect(next.connections.k2).toBe(map.connections.k2);
    expect(inverse).toEqual({
      name: 'card.add',
      args: { cards: [map.cards.a, map.cards.c], connections: [map.connections.k1, map.connections.k3] },
    });
    expect(cell(applyCommand(next, inverse).map, 's1', 'l1')).toEqual(['a', 'b', 'c']);
  });

  it('refuses to delete a card that does not exist', () => {
    expect(() => applyCommand(sampleMap(), { name: 'card.delete', args: { ids: ['a', 'nope'] } })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'card.delete: card "nope" does not exist' }),
    );
  });
});
