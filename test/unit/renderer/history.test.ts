import { describe, expect, it } from 'vitest';
import type { Command } from '../../../src/commands/schemas';
import { emptyHistory, mergeIntoLast, recordEntry, takeRedo, takeUndo, type HistoryEntry } from '../../../renderer/store/history';

const rename = (name: string): Command => ({ name: 'map.rename', args: { name } });
const entry = (from: string, to: string): HistoryEntry => ({ commands: [rename(to)], inverses: [rename(from)] });

describe('history', () => {
  it('undoes the latest entry first and moves it to redo', () => {
    let h = recordEntry(recordEntry(emptyHistory, entry('A', 'B')), entry('B', 'C'));
    const first = takeUndo(h)!;
    expect(first.entry.inverses).toEqual([rename('B')]);
    h = first.history;
    expect(h.undo).toHaveLength(1);
    expect(h.redo).toHaveLength(1);
    const redo = takeRedo(h)!;
    expect(redo.entry.commands).toEqual([rename('C')]);
    expect(redo.history.undo).toHaveLength(2);
    expect(redo.history.redo).toHaveLength(0);
  });

  it('returns null when there is nothing to undo or redo', () => {
    expect(takeUndo(emptyHistory)).toBeNull();
    expect(takeRedo(emptyHistory)).toBeNull();
  });

  it('clears redo when a new edit is recorded', () => {
    const undone = takeUndo(recordEntry(emptyHistory, entry('A', 'B')))!.history;
    expect(undone.redo).toHaveLength(1);
    expect(recordEntry(undone, entry('A', 'X')).redo).toHaveLength(0);
  });

  it('keeps only the newest entries past the limit', () => {
    let h = emptyHistory;
    for (let i = 0; i < 8; i++) h = recordEntry(h, entry(`n${i}`, `n${i + 1}`), 5);
    expect(h.undo).toHaveLength(5);
    expect(h.undo[0]!.commands).toEqual([rename('n4')]);
    expect(h.undo.at(-1)!.commands).toEqual([rename('n8')]);
  });

  it('folds an edit into the latest entry so one undo reverts both, inverses in reverse order', () => {
    const h = mergeIntoLast(recordEntry(emptyHistory, entry('A', 'B')), entry('B', 'C'));
    expect(h.undo).toHaveLength(1);
    expect(h.undo[0]).toEqual({ commands: [rename('B'), rename('C')], inverses: [rename('B'), rename('A')] });
    expect(mergeIntoLast(emptyHistory, entry('A', 'B')).undo).toHaveLength(1);
  });
});
