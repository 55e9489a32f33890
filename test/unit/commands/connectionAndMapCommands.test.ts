import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/commands/registry';
import { applyChecked, sampleMap } from './sampleMap';

describe('connection commands', () => {
  it('adds connections, including backward loops, and undo deletes them', () => {
    const map = sampleMap();
    const { map: next, inverse } = applyChecked(map, {
      name: 'connection.add',
      args: { connections: [{ id: 'k4', source: 'e', target: 'a', label: 'back' }, { id: 'k5', source: 'c', target: 'd' }] },
    });
    expect(next.connections.k4).toEqual({ id: 'k4', source: 'e', target: 'a', label: 'back' });
    expect(next.connections.k1).toBe(map.connections.k1);
    expect(next.cards).toBe(map.cards);
    expect(inverse).toEqual({ name: 'connection.delete', args: { ids: ['k4', 'k5'] } });
  });

  it('refuses self-connections, missing ends and taken ids', () => {
    const map = sampleMap();
    const add = (source: string, target: string, id = 'k9') => () => applyCommand(map, { name: 'connection.add', args: { connections: [{ id, source, target }] } });
    expect(add('a', 'a')).toThrow(expect.objectContaining({ code: 'INVALID_ARGS', message: 'connection.add: connection "k9" links card "a" to itself' }));
    expect(add('a', 'ghost')).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: 'connection.add: card "ghost" does not exist' }));
    expect(add('a', 'b', 'k1')).toThrow(expect.objectContaining({ code: 'CONFLICT', message: 'connection.add: connection id "k1" is already used' }));
  });

  it('edits and removes labels with exact inverses', () => {
    const map = sampleMap();
    const cleared = applyChecked(map, { name: 'connection.edit', args: { id: 'k3', patch: { label: null } } });
    expect(cleared.map.connections.k3).toEqual({ id: 'k3', source: 'b', target: 'c' });
    expect(cleared.inverse).toEqual({ name: 'connection.edit', args: { id: 'k3', patch: { label: 'then' } } });
    const labelled = applyChecked(map, { name: 'connection.edit', args: { id: 'k1', patch: { label: 'next' } } });
    expect(labelled.inverse).toEqual({ name: 'connection.edit', args: { id: 'k1', patch: { label: null } } });
    expect(applyCommand(map, { name: 'connection.edit', args: { id: 'k3', patch: { label: 'then' } } }).map).toBe(map);
  });

  it('deletes connections and gives them back on undo', () => {
    const map = sampleMap();
    const { map: next, inverse } = applyChecked(map, { name: 'connection.delete', args: { ids: ['k1', 'k3'] } });
    expect(Object.keys(next.connections)).toEqual(['k2']);
    expect(inverse).toEqual({ name: 'connection.add', args: { connections: [map.connections.k1, map.connections.k3] } });
    expect(() => applyCommand(map, { name: 'connection.delete', args: { ids: ['k7'] } })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'connection.delete: connection "k7" does not exist' }),
    );
  });
});

describe('map.rename', () => {
  it('renames the map and keeps its content and unknown fields', () => {
    const map = sampleMap();
    const { map: next, inverse } = applyChecked(map, { name: 'map.rename', args: { name: 'Returns' } });
    expect(next.name).toBe('Returns');
    expect(next.extra).toBe(map.extra);
    expect(next.stages).toBe(map.stages);
    expect(inverse).toEqual({ name: 'map.rename', args: { name: 'Checkout' } });
  });
});
