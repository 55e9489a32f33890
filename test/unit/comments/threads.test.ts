import { describe, expect, it } from 'vitest';
import { commentWithReplies, countsByTarget, groupThreads, mapThreads, targetKey, targetLabel, threadsOf } from '../../../src/comments/threads';
import type { Comment, CommentTarget } from '../../../src/model/annotations';
import type { JourneyMap } from '../../../src/model/journey';

const at = (minute: number): string => new Date(Date.UTC(2026, 0, 5, 9, minute)).toISOString();

const comment = (id: string, target: CommentTarget, minute: number, extra: Partial<Comment> = {}): Comment => ({
  id,
  target,
  author: 'Ada',
  text: `text ${id}`,
  createdAt: at(minute),
  ...extra,
});

const cardA: CommentTarget = { kind: 'card', id: 'a' };
const stage1: CommentTarget = { kind: 'stage', id: 's1' };
const lane1: CommentTarget = { kind: 'lane', id: 'l1' };

function mapWith(comments: Comment[]): JourneyMap {
  return {
    id: 'm1',
    name: 'Checkout',
    stages: [{ id: 's1', name: 'Aware' }],
    lanes: [{ id: 'l1', name: 'Pain points', type: 'painPoints' }],
    cards: { a: { id: 'a', stageId: 's1', laneId: 'l1', order: 0, title: 'Slow delivery' } },
    connections: {},
    comments: Object.fromEntries(comments.map((c) => [c.id, c])),
  };
}

describe('comment threads', () => {
  it('puts replies under their root, oldest first, whatever order they are stored in', () => {
    const map = mapWith([
      comment('r2', cardA, 9, { parentId: 't1' }),
      comment('t2', cardA, 5),
      comment('r1', cardA, 3, { parentId: 't1' }),
      comment('t1', cardA, 1),
      comment('x', stage1, 0),
    ]);
    const threads = threadsOf(map, cardA);
    expect(threads.map((t) => t.root.id)).toEqual(['t1', 't2']);
    expect(threads[0]!.replies.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(threads[0]!.lastActivityAt).toBe(at(9));
    expect(threads[1]!.replies).toEqual([]);
    expect(threads[1]!.lastActivityAt).toBe(at(5));
    expect(threadsOf(map, stage1).map((t) => t.root.id)).toEqual(['x']);
    expect(threadsOf(map, lane1)).toEqual([]);
    // Same id, other kind: not the same target.
    expect(threadsOf(map, { kind: 'lane', id: 'a' })).toEqual([]);
  });

  it('drops replies whose root is gone', () => {
    expect(groupThreads([comment('r', cardA, 2, { parentId: 'missing' })])).toEqual([]);
  });

  it('lists open threads of the map with the most recent activity first and labels their targets', () => {
    const map = mapWith([
      comment('t1', cardA, 1),
      comment('r1', cardA, 20, { parentId: 't1' }),
      comment('t2', stage1, 10),
      comment('t3', lane1, 15, { resolved: true, resolvedAt: at(16), resolvedBy: 'Ada' }),
      comment('t4', { kind: 'card', id: 'gone' }, 12),
      comment('t5', { kind: 'map', id: 'm1' }, 11),
    ]);
    const open = mapThreads(map);
    expect(open.map((t) => t.root.id)).toEqual(['t1', 't4', 't5', 't2']);
    expect(open.map((t) => t.target)).toEqual([
      { kind: 'card', name: 'Slow delivery', exists: true },
      { kind: 'card', name: '', exists: false },
      { kind: 'map', name: 'Checkout', exists: true },
      { kind: 'stage', name: 'Aware', exists: true },
    ]);
    const all = mapThreads(map, { includeResolved: true });
    expect(all.map((t) => t.root.id)).toEqual(['t1', 't3', 't4', 't5', 't2']);
    expect(all[1]!.target).toEqual({ kind: 'lane', name: 'Pain points', exists: true });
  });

  it('labels deleted stages and lanes as missing', () => {
    const map = mapWith([]);
    expect(targetLabel(map, { kind: 'stage', id: 'nope' }).exists).toBe(false);
    expect(targetLabel(map, { kind: 'lane', id: 'nope' }).exists).toBe(false);
    expect(targetLabel(map, { kind: 'map', id: 'other' }).exists).toBe(false);
  });

  it('counts threads, open threads and comments per target', () => {
    const map = mapWith([
      comment('t1', cardA, 1),
      comment('r1', cardA, 2, { parentId: 't1' }),
      comment('r2', cardA, 3, { parentId: 't1' }),
      comment('t2', cardA, 4, { resolved: true }),
      comment('t3', stage1, 5),
      comment('orphan', stage1, 6, { parentId: 'missing' }),
    ]);
    const counts = countsByTarget(map);
    expect(counts.get(targetKey(cardA))).toEqual({ openThreads: 1, threads: 2, comments: 4 });
    expect(counts.get(targetKey(stage1))).toEqual({ openThreads: 1, threads: 1, comments: 1 });
    expect(counts.get(targetKey(lane1))).toBeUndefined();
    expect(targetKey(cardA)).toBe('card:a');
  });

  it('deletes a root together with its replies, a reply alone', () => {
    const map = mapWith([comment('t1', cardA, 1), comment('r1', cardA, 2, { parentId: 't1' }), comment('t2', cardA, 3)]);
    expect(commentWithReplies(map, 't1').map((c) => c.id).sort()).toEqual(['r1', 't1']);
    expect(commentWithReplies(map, 'r1').map((c) => c.id)).toEqual(['r1']);
  });
});
