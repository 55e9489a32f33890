import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/commands/registry';
import { annotatedMap, T1 } from './annotatedMap';
import { applyChecked } from './sampleMap';

describe('card.edit with pain-point, opportunity and moment details', () => {
  it('sets pain details on a pain-points card; undo restores the old details exactly', () => {
    const map = annotatedMap();
    const pain = { severity: 5, frequency: 'always' as const, reach: 40, effort: 'M' as const, owner: '李娜', evidence: 'assumed' as const, updatedAt: T1 };
    const { map: next, inverse } = applyChecked(map, { name: 'card.edit', args: { id: 'p1', patch: { pain } } });
    expect(next.cards.p1?.pain).toEqual(pain);
    expect(next.cards.p2).toBe(map.cards.p2);
    expect(inverse).toEqual({ name: 'card.edit', args: { id: 'p1', patch: { pain: map.cards.p1?.pain } } });
  });

  it('adds details to a card that had none; undo removes the field again', () => {
    const map = annotatedMap();
    const { map: next, inverse } = applyChecked(map, { name: 'card.edit', args: { id: 'p2', patch: { pain: { severity: 2 } } } });
    expect(next.cards.p2?.pain).toEqual({ severity: 2 });
    expect(inverse).toEqual({ name: 'card.edit', args: { id: 'p2', patch: { pain: null } } });
    expect('pain' in (applyCommand(next, inverse).map.cards.p2 ?? {})).toBe(false);
  });

  it('keeps the same map when the details have the same content in a new object', () => {
    const map = annotatedMap();
    const same = { ...map.cards.p1?.pain, tags: ['checkout'] };
    expect(applyCommand(map, { name: 'card.edit', args: { id: 'p1', patch: { pain: same } } }).map).toBe(map);
    const addresses = { opportunity: { kind: 'opportunity' as const, addresses: ['p1'] } };
    expect(applyCommand(map, { name: 'card.edit', args: { id: 'o1', patch: addresses } }).map).toBe(map);
  });

  it('sets opportunity details on an opportunities card and a moment on any card', () => {
    const map = annotatedMap();
    const opportunity = { kind: 'solution' as const, addresses: ['o9'], status: 'planned' as const, owner: 'Kim' };
    const { map: next } = applyChecked(map, { name: 'card.edit', args: { id: 'o1', patch: { opportunity, moment: 'wow' } } });
    expect(next.cards.o1).toMatchObject({ opportunity, moment: 'wow' });
    const { map: marked, inverse } = applyChecked(map, { name: 'card.edit', args: { id: 'a', patch: { moment: 'truth' } } });
    expect(marked.cards.a?.moment).toBe('truth');
    expect(inverse).toEqual({ name: 'card.edit', args: { id: 'a', patch: { moment: null } } });
  });

  it('refuses pain details outside a pain-points lane and opportunity details outside an opportunities lane, naming the field', () => {
    const map = annotatedMap();
    expect(() => applyCommand(map, { name: 'card.edit', args: { id: 'a', patch: { pain: { severity: 3 } } } })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGS',
        message: 'card.edit: card "a" is in lane "l1" of type actions: pain details belong on cards of a painPoints lane',
        params: expect.objectContaining({ field: 'patch.pain' }),
      }),
    );
    expect(() => applyCommand(map, { name: 'card.edit', args: { id: 'p1', patch: { opportunity: { kind: 'idea' } } } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGS', params: expect.objectContaining({ field: 'patch.opportunity' }) }),
    );
    expect(() => applyCommand(map, { name: 'card.edit', args: { id: 'p1', patch: { pain: { severity: 6 } } } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGS', params: expect.objectContaining({ field: 'patch.pain.severity' }) }),
    );
  });

  it('always lets details be removed, even from a card moved out of its lane', () => {
    const moved = applyCommand(annotatedMap(), { name: 'card.move', args: { moves: [{ id: 'p1', stageId: 's1', laneId: 'l1', order: 0 }] } }).map;
    expect(moved.cards.p1?.pain).toBeDefined();
    const { map: cleared, inverse } = applyChecked(moved, { name: 'card.edit', args: { id: 'p1', patch: { pain: null } } });
    expect('pain' in (cleared.cards.p1 ?? {})).toBe(false);
    expect(inverse).toEqual({ name: 'card.edit', args: { id: 'p1', patch: { pain: moved.cards.p1?.pain }, restore: true } });
    expect(() => applyCommand(moved, { name: 'card.edit', args: { id: 'p1', patch: { pain: { severity: 1 } } } })).toThrow('pain details belong');
  });
});

describe('stage.setMoment', () => {
  it('marks a stage and undoes to no mark; replacing a mark undoes to the old one', () => {
    const map = annotatedMap();
    const { map: aha, inverse } = applyChecked(map, { name: 'stage.setMoment', args: { id: 's2', moment: 'aha' } });
    expect(aha.stages[1]).toEqual({ id: 's2', name: 'Consider', moment: 'aha' });
    expect(aha.stages[0]).toBe(map.stages[0]);
    expect(inverse).toEqual({ name: 'stage.setMoment', args: { id: 's2', moment: null } });
    const { inverse: back } = applyChecked(aha, { name: 'stage.setMoment', args: { id: 's2', moment: 'truth' } });
    expect(back).toEqual({ name: 'stage.setMoment', args: { id: 's2', moment: 'aha' } });
  });

  it('returns the same map for a no-op and refuses unknown stages and moments', () => {
    const map = annotatedMap();
    expect(applyCommand(map, { name: 'stage.setMoment', args: { id: 's1', moment: null } }).map).toBe(map);
    expect(() => applyCommand(map, { name: 'stage.setMoment', args: { id: 'nope', moment: 'wow' } })).toThrow('stage.setMoment: stage "nope" does not exist');
    const bad = { name: 'stage.setMoment', args: { id: 's1', moment: 'meh' } } as unknown as Parameters<typeof applyCommand>[1];
    expect(() => applyCommand(map, bad)).toThrow(expect.objectContaining({ params: expect.objectContaining({ field: 'moment' }) }));
  });
});
