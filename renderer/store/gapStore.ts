import { create } from 'zustand';
import type { MapMetrics } from '../../src/api/contract';
import { analyseGaps, SEVERITY_RANK, splitAccepted } from '../../src/gaps/analyseGaps';
import { metricFactsOf } from '../../src/gaps/metricFacts';
import type { Gap, GapAcceptance, GapSettings, GapSeverity } from '../../src/model/gaps';
import type { Id, JourneyMap } from '../../src/model/journey';
import type { VelocityReport } from '../../src/model/metrics';
import type { MetricSelection } from '../../src/metrics/readings';
import { api } from '../api/client';
import { toDescribableError, type DescribableError } from '../i18n/describeError';

/**
 * The open map's gaps, recomputed from the map, its metrics and the project's
 * gap settings whenever one of them changes (GapAnalysisSync does that), and
 * indexed the way the canvas asks: the worst open gap per card, open gaps per stage.
 */
export interface GapState {
  projectId: string | null;
  /** The project's saved settings ({} until loaded: every rule on, default thresholds). */
  settings: GapSettings;
  settingsError: DescribableError | null;
  /** Velocity of the open map's transition log (null: none imported). */
  velocity: VelocityReport | null;
  /** Every gap, accepted ones included, most severe first. */
  gaps: Gap[];
  /** Gaps still showing (not accepted). */
  open: Gap[];
  accepted: { gap: Gap; acceptance: GapAcceptance }[];
  /** The most severe open gap's severity per card. */
  cardSeverity: ReadonlyMap<Id, GapSeverity>;
  /** Open gaps per card (ids of the gaps, most severe first). */
  cardGaps: ReadonlyMap<Id, string[]>;
  /** Number of open gaps per stage, and the most severe one's severity. */
  stageGaps: ReadonlyMap<Id, { count: number; severity: GapSeverity }>;
  loadSettings(projectId: string): Promise<void>;
  saveSettings(settings: GapSettings): Promise<void>;
  loadVelocity(projectId: string, mapId: string, hasTransitions: boolean): Promise<void>;
  recompute(map: JourneyMap, metrics: MapMetrics | null, selection: MetricSelection, language: string): void;
  close(): void;
}

const EMPTY = {
  gaps: [] as Gap[],
  open: [] as Gap[],
  accepted: [] as { gap: Gap; acceptance: GapAcceptance }[],
  cardSeverity: new Map<Id, GapSeverity>(),
  cardGaps: new Map<Id, string[]>(),
  stageGaps: new Map<Id, { count: number; severity: GapSeverity }>(),
};

const worse = (a: GapSeverity | undefined, b: GapSeverity): GapSeverity => (a === undefined || SEVERITY_RANK[b] < SEVERITY_RANK[a] ? b : a);

/** The canvas's indexes of the open gaps. */
function indexGaps(open: readonly Gap[]) {
  const cardSeverity = new Map<Id, GapSeverity>();
  const cardGaps = new Map<Id, string[]>();
  const stageGaps = new Map<Id, { count: number; severity: GapSeverity }>();
  for (const gap of open) {
    for (const cardId of gap.cardIds) {
      cardSeverity.set(cardId, worse(cardSeverity.get(cardId), gap.severity));
      cardGaps.set(cardId, [...(cardGaps.get(cardId) ?? []), gap.key]);
    }
    if (gap.stageId !== null) {
      const current = stageGaps.get(gap.stageId);
      stageGaps.set(gap.stageId, { count: (current?.count ?? 0) + 1, severity: worse(current?.severity, gap.severity) });
    }
  }
  return { cardSeverity, cardGaps, stageGaps };
}

export const useGapStore = create<GapState>()((set, get) => {
  let settingsSeq = 0;
  let velocitySeq = 0;
  return {
    projectId: null,
    settings: {},
    settingsError: null,
    velocity: null,
    ...EMPTY,
    loadSettings: async (projectId) => {
      const mine = ++settingsSeq;
      if (get().projectId !== projectId) set({ projectId, settings: {}, settingsError: null });
      try {
        const settings = await api.invoke('gaps.settings', { projectId });
        if (mine === settingsSeq) set({ settings, settingsError: null });
      } catch (thrown) {
        if (mine === settingsSeq) set({ settingsError: toDescribableError(thrown) });
      }
    },
    saveSettings: async (settings) => {
      const { projectId } = get();
      if (projectId === null) return;
      const previous = get().settings;
      const mine = ++settingsSeq;
      set({ settings, settingsError: null });
      try {
        const saved = await api.invoke('gaps.saveSettings', { projectId, settings });
        if (mine === settingsSeq) set({ settings: saved });
      } catch (thrown) {
        if (mine === settingsSeq) set({ settings: previous, settingsError: toDescribableError(thrown) });
        throw thrown;
      }
    },
    loadVelocity: async (projectId, mapId, hasTransitions) => {
      const mine = ++velocitySeq;
      if (!hasTransitions) {
        set({ velocity: null });
        return;
      }
      try {
        const velocity = await api.invoke('metrics.velocity', { projectId, mapId });
        if (mine === velocitySeq) set({ velocity });
      } catch {
        // The velocity rule is skipped without a report; the metrics panel shows the error.
        if (mine === velocitySeq) set({ velocity: null });
      }
    },
    recompute: (map, metrics, selection, language) => {
      const facts = metricFactsOf(map, metrics, selection, get().velocity, language);
      const gaps = analyseGaps({ map, facts, settings: get().settings });
      const { open, accepted } = splitAccepted(gaps, map.gapAcceptances);
      set({ gaps, open, accepted, ...indexGaps(open) });
    },
    close: () => {
      velocitySeq++;
      set({ velocity: null, ...EMPTY });
    },
  };
});
