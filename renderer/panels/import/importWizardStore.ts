import { create } from 'zustand';
import type { ImportDiff, ImportInspection, ImportJobState, ImportMatches, ImportPreset, ImportRecord } from '../../../src/api/contract';
import { suggestColumn } from '../../../src/import/headerSuggestions';
import type { ReadOptions } from '../../../src/import/mapping';
import { headerNames } from '../../../src/import/sheetLayout';
import { api } from '../../api/client';
import { toDescribableError, type DescribableError } from '../../i18n/describeError';
import { fromMapping, fromSuggestions, suggestNames, toMapping, type DraftProblem, type MappingDraft } from './mappingDraft';

/**
 * The import wizard's state: one wizard at a time. Steps: 0 file, 1 mapping,
 * 2 reading, 3 match, 4 review. Every call to main goes through here; a job
 * that is left (closed, cancelled, back to the mapping) is cancelled in main,
 * so nothing of it is ever written.
 */
export type WizardStep = 0 | 1 | 2 | 3 | 4;

const POLL_MS = 200;

export interface ImportWizardState {
  projectId: string | null;
  mapId: string | null;
  path: string | null;
  step: WizardStep;
  read: ReadOptions;
  inspection: ImportInspection | null;
  inspecting: boolean;
  presets: ImportPreset[];
  presetId: string | null;
  draft: MappingDraft | null;
  draftProblem: { problem: DraftProblem; detail?: string } | null;
  job: ImportJobState | null;
  matches: ImportMatches;
  diff: ImportDiff | null;
  busy: boolean;
  /** While a commit runs: the values written of the total (0 of 0 while it is being planned). */
  committing: { written: number; total: number } | null;
  error: DescribableError | null;
  open(projectId: string, mapId: string, path: string): Promise<void>;
  setRead(read: ReadOptions): Promise<void>;
  setHeaderRow(row: number): void;
  applyPreset(presetId: string | null): Promise<void>;
  updateDraft(change: Partial<MappingDraft>): void;
  /** From the file step to the mapping step. */
  toMapping(): void;
  /** Validates the mapping and starts reading the whole file. */
  start(): Promise<void>;
  setMatch(key: string, target: ImportMatches[string]): void;
  toReview(): Promise<void>;
  back(): void;
  savePreset(name: string): Promise<ImportPreset>;
  commit(): Promise<ImportRecord>;
  /** Stops any job in main and forgets everything. */
  close(): void;
}

const initial = {
  projectId: null,
  mapId: null,
  path: null,
  step: 0 as WizardStep,
  read: {},
  inspection: null,
  inspecting: false,
  presets: [],
  presetId: null,
  draft: null,
  draftProblem: null,
  job: null,
  matches: {},
  diff: null,
  busy: false,
  committing: null,
  error: null,
};

/** Header names of the row chosen as header (the inspection's own when it is the detected one). */
export function headersOf(inspection: ImportInspection, headerRow: number): string[] {
  const width = Math.max(inspection.headers.length, ...inspection.rows.map((r) => r.length));
  if (headerRow === inspection.headerRow && inspection.headers.length === width) return inspection.headers;
  return headerNames(inspection.rows[headerRow] ?? [], width);
}

/** Distinct texts of one column below the header row (totals rows left out), in first-seen order (long layout: the metric names). */
export function distinctValues(inspection: ImportInspection, headerRow: number, column: number): string[] {
  const seen = new Set<string>();
  const totals = new Set(inspection.totalsRows);
  for (const [index, row] of inspection.rows.entries()) {
    if (index <= headerRow || totals.has(index + 1)) continue;
    const cell = row[column];
    if (cell === null || cell === undefined || String(cell).trim() === '') continue;
    seen.add(String(cell).trim());
  }
  return [...seen];
}

function draftFor(inspection: ImportInspection, headerRow: number | null): MappingDraft {
  const row = headerRow ?? inspection.headerRow ?? 0;
  const headers = headersOf(inspection, row);
  if (row === inspection.headerRow && inspection.suggestedMapping) return fromMapping(inspection.suggestedMapping, headers.length);
  const suggestions = row === inspection.headerRow ? inspection.suggestions : headers.map((h) => suggestColumn(h) ?? null);
  return fromSuggestions(headers.map((_, i) => suggestions[i] ?? null), row);
}

/** The long layout's metric names, filled with suggestions for names not chosen yet. */
function withNames(draft: MappingDraft, inspection: ImportInspection): MappingDraft {
  if (draft.kind !== 'metrics' || draft.layout !== 'long') return draft;
  const column = draft.columns.findIndex((c) => c.role === 'metricName');
  if (column < 0) return draft;
  return { ...draft, names: suggestNames(distinctValues(inspection, draft.headerRow, column), draft.names) };
}

export const useImportWizardStore = create<ImportWizardState>()((set, get) => {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inspectSeq = 0;

  const stopPolling = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const cancelJob = () => {
    stopPolling();
    const { job } = get();
    if (job && (job.phase === 'reading' || job.phase === 'ready')) void api.call('import.cancel', { jobId: job.jobId });
  };

  const fail = (thrown: unknown) => set({ error: toDescribableError(thrown), busy: false, inspecting: false });

  const inspect = async (read: ReadOptions, keepDraft: MappingDraft | null) => {
    const { projectId, path } = get();
    if (projectId === null || path === null) return;
    const mine = ++inspectSeq;
    set({ inspecting: true, error: null, read });
    try {
      const inspection = await api.invoke('import.inspect', { projectId, path, read });
      if (mine !== inspectSeq) return;
      const draft = keepDraft ?? draftFor(inspection, null);
      set({ inspection, inspecting: false, draft: withNames(draft, inspection), draftProblem: null });
    } catch (thrown) {
      if (mine === inspectSeq) fail(thrown);
    }
  };

  const poll = async () => {
    const { job } = get();
    if (!job) return;
    try {
      const next = await api.invoke('import.status', { jobId: job.jobId });
      if (get().job?.jobId !== job.jobId) return;
      if (next.phase === 'reading') {
        set({ job: next });
        timer = setTimeout(() => void poll(), POLL_MS);
        return;
      }
      if (next.phase === 'ready') {
        const matches: ImportMatches = {};
        const suggested = next.suggestedMatches ?? {};
        const keys = next.result?.kind === 'transitions' ? next.result.stageKeys : next.result?.kind === 'metrics' ? next.result.targetKeys : [];
        for (const { key } of keys) matches[key] = suggested[key] ?? null;
        set({ job: next, matches, step: 3 });
        return;
      }
      set({ job: next });
    } catch (thrown) {
      if (get().job?.jobId === job.jobId) fail(thrown);
    }
  };

  return {
    ...initial,
    open: async (projectId, mapId, path) => {
      cancelJob();
      set({ ...initial, projectId, mapId, path });
      void api
        .invoke('import.presets', { projectId })
        .then((presets) => set({ presets }))
        .catch(() => set({ presets: [] }));
      await inspect({}, null);
    },
    setRead: (read) => inspect(read, get().presetId === null ? null : get().draft),
    setHeaderRow: (row) => {
      const { inspection } = get();
      if (!inspection) return;
      set({ draft: withNames(draftFor(inspection, row), inspection), draftProblem: null });
    },
    applyPreset: async (presetId) => {
      const preset = get().presets.find((p) => p.id === presetId);
      if (!preset) {
        set({ presetId: null });
        await inspect(get().read, null);
        return;
      }
      const width = get().inspection?.headers.length ?? 0;
      set({ presetId: preset.id });
      await inspect(preset.read, fromMapping(preset.mapping, width));
    },
    updateDraft: (change) => {
      const { draft, inspection } = get();
      if (!draft || !inspection) return;
      set({ draft: withNames({ ...draft, ...change }, inspection), draftProblem: null });
    },
    toMapping: () => {
      if (get().inspection && get().draft) set({ step: 1, error: null });
    },
    start: async () => {
      const { draft, projectId, mapId, path, read, presetId } = get();
      if (!draft || projectId === null || mapId === null || path === null) return;
      const result = toMapping(draft);
      if (!result.ok) {
        set({ draftProblem: { problem: result.problem, ...(result.detail === undefined ? {} : { detail: result.detail }) } });
        return;
      }
      cancelJob();
      set({ step: 2, job: null, diff: null, error: null, busy: true });
      try {
        const { jobId } = await api.invoke('import.start', {
          projectId,
          mapId,
          path,
          read,
          mapping: result.mapping,
          ...(presetId === null ? {} : { presetId }),
        });
        set({ busy: false, job: { jobId, phase: 'reading', bytesRead: 0, totalBytes: 0, rowsRead: 0 } });
        await poll();
      } catch (thrown) {
        fail(thrown);
      }
    },
    setMatch: (key, target) => set((s) => ({ matches: { ...s.matches, [key]: target }, diff: null })),
    toReview: async () => {
      const { job, matches } = get();
      if (!job) return;
      set({ step: 4, busy: true, error: null, diff: null });
      try {
        const diff = await api.invoke('import.diff', { jobId: job.jobId, matches });
        set({ diff, busy: false });
      } catch (thrown) {
        fail(thrown);
      }
    },
    back: () => {
      const { step } = get();
      if (step === 0) return;
      // The reading job belongs to the mapping it was started with: going back to the mapping drops it.
      if (step <= 3) {
        cancelJob();
        set({ step: step === 1 ? 0 : 1, job: null, diff: null, error: null, busy: false });
        return;
      }
      set({ step: 3, diff: null, error: null, busy: false });
    },
    savePreset: async (name) => {
      const { projectId, draft, read, matches } = get();
      if (projectId === null || !draft) throw new Error('no wizard is open');
      const result = toMapping(draft);
      if (!result.ok) {
        set({ draftProblem: { problem: result.problem, ...(result.detail === undefined ? {} : { detail: result.detail }) } });
        throw new Error(result.problem);
      }
      const preset = await api.invoke('import.savePreset', { projectId, name, read, mapping: result.mapping, matches });
      set((s) => ({ presets: [...s.presets.filter((p) => p.id !== preset.id && p.name !== preset.name), preset], presetId: preset.id }));
      return preset;
    },
    commit: async () => {
      const { job, matches, projectId, presets, presetId, read, draft } = get();
      if (!job || projectId === null) throw new Error('no job is ready');
      set({ busy: true, error: null });
      try {
        // The preset remembers where this file's keys went, for the next file of its kind.
        const preset = presets.find((p) => p.id === presetId);
        let usedPresetId = presetId;
        const built = draft ? toMapping(draft) : null;
        const mapping = built?.ok ? built.mapping : null;
        if (preset && mapping) usedPresetId = (await api.invoke('import.savePreset', { projectId, name: preset.name, read, mapping, matches })).id;
        set({ committing: { written: 0, total: 0 } });
        const committed = api.invoke('import.commit', { jobId: job.jobId, matches, ...(usedPresetId === null ? {} : { presetId: usedPresetId }) });
        // The commit is planned in a worker and written in slices; its progress shows on the button until it answers.
        let answered = false;
        const follow = async () => {
          while (!answered) {
            await new Promise((resolve) => setTimeout(resolve, POLL_MS));
            if (answered) return;
            const state = await api.invoke('import.status', { jobId: job.jobId }).catch(() => null);
            if (!answered && state?.phase === 'committing' && state.commit) set({ committing: state.commit });
          }
        };
        void follow();
        try {
          const record = await committed;
          set({ busy: false, committing: null, job: { ...job, phase: 'committed' } });
          return record;
        } finally {
          answered = true;
        }
      } catch (thrown) {
        set({ committing: null });
        fail(thrown);
        throw thrown;
      }
    },
    close: () => {
      cancelJob();
      inspectSeq++;
      set({ ...initial });
    },
  };
});

/** Grows after every commit and undo, so the import history refetches. */
export const useImportRevision = create<{ revision: number; bump(): void }>()((set) => ({
  revision: 0,
  bump: () => set((s) => ({ revision: s.revision + 1 })),
}));
