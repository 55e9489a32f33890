import type { z } from 'zod';
import type {
  ExpectationSchema,
  ExpectationStatusSchema,
  GapAcceptanceSchema,
  GapRuleSchema,
  GapSettingsSchema,
  GapSeveritySchema,
  SnapshotSummarySchema,
} from '../schema/gaps';
import type { MapMetrics } from '../api/importTypes';
import type { Id, JourneyMap } from './journey';
import type { MetricStatus, VelocityReport } from './metrics';

export type GapRule = z.infer<typeof GapRuleSchema>;
export type GapSeverity = z.infer<typeof GapSeveritySchema>;
export type GapSettings = z.infer<typeof GapSettingsSchema>;
export type GapAcceptance = z.infer<typeof GapAcceptanceSchema>;
export type Expectation = z.infer<typeof ExpectationSchema>;
export type ExpectationStatus = z.infer<typeof ExpectationStatusSchema>;
export type SnapshotSummary = z.infer<typeof SnapshotSummarySchema>;

/** Values that fill a gap's explanation (names, counts, thresholds, metric values already formatted). */
export type GapParams = Record<string, string | number>;

/**
 * One gap found on a map. `key` is stable while the same rule fires for the
 * same things (rule + stage + card ids), so an acceptance keeps matching it
 * after unrelated edits. The explanation is an i18n key under `gaps:why.` plus
 * its parameters, so it reads in the UI language; `why` is the English text
 * (reports, the command line).
 */
export interface Gap {
  key: string;
  rule: GapRule;
  severity: GapSeverity;
  /** The stage the gap is at; null for a map-wide gap. */
  stageId: Id | null;
  /** The cards it is about (outlined on the canvas), most relevant first. */
  cardIds: Id[];
  params: GapParams;
  why: string;
}

/** One metric value as the map shows it for the chosen period and segment. */
export interface GapMetricReading {
  target: { kind: 'stage' | 'card'; id: Id };
  metric: string;
  /** Display name in the UI language. */
  name: string;
  value: number;
  /** Formatted value and target ("12.5%", "¥1,200"). */
  valueText: string;
  targetText: string | null;
  status: MetricStatus;
}

/**
 * What the metric rules look at, computed from the imported metrics for the
 * period and segment the map shows (see metricFacts.ts).
 */
export interface GapMetricFacts {
  readings: GapMetricReading[];
  /** The funnel across stages for the main volume metric (null when no stage has volumes). */
  funnel: { metric: string; name: string; steps: { stageId: Id; volume: number | null; dropOff: number | null }[] } | null;
  velocity: VelocityReport | null;
}

export const NO_METRIC_FACTS: GapMetricFacts = { readings: [], funnel: null, velocity: null };

/** Everything the rules read: the map, its metrics, the project's settings. */
export interface GapInput {
  map: JourneyMap;
  facts: GapMetricFacts;
  settings: GapSettings;
}

/** A map as it was at some point: a snapshot, or a map as it is now. */
export interface MapVersion {
  /** Shown in the compare view ("Current map", the snapshot's name, another map's name). */
  label: string;
  /** When it was taken (snapshots) or last changed (maps). */
  at: string;
  map: JourneyMap;
  metrics: MapMetrics | null;
  velocity: VelocityReport | null;
}
