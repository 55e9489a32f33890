import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/commands/registry';
import { applyChecked, cell, sampleMap } from './sampleMap';

const stageIds = (map: ReturnType<typeof sampleMap>) => map.stages.map((s) => s.id);
const laneIds = (map: ReturnType<typeof sampleMap>) => map.lanes.map((l) => l.id);

describe('stage commands', () => {
  it('adds a stage at an index, at the end by default, and clamps the index', () => {
    const map = sampleMap();
    expect(stageIds(applyChecked(map, { name: 'stage.add', args: { stage: { id: 'n', name: 'New' }, index: 1 } }).map)).toEqual(['s1', 'n', 's2', 's3']);
    expect(stageIds(applyChecked(map, { name: 'stage.add', args: { stage: { id: 'n', name: 'New' } } }).map)).toEqual(['s1', 's2', 's3', 'n']);
    const clamped = applyChecked(map, { name: 'stage.add', args: { stage: { id: 'n', name: 'New' }, index: 99 } });
    expect(stageIds(clamped.map)).toEqual(['s1', 's2', 's3', 'n']);
    expect(clamped.inverse).toEqual({ name: 'stage.delete', args: { id: 'n' } });
  });

  it('keeps unchanged stages, lanes, cards and connections as the same objects', () => {
    const map = sampleMap();
    const next = applyCommand(map, { name: 'stage.add', args: { stage: { id: 'n', name: 'New' } } }).map;
    expect(next.stages[0]).toBe(map.stages[0]);
    expect(next.lanes).toBe(map.lanes);
    expect(next.cards).toBe(map.cards);
    expect(next.connections).toBe(map.connections);
    expect(next.extra).toBe(map.extra);
  });

  it('renames and recolours, and removes the colour with null', () => {
    const map = sampleMap();
    const renamed = applyChecked(map, { name: 'stage.rename', args: { id: 's2', name: '  Compare ' } });
    expect(renamed.map.stages[1]).toEqual({ id: 's2', name: 'Compare' });
    expect(renamed.inverse).toEqual({ name: 'stage.rename', args: { id: 's2', name: 'Consider' } });
    expect(renamed.map.stages[0]).toBe(map.stages[0]);

    const uncoloured = applyChecked(map, { name: 'stage.recolor', args: { id: 's1', color: null } });
    expect(uncoloured.map.stages[0]).toEqual({ id: 's1', name: 'Aware' });
    expect('color' in (uncoloured.map.stages[0] ?? {})).toBe(false);
    expect(uncoloured.inverse).toEqual({ name: 'stage.recolor', args: { id: 's1', color: '#112233' } });

    const coloured = applyChecked(map, { name: 'stage.recolor', args: { id: 's2', color: '#00ff00' } });
    expect(coloured.map.stages[1]?.color).toBe('#00ff00');
    expect(coloured.inverse).toEqual({ name: 'stage.recolor', args: { id: 's2', color: null } });
  });

  it('returns the very same map when an edit changes nothing', () => {
    const map = sampleMap();
    expect(applyCommand(map, { name: 'stage.rename', args: { id: 's1', name: 'Aware' } }).map).toBe(map);
    expect(applyCommand(map, { name: 'stage.recolor', args: { id: 's2', color: null } }).map).toBe(map);
    expect(applyCommand(map, { name: 'stage.move', args: { id: 's3', toIndex: 7 } }).map).toBe(map);
  });

  it('moves a stage, clamping the target index', () => {
    const map = sampleMap();
    const moved = applyChecked(map, { name: 'stage.move', args: { id: 's1', toIndex: 10 } });
    expect(stageIds(moved.map)).toEqual(['s2', 's3', 's1']);
    expect(moved.inverse).toEqual({ name: 'stage.move', args: { id: 's1', toIndex: 0 } });
    expect(stageIds(applyChecked(map, { name: 'stage.move', args: { id: 's3', toIndex: 0 } }).map)).toEqual(['s3', 's1', 's2']);
  });

  it('deletes a stage with its cards and their connections; undo gives all of it back', () => {
    const map = sampleMap();
    const { map: next, inverse } = applyChecked(map, { name: 'stage.delete', args: { id: 's1' } });
    expect(stageIds(next)).toEqual(['s2', 's3']);
    expect(Object.keys(next.cards)).toEqual(['d']);
    expect(Object.keys(next.connections)).toEqual([]);
    expect(next.cards.d).toBe(map.cards.d);
    expect(inverse.name).toBe('stage.add');
    if (inverse.name !== 'stage.add') return;
    expect(inverse.args.index).toBe(0);
    expect(inverse.args.cards?.map((c) => c.id).sort()).toEqual(['a', 'b', 'c', 'e']);
    expect(inverse.args.connections?.map((c) => c.id).sort()).toEqual(['k1', 'k2', 'k3']);
  });

  it('refuses restored cards that belong to another stage', () => {
    const map = sampleMap();
    const card = { id: 'z', stageId: 's2', laneId: 'l1', order: 0, title: 'Z' };
    expect(() => applyCommand(map, { name: 'stage.add', args: { stage: { id: 'n', name: 'N' }, cards: [card] } })).toThrow(
      'stage.add: card "z" is not in the stage "n" being added',
    );
  });
});

describe('lane commands', () => {
  it('adds, renames, moves and deletes lanes like stages', () => {
    const map = sampleMap();
    const added = applyChecked(map, { name: 'lane.add', args: { lane: { id: 'l3', name: 'Pain', type: 'painPoints' }, index: 0 } });
    expect(laneIds(added.map)).toEqual(['l3', 'l1', 'l2']);
    expect(applyChecked(map, { name: 'lane.rename', args: { id: 'l2', name: 'Channels' } }).map.lanes[1]?.name).toBe('Channels');
    expect(laneIds(applyChecked(map, { name: 'lane.move', args: { id: 'l2', toIndex: 0 } }).map)).toEqual(['l2', 'l1']);

    const deleted = applyChecked(map, { name: 'lane.delete', args: { id: 'l2' } });
    expect(laneIds(deleted.map)).toEqual(['l1']);
    expect(Object.keys(deleted.map.cards).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(Object.keys(deleted.map.connections).sort()).toEqual(['k1', 'k3']);
    expect(deleted.inverse).toMatchObject({ name: 'lane.add', args: { index: 1, cards: [map.cards.e], connections: [map.connections.k2] } });
  });

  it('resizes a lane, and null goes back to automatic height', () => {
    const map = sampleMap();
    const resized = applyChecked(map, { name: 'lane.resize', args: { id: 'l2', height: 300 } });
    expect(resized.map.lanes[1]?.height).toBe(300);
    expect(resized.inverse).toEqual({ name: 'lane.resize', args: { id: 'l2', height: null } });
    const auto = applyChecked(map, { name: 'lane.resize', args: { id: 'l1', height: null } });
    expect(auto.map.lanes[0]).toEqual({ id: 'l1', name: 'Actions', type: 'actions' });
    expect(auto.inverse).toEqual({ name: 'lane.resize', args: { id: 'l1', height: 120 } });
  });

  it('refuses heights outside the allowed range, naming the field', () => {
    expect(() => applyCommand(sampleMap(), { name: 'lane.resize', args: { id: 'l1', height: 10 } })).toThrow(/^lane\.resize: invalid args at height: /);
  });

  it('keeps card cells intact when a lane deletion is undone', () => {
    const map = sampleMap();
    const { map: next, inverse } = applyCommand(map, { name: 'lane.delete', args: { id: 'l1' } });
    const restored = applyCommand(next, inverse).map;
    expect(cell(restored, 's1', 'l1')).toEqual(['a', 'b', 'c']);
    expect(restored.lanes).toEqual(map.lanes);
  });
});
