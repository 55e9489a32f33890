import type { Aggregation, Grain, MetricDefinition, MetricSeries, MetricTarget, MetricValue, SeriesPoint } from '../model/metrics';
import { previousBucket, periodBucket } from './periods';
import { targetKey } from './targets';

/**
 * Bucketing stored metric values into series (one pass with Maps: it runs in
 * main over up to ~10^6 values), and picking the number a badge shows.
 */

/**
 * Combines values by an aggregation. 'last' is the last value (callers pass
 * values oldest first). A weighted average uses `weights` when every weight
 * is finite and non-negative and they do not sum to 0; otherwise it is the
 * plain average. Empty input: 0 for a sum, NaN otherwise (no average of nothing).
 */
export function combineValues(values: readonly number[], aggregation: Aggregation, weights?: readonly number[]): number {
  const n = values.length;
  if (n === 0) return aggregation === 'sum' ? 0 : Number.NaN;
  switch (aggregation) {
    case 'sum':
      return values.reduce((total, value) => total + value, 0);
    case 'last':
      return values[n - 1] as number;
    case 'weightedAverage':
      if (weights && weights.length === n && weights.every((w) => Number.isFinite(w) && w >= 0)) {
        let weighted = 0;
        let total = 0;
        for (let i = 0; i < n; i++) {
          const w = weights[i] as number;
          weighted += (values[i] as number) * w;
          total += w;
        }
        if (total > 0) return weighted / total;
      }
      return values.reduce((total, value) => total + value, 0) / n;
    case 'average':
      return values.reduce((total, value) => total + value, 0) / n;
  }
}

/** Running state of one bucket: enough for every aggregation without keeping the values. */
interface Bucket {
  period: string | null;
  count: number;
  sum: number;
  weighted: number;
  weightTotal: number;
  weightsComplete: boolean;
  lastPeriod: string;
  last: number;
}

interface SeriesState {
  target: MetricTarget;
  tkey: string;
  metric: string;
  segment: string;
  definition: MetricDefinition | undefined;
  /** The weightBy metric's stored values of this target and segment, by period; undefined when not weighted. */
  weights: Map<string, number> | undefined;
  buckets: Map<string | null, Bucket>;
}

function bucketValue(bucket: Bucket, aggregation: Aggregation): number {
  switch (aggregation) {
    case 'sum':
      return bucket.sum;
    case 'average':
      return bucket.sum / bucket.count;
    case 'weightedAverage':
      return bucket.weightsComplete && bucket.weightTotal > 0 ? bucket.weighted / bucket.weightTotal : bucket.sum / bucket.count;
    case 'last':
      return bucket.last;
  }
}

/** The map under `key`, created empty when missing. Nested Maps avoid building a string key per value. */
function child<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/**
 * Series per target + metric + segment, one point per bucket of `grain`
 * holding the value's period start (a monthly value read at week grain lands
 * in the week of its first day). Points are oldest first; values without a
 * period make one point with period null, placed first. A weighted average
 * weighs each value by the `weightBy` metric's stored value at the same
 * target, period and segment; if any value of a bucket has no weight, the
 * bucket is a plain average. 'last' takes the value of the latest period.
 * Metrics without a definition are summed. Series are sorted by target key,
 * metric and segment.
 */
export function aggregateValues(values: readonly MetricValue[], grain: Grain, definitions: readonly MetricDefinition[]): MetricSeries[] {
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  const targetKeys = new WeakMap<MetricTarget, string>();
  const keyOf = (target: MetricTarget) => {
    let key = targetKeys.get(target);
    if (key === undefined) {
      key = targetKey(target);
      targetKeys.set(target, key);
    }
    return key;
  };

  // Weights: stored values of the metrics some definition weighs by, as target → metric → segment → period → value.
  const weightMetrics = new Set<string>();
  for (const definition of definitions) if (definition.aggregation === 'weightedAverage' && definition.weightBy) weightMetrics.add(definition.weightBy);
  const weightIndex = new Map<string, Map<string, Map<string, Map<string, number>>>>();
  if (weightMetrics.size > 0) {
    for (const value of values) {
      if (!weightMetrics.has(value.metric)) continue;
      const byMetric = child(weightIndex, keyOf(value.target), () => new Map<string, Map<string, Map<string, number>>>());
      const bySegment = child(byMetric, value.metric, () => new Map<string, Map<string, number>>());
      child(bySegment, value.segment, () => new Map<string, number>()).set(value.period ?? '', value.value);
    }
  }

  const bucketOf = new Map<string, string>();
  const series = new Map<string, Map<string, Map<string, SeriesState>>>();
  const states: SeriesState[] = [];
  for (const value of values) {
    const tkey = keyOf(value.target);
    const bySegment = child(
      child(series, tkey, () => new Map<string, Map<string, SeriesState>>()),
      value.metric,
      () => new Map<string, SeriesState>(),
    );
    let state = bySegment.get(value.segment);
    if (!state) {
      const definition = byKey.get(value.metric);
      const weightBy = definition?.aggregation === 'weightedAverage' ? definition.weightBy : undefined;
      state = {
        target: value.target,
        tkey,
        metric: value.metric,
        segment: value.segment,
        definition,
        weights: weightBy === undefined ? undefined : (weightIndex.get(tkey)?.get(weightBy)?.get(value.segment) ?? new Map()),
        buckets: new Map(),
      };
      bySegment.set(value.segment, state);
      states.push(state);
    }
    let period: string | null = null;
    if (value.period !== null) {
      period = bucketOf.get(value.period) ?? null;
      if (period === null) {
        period = periodBucket(value.period, grain);
        bucketOf.set(value.period, period);
      }
    }
    let bucket = state.buckets.get(period);
    if (!bucket) {
      bucket = { period, count: 0, sum: 0, weighted: 0, weightTotal: 0, weightsComplete: true, lastPeriod: '', last: Number.NaN };
      state.buckets.set(period, bucket);
    }
    bucket.count += 1;
    bucket.sum += value.value;
    const periodKey = value.period ?? '';
    if (periodKey >= bucket.lastPeriod) {
      bucket.lastPeriod = periodKey;
      bucket.last = value.value;
    }
    if (state.weights && bucket.weightsComplete) {
      const weight = state.weights.get(periodKey);
      if (weight === undefined || !Number.isFinite(weight) || weight < 0) bucket.weightsComplete = false;
      else {
        bucket.weighted += value.value * weight;
        bucket.weightTotal += weight;
      }
    }
  }

  states.sort((a, b) => compare(a.tkey, b.tkey) || compare(a.metric, b.metric) || compare(a.segment, b.segment));
  return states.map((state) => {
    const aggregation = state.definition?.aggregation ?? 'sum';
    const points: SeriesPoint[] = [...state.buckets.values()]
      .sort((a, b) => (a.period === b.period ? 0 : a.period === null ? -1 : b.period === null ? 1 : a.period < b.period ? -1 : 1))
      .map((bucket) => ({ period: bucket.period, value: bucketValue(bucket, aggregation), count: bucket.count }));
    return { target: state.target, metric: state.metric, segment: state.segment, points };
  });
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The number a badge shows, with the previous period's and a short trend. */
export interface SelectedValue {
  value: number;
  /** The previous bucket's value, or null when it has none. */
  previous: number | null;
  /** Relative change (value − previous) / |previous|; null without a previous value or when it is 0. */
  change: number | null;
  /** Up to the last 12 points up to the selected one, oldest first. */
  sparkline: { period: string | null; value: number }[];
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

/** Points of the segments' series combined per bucket by the metric's aggregation (weighted averages by the weightBy series of the same segment). */
function combineSegments(all: readonly MetricSeries[], matching: readonly MetricSeries[], definition: MetricDefinition | undefined, tkey: string): SeriesPoint[] {
  const aggregation = definition?.aggregation ?? 'sum';
  const weightSeries = new Map<string, Map<string | null, number>>();
  if (aggregation === 'weightedAverage' && definition?.weightBy) {
    for (const s of all) {
      if (s.metric === definition.weightBy && seriesTargetKey(s) === tkey) weightSeries.set(s.segment, new Map(s.points.map((p) => [p.period, p.value])));
    }
  }
  const perBucket = new Map<string | null, { values: number[]; weights: number[]; count: number }>();
  for (const s of matching) {
    for (const point of s.points) {
      let entry = perBucket.get(point.period);
      if (!entry) {
        entry = { values: [], weights: [], count: 0 };
        perBucket.set(point.period, entry);
      }
      entry.values.push(point.value);
      entry.weights.push(weightSeries.get(s.segment)?.get(point.period) ?? Number.NaN);
      entry.count += point.count;
    }
  }
  // 'last' across segments: segments are simultaneous, so stock-like units (counts, money) add up and others average.
  const acrossSegments: Aggregation =
    aggregation === 'last' ? (definition?.unit === 'count' || definition?.unit === 'currency' ? 'sum' : 'average') : aggregation;
  return [...perBucket.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : compare(a, b)))
    .map(([period, entry]) => ({ period, value: combineValues(entry.values, acrossSegments, entry.weights), count: entry.count }));
}

/** The value of one metric for one target, period and segment, from series made by `aggregateValues`; undefined when there is none. */
export function selectValue(series: readonly MetricSeries[], query: ValueQuery, definitions: readonly MetricDefinition[]): SelectedValue | undefined {
  const tkey = targetKey(query.target);
  const matching = series.filter((s) => s.metric === query.metric && seriesTargetKey(s) === tkey && (query.segment === null || s.segment === query.segment));
  if (matching.length === 0) return undefined;
  let points: readonly SeriesPoint[];
  const allUsers = query.segment === null ? matching.find((s) => s.segment === '') : undefined;
  if (matching.length === 1) points = (matching[0] as MetricSeries).points;
  else if (allUsers) points = allUsers.points;
  else points = combineSegments(series, matching, definitions.find((d) => d.key === query.metric), tkey);

  const index = query.period === null ? points.length - 1 : points.findIndex((point) => point.period === query.period);
  if (index < 0) return undefined;
  const selected = points[index] as SeriesPoint;

  let previous: number | null = null;
  if (selected.period !== null) {
    if (query.grain) {
      const before = previousBucket(selected.period, query.grain);
      previous = points.find((point) => point.period === before)?.value ?? null;
    } else {
      const before = points[index - 1];
      previous = before && before.period !== null ? before.value : null;
    }
  }
  const change = previous === null || previous === 0 ? null : (selected.value - previous) / Math.abs(previous);
  const dated = selected.period === null ? [selected] : points.slice(0, index + 1).filter((point) => point.period !== null);
  const sparkline = dated.slice(-SPARKLINE_POINTS).map((point) => ({ period: point.period, value: point.value }));
  return { value: selected.value, previous, change, sparkline };
}
