import { create } from 'zustand';
import type { MapMetrics } from '../../src/api/contract';
import type { DateRange } from '../../src/metrics/periods';
import type { Grain } from '../../src/model/metrics';
import { api } from '../api/client';
import { toDescribableError, type DescribableError } from '../i18n/describeError';

/**
 * The open map's imported metrics and the period and segment the whole map
 * shows (badges, metrics lane, charts). Loaded from main bucketed by `grain`,
 * or for a custom date range as one bucket named by its first day (so every
 * view that selects by grain and period keeps working); reloaded after an
 * import is committed or undone.
 */
export interface MetricsState {
  projectId: string | null;
  mapId: string | null;
  grain: Grain;
  /** Bucket start of the period shown; null: the latest period that has values (with a range, its one bucket). */
  period: string | null;
  /** A custom date range shown instead of the grain's periods; null: none. */
  range: DateRange | null;
  /** Segment shown; null: all segments together. */
  segment: string | null;
  data: MapMetrics | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: DescribableError | null;
  /** Grows with every reload, so views that fetch more (velocity, import history) know to refetch. */
  revision: number;
  load(projectId: string, mapId: string): Promise<void>;
  /** Reloads the current map's metrics (after an import, an undo, a definition change). */
  refresh(): Promise<void>;
  /** Shows the grain's periods (a custom range is left). */
  setGrain(grain: Grain): void;
  setPeriod(period: string | null): void;
  /** Shows the figures of a custom date range (null: back to the grain's periods, the latest first). */
  setRange(range: DateRange | null): void;
  setSegment(segment: string | null): void;
  close(): void;
}

export const useMetricsStore = create<MetricsState>()((set, get) => {
  let seq = 0;
  const fetchMetrics = async () => {
    const { projectId, mapId, grain, range } = get();
    if (projectId === null || mapId === null) return;
    const mine = ++seq;
    set({ status: 'loading' });
    try {
      const data = await api.invoke('metrics.get', { projectId, mapId, grain, ...(range ? { range } : {}) });
      // A period or segment that no longer has values (an import undone) falls back to the latest period, all segments.
      if (mine === seq)
        set((s) => ({
          data,
          status: 'ready',
          error: null,
          revision: s.revision + 1,
          period: s.period !== null && data.periods.includes(s.period) ? s.period : null,
          segment: s.segment !== null && data.segments.includes(s.segment) ? s.segment : null,
        }));
    } catch (thrown) {
      if (mine === seq) set({ status: 'error', error: toDescribableError(thrown) });
    }
  };
  return {
    projectId: null,
    mapId: null,
    grain: 'month',
    period: null,
    range: null,
    segment: null,
    data: null,
    status: 'idle',
    error: null,
    revision: 0,
    load: async (projectId, mapId) => {
      if (get().projectId !== projectId || get().mapId !== mapId) set({ projectId, mapId, period: null, range: null, segment: null, data: null });
      await fetchMetrics();
    },
    refresh: fetchMetrics,
    setGrain: (grain) => {
      set({ grain, period: null, range: null });
      void fetchMetrics();
    },
    setPeriod: (period) => set({ period }),
    setRange: (range) => {
      set({ range, period: range?.from ?? null });
      void fetchMetrics();
    },
    setSegment: (segment) => set({ segment }),
    close: () => {
      seq++;
      set({ projectId: null, mapId: null, data: null, status: 'idle', error: null });
    },
  };
});
