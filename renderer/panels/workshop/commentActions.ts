import type { Command } from '../../../src/commands/schemas';
import type { Comment, CommentTarget } from '../../../src/model/annotations';
import { newId } from '../../../src/model/ids';
import { useDocumentStore } from '../../store/documentStore';

/** Comment edits, each one undoable command; timestamps are taken here so main replays the same document. */

const now = (): string => new Date().toISOString();
const run = (command: Command): boolean => useDocumentStore.getState().execute([command]);

/** Starts a thread on `target`, or replies to `parent` (a thread's root). */
export function addComment(target: CommentTarget, author: string, text: string, parent?: Comment): boolean {
  const comment: Comment = { id: newId(), target, author, text: text.trim(), createdAt: now() };
  if (parent) comment.parentId = parent.id;
  return run({ name: 'comment.add', args: { comments: [comment] } });
}

export const editCommentText = (comment: Comment, text: string): boolean =>
  text.trim() === comment.text ? true : run({ name: 'comment.edit', args: { id: comment.id, patch: { text: text.trim(), editedAt: now() } } });

export const resolveThread = (root: Comment, author: string): boolean =>
  run({ name: 'comment.edit', args: { id: root.id, patch: { resolved: true, resolvedAt: now(), resolvedBy: author } } });

export const reopenThread = (root: Comment): boolean =>
  run({ name: 'comment.edit', args: { id: root.id, patch: { resolved: null, resolvedAt: null, resolvedBy: null } } });

/** Deletes a comment; a thread's root takes its replies with it. */
export const deleteComment = (comment: Comment): boolean => run({ name: 'comment.delete', args: { ids: [comment.id] } });
