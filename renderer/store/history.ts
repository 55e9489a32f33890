import type { Command } from '../../src/commands/schemas';

/**
 * Undo history as plain data. An entry keeps what the user did and what undoes
 * it; undo replays `inverses`, redo replays `commands`, both through the same
 * path that saves, so main sees undo as ordinary edits.
 */

export interface HistoryEntry {
  commands: Command[];
  inverses: Command[];
}

export interface History {
  undo: readonly HistoryEntry[];
  redo: readonly HistoryEntry[];
}

/** Entries kept for undo; older ones fall off. */
export const HISTORY_LIMIT = 500;

export const emptyHistory: History = { undo: [], redo: [] };

/** A new user edit: pushed on the undo stack (dropping the oldest past the limit); clears redo. */
export function recordEntry(history: History, entry: HistoryEntry, limit = HISTORY_LIMIT): History {
  const undo = [...history.undo, entry];
  return { undo: undo.length > limit ? undo.slice(undo.length - limit) : undo, redo: [] };
}

/**
 * Folds an edit into the latest entry so one undo reverts both (a new card and
 * the title typed into it right away). Records a new entry when there is none.
 */
export function mergeIntoLast(history: History, entry: HistoryEntry, limit = HISTORY_LIMIT): History {
  const last = history.undo.at(-1);
  if (!last) return recordEntry(history, entry, limit);
  const merged = { commands: [...last.commands, ...entry.commands], inverses: [...entry.inverses, ...last.inverses] };
  return { undo: [...history.undo.slice(0, -1), merged], redo: [] };
}

/** The entry to undo and the history after undoing it, or null when there is nothing to undo. */
export function takeUndo(history: History): { entry: HistoryEntry; history: History } | null {
  const entry = history.undo.at(-1);
  if (!entry) return null;
  return { entry, history: { undo: history.undo.slice(0, -1), redo: [...history.redo, entry] } };
}

/** The entry to redo and the history after redoing it, or null when there is nothing to redo. */
export function takeRedo(history: History): { entry: HistoryEntry; history: History } | null {
  const entry = history.redo.at(-1);
  if (!entry) return null;
  return { entry, history: { undo: [...history.undo, entry], redo: history.redo.slice(0, -1) } };
}
