import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/commands/registry';
import type { EmotionPoint, JourneyMap } from '../../../src/model/journey';
import { applyChecked, deepFreeze, sampleMap } from './sampleMap';

const point = (id: string, stageId: string, value: number, extra: Partial<EmotionPoint> = {}): EmotionPoint => ({
  id,
  laneId: 'le',
  stageId,
  personaId: null,
  variant: 'asIs',
  value,
  ...extra,
});

/** The sample map plus an emotions lane "le" with as-is points e1 (s1) and e2 (s2). */
function emotionMap(): JourneyMap {
  const base = sampleMap();
  return deepFreeze({
    ...base,
    lanes: [...base.lanes, { id: 'le', name: 'Feelings', type: 'emotions' }],
    emotions: { e1: point('e1', 's1', 1), e2: point('e2', 's2', -2, { label: 'Waiting' }) },
  });
}

describe('emotion.set', () => {
  it('adds a point; undo deletes it, and the emotions field goes away with the last point', () => {
    const plain = deepFreeze({ ...sampleMap(), lanes: [...sampleMap().lanes, { id: 'le', name: 'Feelings', type: 'emotions' as const }] });
    const { map, inverse } = applyChecked(plain, { name: 'emotion.set', args: { point: point('p', 's3', 2) } });
    expect(map.emotions).toEqual({ p: point('p', 's3', 2) });
    expect(inverse).toEqual({ name: 'emotion.delete', args: { ids: ['p'] } });
    expect('emotions' in applyCommand(map, inverse).map).toBe(false);
  });

  it('replaces the point with the same id, keeping the others', () => {
    const map = emotionMap();
    const { map: next, inverse } = applyChecked(map, { name: 'emotion.set', args: { point: point('e1', 's1', -1) } });
    expect(next.emotions?.e1?.value).toBe(-1);
    expect(next.emotions?.e2).toBe(map.emotions?.e2);
    expect(next.cards).toBe(map.cards);
    expect(inverse).toEqual({ name: 'emotion.set', args: { point: map.emotions?.e1 } });
    expect(applyCommand(map, { name: 'emotion.set', args: { point: point('e1', 's1', 1) } }).map).toBe(map);
  });

  it('replaces the point with the same lane, stage, persona and variant under another id', () => {
    const map = emotionMap();
    const { map: next, inverse } = applyChecked(map, { name: 'emotion.set', args: { point: point('n', 's2', 0) } });
    expect(Object.keys(next.emotions ?? {}).sort()).toEqual(['e1', 'n']);
    expect(inverse).toEqual({ name: 'emotion.set', args: { point: map.emotions?.e2 } });
  });

  it('keeps separate points per persona and per variant', () => {
    const map = emotionMap();
    const toBe = applyChecked(map, { name: 'emotion.set', args: { point: point('t', 's1', 2, { variant: 'toBe' }) } }).map;
    const persona = applyChecked(toBe, { name: 'emotion.set', args: { point: point('q', 's1', 0, { personaId: 'P1' }) } }).map;
    expect(Object.keys(persona.emotions ?? {}).sort()).toEqual(['e1', 'e2', 'q', 't']);
  });

  it('refuses points outside an emotions lane, in missing stages, or moved onto a taken key', () => {
    const map = emotionMap();
    expect(() => applyCommand(map, { name: 'emotion.set', args: { point: point('n', 's1', 0, { laneId: 'l1' }) } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGS', message: 'emotion.set: emotion point "n" is in lane "l1" of type actions; points belong in an emotions lane' }),
    );
    expect(() => applyCommand(map, { name: 'emotion.set', args: { point: point('n', 'gone', 0) } })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'emotion.set: stage "gone" does not exist' }),
    );
    expect(() => applyCommand(map, { name: 'emotion.set', args: { point: point('e1', 's2', 0) } })).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: 'emotion.set: emotion point "e1" is for the same lane, stage, persona and variant as point "e2"' }),
    );
    expect(() => applyCommand(map, { name: 'emotion.set', args: { point: { ...point('n', 's1', 3) } } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGS', params: expect.objectContaining({ field: 'point.value' }) }),
    );
  });
});

describe('emotion.delete and emotion.add', () => {
  it('deletes several points; undo adds them back', () => {
    const map = emotionMap();
    const { map: next, inverse } = applyChecked(map, { name: 'emotion.delete', args: { ids: ['e1', 'e2', 'e1'] } });
    expect('emotions' in next).toBe(false);
    expect(inverse).toEqual({ name: 'emotion.add', args: { points: [map.emotions?.e1, map.emotions?.e2] } });
    expect(() => applyCommand(map, { name: 'emotion.delete', args: { ids: ['nope'] } })).toThrow('emotion.delete: emotion point "nope" does not exist');
  });

  it('refuses to add a point whose id or key is taken', () => {
    const map = emotionMap();
    expect(() => applyCommand(map, { name: 'emotion.add', args: { points: [point('e1', 's3', 0)] } })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => applyCommand(map, { name: 'emotion.add', args: { points: [point('n', 's1', 0)] } })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });
});

describe('stage and lane deletes take their emotion points along', () => {
  it('stage.delete removes the stage points and undo restores them', () => {
    const map = emotionMap();
    const { map: next, inverse } = applyChecked(map, { name: 'stage.delete', args: { id: 's2' } });
    expect(Object.keys(next.emotions ?? {})).toEqual(['e1']);
    expect(inverse.name === 'stage.add' && inverse.args.emotions).toEqual([map.emotions?.e2]);
  });

  it('lane.delete removes the lane points and undo restores them', () => {
    const map = emotionMap();
    const { map: next, inverse } = applyChecked(map, { name: 'lane.delete', args: { id: 'le' } });
    expect('emotions' in next).toBe(false);
    expect(inverse.name === 'lane.add' && inverse.args.emotions?.map((p) => p.id)).toEqual(['e1', 'e2']);
  });

  it('refuses restored points that belong to another lane', () => {
    const map = emotionMap();
    expect(() =>
      applyCommand(map, { name: 'lane.add', args: { lane: { id: 'l9', name: 'More', type: 'emotions' }, emotions: [point('z', 's3', 0)] } }),
    ).toThrow('lane.add: emotion point "z" is not in the lane "l9" being added');
  });
});
