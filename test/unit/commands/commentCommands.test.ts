import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/commands/registry';
import { findMapProblem } from '../../../src/schema/projectDocumentIntegrity';
import { annotatedMap, comment, T1 } from './annotatedMap';
import { applyChecked, sampleMap } from './sampleMap';

describe('comment.add', () => {
  it('starts the first thread of a map; undo deletes it and the comments field goes away', () => {
    const map = annotatedMap();
    const { map: next, inverse } = applyChecked(map, { name: 'comment.add', args: { comments: [comment('n1')] } });
    expect(next.comments).toEqual({ n1: comment('n1') });
    expect(next.cards).toBe(map.cards);
    expect(inverse).toEqual({ name: 'comment.delete', args: { ids: ['n1'] } });
    expect('comments' in applyCommand(next, inverse).map).toBe(false);
  });

  it('adds a reply to an existing root, and a root with its replies in one batch, replies listed first', () => {
    const map = annotatedMap(true);
    const reply = comment('n2', { parentId: 'r1', text: '同意，结账太慢了' });
    expect(applyChecked(map, { name: 'comment.add', args: { comments: [reply] } }).map.comments?.n2).toEqual(reply);
    const root = comment('t', { target: { kind: 'lane', id: 'lp' } });
    const answer = comment('u', { target: { kind: 'lane', id: 'lp' }, parentId: 't' });
    const { map: next } = applyChecked(map, { name: 'comment.add', args: { comments: [answer, root] } });
    expect(next.comments?.u?.parentId).toBe('t');
    expect(findMapProblem(next)).toBeUndefined();
  });

  it('accepts threads on every kind of target that exists', () => {
    const targets = [
      { kind: 'card', id: 'p1' },
      { kind: 'stage', id: 's3' },
      { kind: 'lane', id: 'l2' },
      { kind: 'map', id: 'm1' },
    ] as const;
    const comments = targets.map((target, i) => comment(`x${i}`, { target }));
    expect(Object.keys(applyChecked(annotatedMap(), { name: 'comment.add', args: { comments } }).map.comments ?? {})).toHaveLength(4);
  });

  it('refuses a target that does not exist, another map, a taken id, and misplaced replies', () => {
    const map = annotatedMap(true);
    const add = (...comments: ReturnType<typeof comment>[]) => () => applyCommand(map, { name: 'comment.add', args: { comments } });
    expect(add(comment('n', { target: { kind: 'card', id: 'zz' } }))).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'comment.add: comment "n" is about card "zz", but card "zz" does not exist', params: expect.objectContaining({ field: 'comments[0].target' }) }),
    );
    expect(add(comment('n', { target: { kind: 'stage', id: 'l1' } }))).toThrow('stage "l1" does not exist');
    expect(add(comment('n', { target: { kind: 'lane', id: 's1' } }))).toThrow('lane "s1" does not exist');
    expect(add(comment('n', { target: { kind: 'map', id: 'other' } }))).toThrow('map "other" is not this map ("m1")');
    expect(add(comment('r1'))).toThrow(expect.objectContaining({ code: 'CONFLICT', message: 'comment.add: comment id "r1" is already used' }));
    expect(add(comment('n'), comment('n'))).toThrow('comment id "n" is already used');
    expect(add(comment('m'), comment('n', { parentId: 'gone' }))).toThrow(
      expect.objectContaining({
        code: 'NOT_FOUND',
        message: 'comment.add: reply "n" answers comment "gone", which does not exist',
        params: expect.objectContaining({ field: 'comments[1].parentId' }),
      }),
    );
    expect(add(comment('n', { parentId: 'r2' }))).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGS', message: expect.stringContaining('answers comment "r2", which is itself a reply') }),
    );
    expect(add(comment('n', { parentId: 'r3' }))).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGS', message: 'comment.add: reply "n" is about card "a" but its thread is about stage "s2"', params: expect.objectContaining({ field: 'comments[0].target' }) }),
    );
    expect(() => applyCommand(map, { name: 'comment.add', args: { comments: [comment('n', { text: '   ' })] } })).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ field: 'comments[0].text' }) }),
    );
  });

  it('lets replies continue a thread about a card deleted since', () => {
    const gone = applyCommand(annotatedMap(true), { name: 'card.delete', args: { ids: ['a'] } }).map;
    expect(gone.comments).toEqual(annotatedMap(true).comments);
    expect(applyChecked(gone, { name: 'comment.add', args: { comments: [comment('n', { parentId: 'r1' })] } }).map.comments?.n).toBeDefined();
    expect(() => applyCommand(gone, { name: 'comment.add', args: { comments: [comment('n')] } })).toThrow('card "a" does not exist');
  });
});

describe('comment.edit', () => {
  it('edits the text and resolves a thread on its root; undo reopens it exactly', () => {
    const map = annotatedMap(true);
    const { map: edited, inverse } = applyChecked(map, { name: 'comment.edit', args: { id: 'r2', patch: { text: 'fixed typo', editedAt: T1 } } });
    expect(edited.comments?.r2).toMatchObject({ text: 'fixed typo', editedAt: T1 });
    expect(edited.comments?.r1).toBe(map.comments?.r1);
    expect(inverse).toEqual({ name: 'comment.edit', args: { id: 'r2', patch: { text: 'text of r2', editedAt: null } } });
    const resolve = { resolved: true, resolvedAt: T1, resolvedBy: 'Ana' };
    const { map: resolved, inverse: reopen } = applyChecked(map, { name: 'comment.edit', args: { id: 'r1', patch: resolve } });
    expect(resolved.comments?.r1).toMatchObject(resolve);
    expect(reopen).toEqual({ name: 'comment.edit', args: { id: 'r1', patch: { resolved: null, resolvedAt: null, resolvedBy: null } } });
    expect(applyCommand(map, { name: 'comment.edit', args: { id: 'r1', patch: { text: 'text of r1' } } }).map).toBe(map);
  });

  it('refuses resolving a reply, and unknown comments', () => {
    const map = annotatedMap(true);
    expect(() => applyCommand(map, { name: 'comment.edit', args: { id: 'r2', patch: { resolved: true } } })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGS',
        message: 'comment.edit: comment "r2" is a reply: resolve or reopen its thread on the first comment "r1"',
        params: expect.objectContaining({ field: 'patch.resolved' }),
      }),
    );
    expect(() => applyCommand(map, { name: 'comment.edit', args: { id: 'r2', patch: { resolvedBy: 'x' } } })).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ field: 'patch.resolvedBy' }) }),
    );
    expect(applyCommand(map, { name: 'comment.edit', args: { id: 'r2', patch: { resolved: null } } }).map).toBe(map);
    expect(() => applyCommand(sampleMap(), { name: 'comment.edit', args: { id: 'r1', patch: { text: 'x' } } })).toThrow('comment "r1" does not exist');
  });
});

describe('comment.delete', () => {
  it('deletes a root with its replies; undo gives all back, roots first', () => {
    const map = annotatedMap(true);
    const { map: next, inverse } = applyChecked(map, { name: 'comment.delete', args: { ids: ['r1'] } });
    expect(Object.keys(next.comments ?? {})).toEqual(['r3']);
    expect(next.comments?.r3).toBe(map.comments?.r3);
    expect(inverse).toEqual({ name: 'comment.add', args: { comments: [map.comments?.r1, map.comments?.r2], restore: true } });
  });

  it('deletes a single reply and keeps its thread', () => {
    const { map: next } = applyChecked(annotatedMap(true), { name: 'comment.delete', args: { ids: ['r2', 'r2'] } });
    expect(Object.keys(next.comments ?? {})).toEqual(['r1', 'r3']);
  });

  it('does not follow deleted targets, and undo restores threads whose card is gone', () => {
    const map = annotatedMap(true);
    const gone = applyCommand(map, { name: 'card.delete', args: { ids: ['a'] } }).map;
    expect(findMapProblem(gone)).toBeUndefined();
    const { map: empty } = applyChecked(gone, { name: 'comment.delete', args: { ids: ['r1', 'r3'] } });
    expect('comments' in empty).toBe(false);
  });

  it('refuses unknown ids', () => {
    expect(() => applyCommand(annotatedMap(true), { name: 'comment.delete', args: { ids: ['r1', 'zz'] } })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'comment.delete: comment "zz" does not exist' }),
    );
  });
});
