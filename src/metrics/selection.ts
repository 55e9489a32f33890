import type { MapMetrics } from '../api/importTypes';
import type { Grain } from '../model/metrics';

/** What the toolbar selected: the grain the data was loaded with, a period (null: the latest) and a segment (null: all). */
export interface MetricSelection {
  grain: Grain;
  period: string | null;
  segment: string | null;
}

/** The period the whole map shows: the one chosen, else the latest that has values (null when no value has a period). */
export const effectivePeriod = (data: MapMetrics, period: string | null): string | null => period ?? data.periods.at(-1) ?? null;
