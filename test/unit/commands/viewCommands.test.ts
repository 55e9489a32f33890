import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/commands/registry';
import type { SavedView } from '../../../src/model/annotations';
import { findMapProblem } from '../../../src/schema/projectDocumentIntegrity';
import { annotatedMap, T0 } from './annotatedMap';
import { applyChecked } from './sampleMap';

const view = (id: string, name: string, hiddenLaneIds: string[] = []): SavedView => ({
  id,
  name,
  filter: { hiddenLaneIds, personaId: null, segmentId: null, severities: [] },
  createdAt: T0,
});

describe('saved views', () => {
  it('adds views; undo deletes them and the views field goes away', () => {
    const map = annotatedMap();
    const { map: next, inverse } = applyChecked(map, { name: 'view.add', args: { views: [view('w1', 'Customer view', ['lp', 'lo']), view('w2', '工作坊')] } });
    expect(Object.keys(next.views ?? {})).toEqual(['w1', 'w2']);
    expect(inverse).toEqual({ name: 'view.delete', args: { ids: ['w1', 'w2'] } });
    expect('views' in applyCommand(next, inverse).map).toBe(false);
  });

  it('renames and refilters a view; undo restores the old name and filter', () => {
    const map = annotatedMap(true);
    const filter = { hiddenLaneIds: [], personaId: 'P1', segmentId: null, severities: [5] };
    const { map: next, inverse } = applyChecked(map, { name: 'view.edit', args: { id: 'w1', patch: { name: 'Critical', filter } } });
    expect(next.views?.w1).toMatchObject({ name: 'Critical', filter });
    expect(inverse).toEqual({ name: 'view.edit', args: { id: 'w1', patch: { name: 'Severe only', filter: map.views?.w1?.filter } } });
    const sameFilter = { ...map.views?.w1?.filter, hiddenLaneIds: ['l2'], severities: [4, 5] } as SavedView['filter'];
    expect(applyCommand(map, { name: 'view.edit', args: { id: 'w1', patch: { filter: sameFilter } } }).map).toBe(map);
  });

  it('deletes views; undo adds them back; views may keep hiding a lane deleted since', () => {
    const map = applyCommand(annotatedMap(true), { name: 'lane.delete', args: { id: 'l2' } }).map;
    expect(map.views?.w1?.filter.hiddenLaneIds).toEqual(['l2']);
    expect(findMapProblem(map)).toBeUndefined();
    const { map: next, inverse } = applyChecked(map, { name: 'view.delete', args: { ids: ['w1'] } });
    expect('views' in next).toBe(false);
    expect(inverse).toEqual({ name: 'view.add', args: { views: [map.views?.w1] } });
  });

  it('refuses taken ids, unknown views and bad filters, naming the field', () => {
    const map = annotatedMap(true);
    expect(() => applyCommand(map, { name: 'view.add', args: { views: [view('w1', 'Again')] } })).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: 'view.add: view id "w1" is already used' }),
    );
    expect(() => applyCommand(map, { name: 'view.edit', args: { id: 'zz', patch: { name: 'x' } } })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'view.edit: view "zz" does not exist' }),
    );
    expect(() => applyCommand(map, { name: 'view.delete', args: { ids: ['zz'] } })).toThrow('view "zz" does not exist');
    const bad = { ...view('w3', 'Bad'), filter: { ...view('w3', 'Bad').filter, severities: [7] } };
    expect(() => applyCommand(map, { name: 'view.add', args: { views: [bad] } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGS', params: expect.objectContaining({ field: 'views[0].filter.severities[0]' }) }),
    );
    expect(() => applyCommand(map, { name: 'view.edit', args: { id: 'w1', patch: { name: '  ' } } })).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ field: 'patch.name' }) }),
    );
  });
});
