import type { Comment, CommentTarget } from '../model/annotations';
import type { JourneyMap } from '../model/journey';

/**
 * Comment threads of a map. A thread is a root comment (no `parentId`) and its
 * replies; resolving is stored on the root and closes the whole thread.
 */

export interface CommentThread {
  root: Comment;
  /** Oldest first. */
  replies: Comment[];
  /** Time of the latest comment of the thread (the root or a reply). */
  lastActivityAt: string;
}

/** What a thread's target is called, for lists; `exists` false when the card, stage or lane was deleted. */
export type TargetLabel = { kind: CommentTarget['kind']; name: string; exists: boolean };

export interface LabelledThread extends CommentThread {
  target: TargetLabel;
}

export interface TargetCounts {
  /** Threads whose root is not resolved. */
  openThreads: number;
  threads: number;
  /** Every comment, replies included. */
  comments: number;
}

/** A stable key of a target, for maps and React keys: "card:<id>". */
export const targetKey = (target: CommentTarget): string => `${target.kind}:${target.id}`;

const sameTarget = (a: CommentTarget, b: CommentTarget): boolean => a.kind === b.kind && a.id === b.id;

const byTime = (a: Comment, b: Comment): number => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Groups comments into threads, oldest root first; replies whose root is missing are dropped. */
export function groupThreads(comments: readonly Comment[]): CommentThread[] {
  const roots = comments.filter((c) => c.parentId === undefined).sort(byTime);
  const replies = new Map<string, Comment[]>();
  for (const comment of comments) {
    if (comment.parentId === undefined) continue;
    const list = replies.get(comment.parentId) ?? [];
    list.push(comment);
    replies.set(comment.parentId, list);
  }
  return roots.map((root) => {
    const own = (replies.get(root.id) ?? []).sort(byTime);
    const last = own.length > 0 ? own[own.length - 1]!.createdAt : root.createdAt;
    return { root, replies: own, lastActivityAt: last > root.createdAt ? last : root.createdAt };
  });
}

const allComments = (map: Pick<JourneyMap, 'comments'>): Comment[] => Object.values(map.comments ?? {});

/** The threads on one card, stage, lane or the map, oldest first. */
export function threadsOf(map: Pick<JourneyMap, 'comments'>, target: CommentTarget): CommentThread[] {
  return groupThreads(allComments(map).filter((c) => sameTarget(c.target, target)));
}

/** What the target of a comment is called now: the card's title, the stage's or lane's name, the map's name. */
export function targetLabel(map: JourneyMap, target: CommentTarget): TargetLabel {
  switch (target.kind) {
    case 'card': {
      const card = map.cards[target.id];
      return { kind: 'card', name: card?.title ?? '', exists: card !== undefined };
    }
    case 'stage': {
      const stage = map.stages.find((s) => s.id === target.id);
      return { kind: 'stage', name: stage?.name ?? '', exists: stage !== undefined };
    }
    case 'lane': {
      const lane = map.lanes.find((l) => l.id === target.id);
      return { kind: 'lane', name: lane?.name ?? '', exists: lane !== undefined };
    }
    case 'map':
      return { kind: 'map', name: map.name, exists: target.id === map.id };
  }
}

/**
 * Every thread of the map whose root is not resolved (or every thread with
 * `includeResolved`), most recent activity first, each with its target's label.
 */
export function mapThreads(map: JourneyMap, options: { includeResolved?: boolean } = {}): LabelledThread[] {
  return groupThreads(allComments(map))
    .filter((thread) => options.includeResolved === true || thread.root.resolved !== true)
    .sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt) || a.root.id.localeCompare(b.root.id))
    .map((thread) => ({ ...thread, target: targetLabel(map, thread.root.target) }));
}

/** Thread and comment counts per target (keyed by `targetKey`), for indicators on the canvas. */
export function countsByTarget(map: Pick<JourneyMap, 'comments'>): Map<string, TargetCounts> {
  const counts = new Map<string, TargetCounts>();
  const comments = allComments(map);
  const roots = new Map(comments.filter((c) => c.parentId === undefined).map((c) => [c.id, c]));
  for (const comment of comments) {
    const root = comment.parentId === undefined ? comment : roots.get(comment.parentId);
    if (!root) continue;
    const key = targetKey(root.target);
    const entry = counts.get(key) ?? { openThreads: 0, threads: 0, comments: 0 };
    entry.comments += 1;
    if (comment === root) {
      entry.threads += 1;
      if (root.resolved !== true) entry.openThreads += 1;
    }
    counts.set(key, entry);
  }
  return counts;
}

/** The comments deleted together with `id`: the comment itself and, for a root, its replies. */
export function commentWithReplies(map: Pick<JourneyMap, 'comments'>, id: string): Comment[] {
  const comments = allComments(map);
  return comments.filter((c) => c.id === id || c.parentId === id);
}
