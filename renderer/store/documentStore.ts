import { create } from 'zustand';
import type { Command } from '../../src/commands/schemas';
import { applyCommands } from '../../src/commands/registry';
import type { JourneyMap } from '../../src/model/journey';
import { api } from '../api/client';
import { toDescribableError, type DescribableError } from '../i18n/describeError';
import { emptyHistory, mergeIntoLast, recordEntry, takeRedo, takeUndo, type History, type HistoryEntry } from './history';
import { createSaveQueue, type SaveTarget } from './saveQueue';

/**
 * The open map as the editor sees it. Edits apply here first (optimistic) and
 * reach main through an ordered save queue; if main refuses one, the map is
 * reloaded from main and the undo history is dropped, because its entries
 * describe states that no longer exist.
 */

export type DocumentStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface ExecuteOptions {
  /** false for edits the user should not undo one by one (default true). */
  record?: boolean;
  /** Fold into the latest undo entry instead of adding one (default false). */
  mergeWithLast?: boolean;
}

export interface DocumentState {
  projectId: string | null;
  mapId: string | null;
  map: JourneyMap | null;
  status: DocumentStatus;
  /** Why the map could not be loaded (status 'error'). */
  loadError: DescribableError | null;
  history: History;
  /** Edits applied here but not yet confirmed by main. */
  pendingSaves: number;
  /** True after main refused an edit, until the next edit is saved. */
  saveFailed: boolean;
  /** The latest error to show the user; `errorSeq` grows with each new one so it is shown once. */
  lastError: DescribableError | null;
  errorSeq: number;
  load(projectId: string, mapId: string): Promise<void>;
  /** Applies commands now and queues them for main; false when they do not apply (nothing changes). */
  execute(commands: Command[], options?: ExecuteOptions): boolean;
  undo(): boolean;
  redo(): boolean;
  /** Resolves when every edit made so far has been confirmed or refused by main. */
  whenSaved(): Promise<void>;
  close(): void;
}

type SetState = (partial: Partial<DocumentState> | ((s: DocumentState) => Partial<DocumentState>)) => void;

const reportError = (set: SetState, error: DescribableError): void =>
  set((s) => ({ lastError: error, errorSeq: s.errorSeq + 1 }));

export const useDocumentStore = create<DocumentState>()((set, get) => {
  let loadSeq = 0;

  const reload = async (target: SaveTarget): Promise<void> => {
    const seq = ++loadSeq;
    try {
      const map = await api.invoke('map.get', target);
      if (seq === loadSeq && get().mapId === target.mapId) set({ map, status: 'ready' });
    } catch (error) {
      if (seq === loadSeq) set({ status: 'error', loadError: toDescribableError(error) });
    }
  };

  const queue = createSaveQueue({
    send: async (target, commands) => {
      await api.invoke('map.apply', { ...target, commands });
    },
    onPending: (pendingSaves) => set({ pendingSaves }),
    onSaved: () => set({ saveFailed: false }),
    onFailed: (target, error) => {
      const current = get();
      if (current.projectId !== target.projectId || current.mapId !== target.mapId) return;
      set({ saveFailed: true, history: emptyHistory });
      reportError(set, toDescribableError(error));
      void reload(target);
    },
  });

  // Applies locally and queues for main; `nextHistory` is asked for the history only once the commands applied.
  const run = (commands: Command[], nextHistory: (inverses: Command[]) => History): boolean => {
    const { map, projectId, mapId } = get();
    if (!map || !projectId || !mapId || commands.length === 0) return false;
    let result: ReturnType<typeof applyCommands>;
    try {
      result = applyCommands(map, commands);
    } catch (error) {
      reportError(set, { code: 'COMMAND_FAILED', message: error instanceof Error ? error.message : String(error) });
      return false;
    }
    set({ map: result.map, history: nextHistory(result.inverses) });
    queue.push({ projectId, mapId }, commands);
    return true;
  };

  const replay = (taken: { entry: HistoryEntry; history: History } | null, direction: 'undo' | 'redo'): boolean => {
    if (!taken) return false;
    const commands = direction === 'undo' ? taken.entry.inverses : taken.entry.commands;
    const applied = run(commands, () => taken.history);
    // An entry that no longer applies cannot be undone or redone later either.
    if (!applied) set({ history: emptyHistory });
    return applied;
  };

  return {
    projectId: null,
    mapId: null,
    map: null,
    status: 'idle',
    loadError: null,
    history: emptyHistory,
    pendingSaves: 0,
    saveFailed: false,
    lastError: null,
    errorSeq: 0,

    async load(projectId, mapId) {
      set({ projectId, mapId, map: null, status: 'loading', loadError: null, history: emptyHistory, saveFailed: false });
      // Edits still on their way to main must land before we read the map back.
      await queue.idle();
      if (get().mapId === mapId && get().projectId === projectId) await reload({ projectId, mapId });
    },

    execute(commands, options) {
      const record = options?.record ?? true;
      const add = options?.mergeWithLast ? mergeIntoLast : recordEntry;
      return run(commands, (inverses) => (record ? add(get().history, { commands, inverses }) : get().history));
    },

    undo: () => replay(takeUndo(get().history), 'undo'),
    redo: () => replay(takeRedo(get().history), 'redo'),
    whenSaved: () => queue.idle(),

    close() {
      loadSeq += 1;
      set({ projectId: null, mapId: null, map: null, status: 'idle', loadError: null, history: emptyHistory });
    },
  };
});

/** "saving" while edits are on their way, "error" after main refused one, else "saved". */
export const selectSaveState = (s: DocumentState): 'saving' | 'saved' | 'error' =>
  s.pendingSaves > 0 ? 'saving' : s.saveFailed ? 'error' : 'saved';

export const selectCanUndo = (s: DocumentState): boolean => s.history.undo.length > 0;
export const selectCanRedo = (s: DocumentState): boolean => s.history.redo.length > 0;
