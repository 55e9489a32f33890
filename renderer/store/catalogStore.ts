import { create } from 'zustand';
import type { CatalogCommand } from '../../src/commands/catalogSchemas';
import { applyCatalogCommands } from '../../src/commands/catalogRegistry';
import type { ProjectCatalog } from '../../src/model/catalog';
import { api } from '../api/client';
import { toDescribableError, type DescribableError } from '../i18n/describeError';

/**
 * The open project's catalogs of channels, personas and segments. Like the
 * document store: edits apply here first and reach main one request at a time,
 * in order; when main refuses one, later edits are dropped, the catalog is
 * reloaded and the undo history (which describes states that no longer exist)
 * is cleared. Catalog edits have their own history, separate from the map's.
 */

interface CatalogEntry {
  commands: CatalogCommand[];
  inverses: CatalogCommand[];
}

export interface CatalogHistory {
  undo: readonly CatalogEntry[];
  redo: readonly CatalogEntry[];
}

const HISTORY_LIMIT = 200;
const EMPTY_HISTORY: CatalogHistory = { undo: [], redo: [] };

export interface CatalogState {
  projectId: string | null;
  catalog: ProjectCatalog | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  history: CatalogHistory;
  /** Edits applied here but not yet confirmed by main. */
  pendingSaves: number;
  /** The latest error to show; `errorSeq` grows with each one so it is shown once. */
  lastError: DescribableError | null;
  errorSeq: number;
  /** Loads the project's catalogs; does nothing when they are already loaded for it. */
  load(projectId: string, options?: { force?: boolean }): Promise<void>;
  /** Applies edits now and queues them for main as one undo step; false when they do not apply. */
  execute(commands: CatalogCommand[]): boolean;
  undo(): boolean;
  redo(): boolean;
  /** Resolves when every edit made so far has been confirmed or refused by main. */
  whenSaved(): Promise<void>;
  close(): void;
}

export const useCatalogStore = create<CatalogState>()((set, get) => {
  let loadSeq = 0;
  // Edits go out strictly one after another; a refused edit invalidates those queued behind it.
  let chain: Promise<void> = Promise.resolve();
  let generation = 0;

  const report = (error: DescribableError): void => set((s) => ({ lastError: error, errorSeq: s.errorSeq + 1 }));

  const fetchCatalog = async (projectId: string): Promise<void> => {
    const seq = ++loadSeq;
    try {
      const catalog = await api.invoke('catalog.get', { projectId });
      if (seq === loadSeq && get().projectId === projectId) set({ catalog, status: 'ready' });
    } catch (error) {
      if (seq !== loadSeq) return;
      set({ status: 'error' });
      report(toDescribableError(error));
    }
  };

  const send = (projectId: string, commands: CatalogCommand[]): void => {
    const sentIn = generation;
    set((s) => ({ pendingSaves: s.pendingSaves + 1 }));
    chain = chain.then(async () => {
      try {
        if (sentIn !== generation) return;
        await api.invoke('catalog.apply', { projectId, commands });
      } catch (error) {
        generation += 1;
        if (get().projectId !== projectId) return;
        set({ history: EMPTY_HISTORY });
        report(toDescribableError(error));
        await fetchCatalog(projectId);
      } finally {
        set((s) => ({ pendingSaves: s.pendingSaves - 1 }));
      }
    });
  };

  const run = (commands: CatalogCommand[], nextHistory: (inverses: CatalogCommand[]) => CatalogHistory): boolean => {
    const { catalog, projectId } = get();
    if (!catalog || !projectId || commands.length === 0) return false;
    let result: ReturnType<typeof applyCatalogCommands>;
    try {
      result = applyCatalogCommands(catalog, commands);
    } catch (error) {
      report({ code: 'COMMAND_FAILED', message: error instanceof Error ? error.message : String(error) });
      return false;
    }
    set({ catalog: result.catalog, history: nextHistory(result.inverses) });
    send(projectId, commands);
    return true;
  };

  return {
    projectId: null,
    catalog: null,
    status: 'idle',
    history: EMPTY_HISTORY,
    pendingSaves: 0,
    lastError: null,
    errorSeq: 0,

    async load(projectId, options) {
      if (!options?.force && get().projectId === projectId && get().status !== 'error') return;
      set({ projectId, catalog: get().projectId === projectId ? get().catalog : null, status: 'loading', history: EMPTY_HISTORY });
      await chain;
      if (get().projectId === projectId) await fetchCatalog(projectId);
    },

    execute(commands) {
      return run(commands, (inverses) => {
        const undo = [...get().history.undo, { commands, inverses }];
        return { undo: undo.slice(Math.max(0, undo.length - HISTORY_LIMIT)), redo: [] };
      });
    },

    undo() {
      const { undo, redo } = get().history;
      const entry = undo.at(-1);
      if (!entry) return false;
      const applied = run(entry.inverses, () => ({ undo: undo.slice(0, -1), redo: [...redo, entry] }));
      if (!applied) set({ history: EMPTY_HISTORY });
      return applied;
    },

    redo() {
      const { undo, redo } = get().history;
      const entry = redo.at(-1);
      if (!entry) return false;
      const applied = run(entry.commands, () => ({ undo: [...undo, entry], redo: redo.slice(0, -1) }));
      if (!applied) set({ history: EMPTY_HISTORY });
      return applied;
    },

    whenSaved: () => chain,

    close() {
      loadSeq += 1;
      set({ projectId: null, catalog: null, status: 'idle', history: EMPTY_HISTORY });
    },
  };
});

export const selectCanUndoCatalog = (s: CatalogState): boolean => s.history.undo.length > 0;
export const selectCanRedoCatalog = (s: CatalogState): boolean => s.history.redo.length > 0;
