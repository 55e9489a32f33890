import type { Grain, MetricDefinition, MetricSeries, MetricTarget, SeriesPoint } from '../model/metrics';
import { previousBucket } from './periods';
import { targetKey } from './targets';

/**
 * Picking the number a badge, tile or overall figure shows from series made
 * by aggregateValues: one target's (its segments combined as parts of a
 * whole), or every target of a kind added up, with the previous bucket and a
 * short trend.
 */

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The list under `key`, created empty when missing. */
function listAt<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (list === undefined) {
    list = [];
    map.set(key, list);
  }
  return list;
}

/** The number a badge shows, with the previous period's and a short trend. */
export interface SelectedValue {
  value: number;
  /** The previous bucket's value, or null when it has none. */
  previous: number | null;
  /** Relative change (value − previous) / |previous|; null without a previous value or when it is 0. */
  change: number | null;
  /** Up to the last 12 points up to the selected one, oldest first. */
  sparkline: { period: string | null; value: number }[];
  /** The selected point: its counts (a ratio's numerator and denominator), weight, number of values and the days it covers. */
  point: SeriesPoint;
}

export interface ValueQuery {
  target: MetricTarget;
  metric: string;
  /** A bucket start of the series' grain; null: the latest bucket that has a value. */
  period: string | null;
  /** A segment label; '' all users; null: all segments (the '' series if present, else the segments combined). */
  segment: string | null;
  /** The series' grain. With it, "previous" is the bucket just before; without it, the point before (which may be further back). */
  grain?: Grain;
}

const SPARKLINE_POINTS = 12;

/** Badges call selectValue for every card and metric: remember each series' target key instead of rebuilding it. */
const seriesTargetKeys = new WeakMap<MetricSeries, string>();
function seriesTargetKey(series: MetricSeries): string {
  let key = seriesTargetKeys.get(series);
  if (key === undefined) {
    key = targetKey(series.target);
    seriesTargetKeys.set(series, key);
  }
  return key;
}

const byPeriod = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : compare(a, b));

/**
 * Points of several series of one metric combined per bucket, as parts of one
 * whole (segments of a target, or targets such as all channels): counts add
 * up; a ratio is Σ numerator / Σ denominator; a weighted average is weighed
 * by each part's weight; an average by each part's number of values. Where a
 * part lacks its counts or weight, a plain average marked approximate.
 * 'last': stock-like units (counts, money) add up, others average.
 */
export function combinePoints(parts: readonly (readonly SeriesPoint[])[], definition: MetricDefinition | undefined): SeriesPoint[] {
  if (parts.length === 1) return [...(parts[0] as readonly SeriesPoint[])];
  const aggregation = definition?.aggregation ?? 'sum';
  const perBucket = new Map<string | null, SeriesPoint[]>();
  for (const points of parts) for (const point of points) listAt(perBucket, point.period).push(point);
  return [...perBucket.entries()]
    .sort(([a], [b]) => byPeriod(a, b))
    .map(([period, points]) => {
      const count = points.reduce((total, p) => total + p.count, 0);
      const from = points.reduce<string | null>((min, p) => (p.from != null && (min === null || p.from < min) ? p.from : min), null);
      const to = points.reduce<string | null>((max, p) => (p.to != null && (max === null || p.to > max) ? p.to : max), null);
      const base = { period, count, from, to };
      const plainAverage = { ...base, value: points.reduce((total, p) => total + p.value, 0) / points.length, approximate: true };
      switch (aggregation) {
        case 'sum':
          return { ...base, value: points.reduce((total, p) => total + p.value, 0) };
        case 'distinct': {
          // Segments and channels split people: they add up; an upper bound stays one.
          const value = points.reduce((total, p) => total + p.value, 0);
          return points.some((p) => p.approximate) ? { ...base, value, approximate: true } : { ...base, value };
        }
        case 'ratio': {
          if (points.some((p) => p.numerator === undefined || p.denominator === undefined)) return plainAverage;
          const numerator = points.reduce((total, p) => total + (p.numerator as number), 0);
          const denominator = points.reduce((total, p) => total + (p.denominator as number), 0);
          return denominator > 0 ? { ...base, value: numerator / denominator, numerator, denominator } : plainAverage;
        }
        case 'weightedAverage': {
          if (points.some((p) => p.weight === undefined)) return plainAverage;
          const weight = points.reduce((total, p) => total + (p.weight as number), 0);
          return weight > 0 ? { ...base, value: points.reduce((total, p) => total + p.value * (p.weight as number), 0) / weight, weight } : plainAverage;
        }
        case 'average':
          return { ...base, value: points.reduce((total, p) => total + p.value * p.count, 0) / count };
        case 'last': {
          const stock = definition?.unit === 'count' || definition?.unit === 'currency';
          const total = points.reduce((sum, p) => sum + p.value, 0);
          return { ...base, value: stock ? total : total / points.length };
        }
      }
    });
}

/** The points of one target's series for a segment choice: the segment's own; for all segments, the '' series if present, else the segments combined. */
function segmentPoints(ofTarget: readonly MetricSeries[], segment: string | null, definition: MetricDefinition | undefined): SeriesPoint[] | undefined {
  const matching = segment === null ? ofTarget : ofTarget.filter((s) => s.segment === segment);
  if (matching.length === 0) return undefined;
  const allUsers = segment === null ? matching.find((s) => s.segment === '') : undefined;
  if (allUsers) return allUsers.points;
  return combinePoints(
    matching.map((s) => s.points),
    definition,
  );
}

/** The selected point of `points`, its previous bucket's value and the sparkline; undefined when the period has no point. */
function selectPoint(points: readonly SeriesPoint[], period: string | null, grain: Grain | undefined): SelectedValue | undefined {
  const index = period === null ? points.length - 1 : points.findIndex((point) => point.period === period);
  if (index < 0) return undefined;
  const selected = points[index] as SeriesPoint;
  let previous: number | null = null;
  if (selected.period !== null) {
    if (grain) {
      const before = previousBucket(selected.period, grain);
      previous = points.find((point) => point.period === before)?.value ?? null;
    } else {
      const before = points[index - 1];
      previous = before && before.period !== null ? before.value : null;
    }
  }
  const change = previous === null || previous === 0 ? null : (selected.value - previous) / Math.abs(previous);
  const dated = selected.period === null ? [selected] : points.slice(0, index + 1).filter((point) => point.period !== null);
  const sparkline = dated.slice(-SPARKLINE_POINTS).map((point) => ({ period: point.period, value: point.value }));
  return { value: selected.value, previous, change, sparkline, point: selected };
}

/** The value of one metric for one target, period and segment, from series made by `aggregateValues`; undefined when there is none. */
export function selectValue(series: readonly MetricSeries[], query: ValueQuery, definitions: readonly MetricDefinition[]): SelectedValue | undefined {
  const tkey = targetKey(query.target);
  const ofTarget = series.filter((s) => s.metric === query.metric && seriesTargetKey(s) === tkey);
  const points = segmentPoints(
    ofTarget,
    query.segment,
    definitions.find((d) => d.key === query.metric),
  );
  return points ? selectPoint(points, query.period, query.grain) : undefined;
}

/** What an overall figure adds up: every target of one kind (all channels, all UTM sources, all stages). */
export interface OverallQuery extends Omit<ValueQuery, 'target'> {
  kind: MetricTarget['kind'];
}

/**
 * One metric over every target of a kind (all channels' CTR = Σ clicks /
 * Σ impressions of the channels), combined as parts of one whole by
 * combinePoints; undefined when no target of the kind has the metric.
 */
export function selectOverall(series: readonly MetricSeries[], query: OverallQuery, definitions: readonly MetricDefinition[]): (SelectedValue & { targets: number }) | undefined {
  const definition = definitions.find((d) => d.key === query.metric);
  const byTarget = new Map<string, MetricSeries[]>();
  for (const s of series) if (s.metric === query.metric && s.target.kind === query.kind) listAt(byTarget, seriesTargetKey(s)).push(s);
  const parts = [...byTarget.values()].map((ofTarget) => segmentPoints(ofTarget, query.segment, definition)).filter((points) => points !== undefined);
  if (parts.length === 0) return undefined;
  const selected = selectPoint(combinePoints(parts, definition), query.period, query.grain);
  return selected ? { ...selected, targets: parts.length } : undefined;
}

