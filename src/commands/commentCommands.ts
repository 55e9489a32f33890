import type { Comment, CommentTarget } from '../model/annotations';
import type { Id, JourneyMap } from '../model/journey';
import { findReplyProblem } from '../schema/projectDocumentIntegrity';
import { CommandError, conflict, invalidArgs, notFound } from './errors';
import { own, patchFields, withRecord } from './fields';
import type { CommandHandlers } from './handler';

/** Refuses a new thread about a card, stage or lane that is not in the map, or about another map. */
function checkTargetExists(map: JourneyMap, target: CommentTarget, commentId: Id, field: string): void {
  const exists =
    target.kind === 'card'
      ? Object.hasOwn(map.cards, target.id)
      : target.kind === 'stage'
        ? map.stages.some((stage) => stage.id === target.id)
        : target.kind === 'lane'
          ? map.lanes.some((lane) => lane.id === target.id)
          : target.id === map.id;
  if (!exists) {
    const what = target.kind === 'map' ? `map "${target.id}" is not this map ("${map.id}")` : `${target.kind} "${target.id}" does not exist`;
    throw new CommandError('NOT_FOUND', `comment "${commentId}" is about ${target.kind} "${target.id}", but ${what}`, { id: target.id, field });
  }
}

const RESOLVE_FIELDS = ['resolved', 'resolvedAt', 'resolvedBy'] as const;

/**
 * Commands on comment threads. A thread is a root comment and its replies;
 * targets are soft references, so deleting a card keeps the comments on it.
 */
export const commentCommands: CommandHandlers<'comment'> = {
  'comment.add': (map, { comments, restore }) => {
    const next: Record<Id, Comment> = { ...map.comments };
    // Roots first, so a reply may answer a thread started in the same batch.
    const indexed = comments.map((comment, index) => ({ comment, at: `comments[${index}]` }));
    const ordered = [...indexed.filter(({ comment }) => comment.parentId === undefined), ...indexed.filter(({ comment }) => comment.parentId !== undefined)];
    for (const { comment, at } of ordered) {
      if (own(next, comment.id)) conflict('comment', comment.id);
      if (comment.parentId === undefined) {
        if (!restore) checkTargetExists(map, comment.target, comment.id, `${at}.target`);
      } else {
        const problem = findReplyProblem(comment, next);
        if (problem) {
          const field = `${at}.${problem.path}`;
          if (!own(next, comment.parentId)) throw new CommandError('NOT_FOUND', problem.message, { id: comment.parentId, field });
          invalidArgs(problem.message, field);
        }
      }
      next[comment.id] = comment;
    }
    return {
      map: withRecord(map, 'comments', next),
      inverse: { name: 'comment.delete', args: { ids: comments.map((comment) => comment.id) } },
    };
  },

  'comment.edit': (map, { id, patch }) => {
    const comments = map.comments ?? {};
    const comment = own(comments, id) ?? notFound('comment', id);
    if (comment.parentId !== undefined) {
      const field = RESOLVE_FIELDS.find((key) => patch[key] != null);
      if (field) invalidArgs(`comment "${id}" is a reply: resolve or reopen its thread on the first comment "${comment.parentId}"`, `patch.${field}`);
    }
    const { next, undo } = patchFields(comment, patch);
    return {
      map: next === comment ? map : { ...map, comments: { ...comments, [id]: next } },
      inverse: { name: 'comment.edit', args: { id, patch: undo } },
    };
  },

  'comment.delete': (map, { ids }) => {
    const comments = map.comments ?? {};
    const removed = new Set<Id>();
    for (const id of ids) {
      const comment = own(comments, id) ?? notFound('comment', id);
      removed.add(id);
      if (comment.parentId !== undefined) continue;
      for (const reply of Object.values(comments)) if (reply.parentId === id) removed.add(reply.id);
    }
    const gone = Object.values(comments).filter((comment) => removed.has(comment.id));
    const next = { ...comments };
    for (const id of removed) delete next[id];
    return {
      map: withRecord(map, 'comments', next),
      inverse: {
        name: 'comment.add',
        args: { comments: [...gone.filter((c) => c.parentId === undefined), ...gone.filter((c) => c.parentId !== undefined)], restore: true },
      },
    };
  },
};
