import type { Grain, MetricSeries } from '../model/metrics';
import { periodEnd, type DateRange } from './periods';

/** The days the figures of one bucket cover (their points' from / to), against the bucket's own days. */
export interface Coverage {
  from: string;
  to: string;
  /** The bucket's own days: the grain's period that starts on it, or the custom range. */
  own: DateRange;
  /** True when some value reaches outside them (a week filed by its Thursday, a longer period by its first day). */
  beyond: boolean;
}

/**
 * The first and last day the values of the bucket `period` cover, over every
 * series (as the period selector states them: "Covers 29 Dec 2025 – 11 Jan
 * 2026"); with a custom range, the bucket is the range. Null when no point of
 * that bucket has dated values.
 */
export function bucketCoverage(series: readonly MetricSeries[], period: string, grain: Grain, range: DateRange | null): Coverage | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const s of series) {
    for (const point of s.points) {
      if (point.period !== period || !point.from || !point.to) continue;
      if (from === null || point.from < from) from = point.from;
      if (to === null || point.to > to) to = point.to;
    }
  }
  if (from === null || to === null) return null;
  const own = range ?? { from: period, to: periodEnd(period, grain) };
  return { from, to, own, beyond: from < own.from || to > own.to };
}
