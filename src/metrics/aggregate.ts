import type { Aggregation, Grain, MetricDefinition, MetricSeries, MetricTarget, MetricValue, SeriesPoint } from '../model/metrics';
import { inDateRange, periodEnd, rangeAnchor, valueBucket, type DateRange } from './periods';
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
export function combineValues(values: readonly number[], aggregation: Exclude<Aggregation, 'ratio' | 'distinct'>, weights?: readonly number[]): number {
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
  /** Ratios: summed counts, and rows that had only a rate (no counts to weigh it). */
  numerator: number;
  denominator: number;
  rateOnly: number;
  from: string | null;
  to: string | null;
  /** The first stored period seen, and whether values of more than one stored period fell in (a distinct count is then an upper bound). */
  firstPeriod: string | null | undefined;
  periods: 'one' | 'several';
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

const newBucket = (period: string | null): Bucket => ({
  period,
  count: 0,
  sum: 0,
  weighted: 0,
  weightTotal: 0,
  weightsComplete: true,
  lastPeriod: '',
  last: Number.NaN,
  numerator: 0,
  denominator: 0,
  rateOnly: 0,
  from: null,
  to: null,
  firstPeriod: undefined,
  periods: 'one',
});

/** The point a bucket makes, or undefined when it has no value (a ratio whose denominators sum to 0). */
function bucketPoint(bucket: Bucket, aggregation: Aggregation): SeriesPoint | undefined {
  const base = { period: bucket.period, count: bucket.count, from: bucket.from, to: bucket.to };
  switch (aggregation) {
    case 'sum':
      return { ...base, value: bucket.sum };
    case 'distinct':
      // People counted per period (weekly UV): over several periods someone may be counted more than once.
      return bucket.periods === 'several' ? { ...base, value: bucket.sum, approximate: true } : { ...base, value: bucket.sum };
    case 'average':
      return { ...base, value: bucket.sum / bucket.count };
    case 'weightedAverage':
      return bucket.weightsComplete && bucket.weightTotal > 0
        ? { ...base, value: bucket.weighted / bucket.weightTotal, weight: bucket.weightTotal }
        : { ...base, value: bucket.sum / bucket.count, approximate: true };
    case 'ratio':
      // Σ numerators / Σ denominators; rows with a rate but no counts make it a plain average of the rows' rates.
      if (bucket.rateOnly === 0) {
        return bucket.denominator > 0 ? { ...base, value: bucket.numerator / bucket.denominator, numerator: bucket.numerator, denominator: bucket.denominator } : undefined;
      }
      return { ...base, value: bucket.sum / bucket.count, approximate: true };
    case 'last':
      return { ...base, value: bucket.last };
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

/** One row a ratio is made of: its counts, or only a rate when the file gave no counts to weigh it. */
type RatioRow = { numerator: number; denominator: number; rate?: undefined } | { rate: number; numerator?: undefined; denominator?: undefined };

/**
 * The row of a ratio at one target, period and segment from the values stored
 * there: both counts when the file gave them (its rate column is then only
 * checked, see rateDisagreements); else the rate times the denominator, or
 * the numerator over the rate; else the rate alone.
 */
export function ratioRow(stored: ReadonlyMap<string, number>, definition: MetricDefinition): RatioRow | undefined {
  const { numerator, denominator } = definition;
  const n = numerator === undefined ? undefined : stored.get(numerator);
  const d = denominator === undefined ? undefined : stored.get(denominator);
  const r = stored.get(definition.key);
  if (n !== undefined && d !== undefined && Number.isFinite(n) && Number.isFinite(d)) return { numerator: n, denominator: d };
  if (r === undefined || !Number.isFinite(r)) return undefined;
  if (d !== undefined && Number.isFinite(d)) return { numerator: r * d, denominator: d };
  if (n !== undefined && Number.isFinite(n) && r > 0) return { numerator: n, denominator: n / r };
  return { rate: r };
}

/**
 * Series per target + metric + segment, one point per bucket of `grain`
 * (valueBucket: a value lands in the bucket of its first day, an ISO week in
 * the bucket of its Thursday). Points are oldest first; values without a
 * period make one point with period null, placed first.
 *
 * - sum: the values added up.
 * - distinct: people counted per period (unique visitors, paying users) added
 *   up, marked approximate when values of several stored periods fall in one
 *   bucket: someone in two weeks is counted twice, so it is an upper bound.
 * - ratio: Σ numerator / Σ denominator over the bucket's rows (ratioRow gives
 *   each row's counts), made wherever the counts or the rate were stored.
 * - weightedAverage: each value weighed by the `weightBy` metric's stored
 *   value at the same target, period and segment; if any value of a bucket has
 *   no weight, a plain average marked approximate.
 * - average: the plain average; last: the latest period's value.
 *
 * Metrics without a definition are summed. Series are sorted by target key,
 * metric and segment.
 *
 * With a custom `range`, `grain` is not used: the series have one point,
 * named by `range.from`, made of the values whose rangeAnchor day is inside
 * the range (a day's own day, an ISO week's Thursday, the first day of a
 * month, quarter or year); the others are left out. Values without a period
 * still make their null point, as they answer for any period on the map.
 */
export function aggregateValues(stored: readonly MetricValue[], grain: Grain, definitions: readonly MetricDefinition[], range?: DateRange): MetricSeries[] {
  const values = range ? stored.filter((value) => value.period === null || inDateRange(rangeAnchor(value.period, value.grain), range)) : stored;
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
  const ratios = definitions.filter((definition) => definition.aggregation === 'ratio');
  const ratioKeys = new Set(ratios.map((definition) => definition.key));
  const ratioInputs = new Set(ratios.flatMap((definition) => [definition.key, definition.numerator ?? '', definition.denominator ?? '']).filter(Boolean));

  // Weights: stored values of the metrics some definition weighs by, as target → metric → segment → period → value.
  const weightMetrics = new Set<string>();
  for (const definition of definitions) if (definition.aggregation === 'weightedAverage' && definition.weightBy) weightMetrics.add(definition.weightBy);
  const weightIndex = new Map<string, Map<string, Map<string, Map<string, number>>>>();
  // Ratio inputs at each target, segment and period: target → segment → period → { metric → value }.
  const ratioIndex = new Map<string, Map<string, Map<string, { sample: MetricValue; stored: Map<string, number> }>>>();
  if (weightMetrics.size > 0 || ratioInputs.size > 0) {
    for (const value of values) {
      if (weightMetrics.has(value.metric)) {
        const byMetric = child(weightIndex, keyOf(value.target), () => new Map<string, Map<string, Map<string, number>>>());
        const bySegment = child(byMetric, value.metric, () => new Map<string, Map<string, number>>());
        child(bySegment, value.segment, () => new Map<string, number>()).set(value.period ?? '', value.value);
      }
      if (ratioInputs.has(value.metric)) {
        const bySegment = child(ratioIndex, keyOf(value.target), () => new Map<string, Map<string, { sample: MetricValue; stored: Map<string, number> }>>());
        const byPeriod = child(bySegment, value.segment, () => new Map<string, { sample: MetricValue; stored: Map<string, number> }>());
        child(byPeriod, value.period ?? '', () => ({ sample: value, stored: new Map<string, number>() })).stored.set(value.metric, value.value);
      }
    }
  }

  const bucketOf = new Map<string, string>();
  const series = new Map<string, Map<string, Map<string, SeriesState>>>();
  const states: SeriesState[] = [];
  const stateOf = (target: MetricTarget, tkey: string, metric: string, segment: string): SeriesState => {
    const bySegment = child(
      child(series, tkey, () => new Map<string, Map<string, SeriesState>>()),
      metric,
      () => new Map<string, SeriesState>(),
    );
    let state = bySegment.get(segment);
    if (!state) {
      const definition = byKey.get(metric);
      const weightBy = definition?.aggregation === 'weightedAverage' ? definition.weightBy : undefined;
      state = {
        target,
        tkey,
        metric,
        segment,
        definition,
        weights: weightBy === undefined ? undefined : (weightIndex.get(tkey)?.get(weightBy)?.get(segment) ?? new Map()),
        buckets: new Map(),
      };
      bySegment.set(segment, state);
      states.push(state);
    }
    return state;
  };
  const bucketIn = (state: SeriesState, value: Pick<MetricValue, 'period' | 'grain'>): Bucket => {
    let period: string | null = null;
    if (value.period !== null) {
      const memo = `${value.period}|${value.grain ?? ''}`;
      period = bucketOf.get(memo) ?? null;
      if (period === null) {
        period = range ? range.from : valueBucket(value.period, value.grain, grain);
        bucketOf.set(memo, period);
      }
    }
    let bucket = state.buckets.get(period);
    if (!bucket) {
      bucket = newBucket(period);
      state.buckets.set(period, bucket);
    }
    if (value.period !== null) {
      const end = periodEnd(value.period, value.grain);
      if (bucket.from === null || value.period < bucket.from) bucket.from = value.period;
      if (bucket.to === null || end > bucket.to) bucket.to = end;
    }
    return bucket;
  };

  for (const value of values) {
    if (ratioKeys.has(value.metric)) continue; // made from the ratio index below
    const tkey = keyOf(value.target);
    const state = stateOf(value.target, tkey, value.metric, value.segment);
    const bucket = bucketIn(state, value);
    bucket.count += 1;
    bucket.sum += value.value;
    if (bucket.firstPeriod === undefined) bucket.firstPeriod = value.period;
    else if (bucket.firstPeriod !== value.period) bucket.periods = 'several';
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

  for (const [tkey, bySegment] of ratioIndex) {
    for (const [segment, byPeriod] of bySegment) {
      for (const { sample, stored } of byPeriod.values()) {
        for (const definition of ratios) {
          const row = ratioRow(stored, definition);
          if (!row) continue;
          const bucket = bucketIn(stateOf(sample.target, tkey, definition.key, segment), sample);
          bucket.count += 1;
          if (row.rate === undefined) {
            bucket.numerator += row.numerator;
            bucket.denominator += row.denominator;
            if (row.denominator > 0) bucket.sum += row.numerator / row.denominator;
          } else {
            bucket.rateOnly += 1;
            bucket.sum += row.rate;
          }
        }
      }
    }
  }

  states.sort((a, b) => compare(a.tkey, b.tkey) || compare(a.metric, b.metric) || compare(a.segment, b.segment));
  return states.flatMap((state) => {
    const aggregation = state.definition?.aggregation ?? 'sum';
    const points: SeriesPoint[] = [...state.buckets.values()]
      .sort((a, b) => (a.period === b.period ? 0 : a.period === null ? -1 : b.period === null ? 1 : a.period < b.period ? -1 : 1))
      .flatMap((bucket) => bucketPoint(bucket, aggregation) ?? []);
    return points.length === 0 ? [] : [{ target: state.target, metric: state.metric, segment: state.segment, points }];
  });
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
