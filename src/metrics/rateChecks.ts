import type { MetricDefinition, MetricTarget, MetricValue } from '../model/metrics';
import { targetKey } from './targets';

/**
 * Where a file gave a rate and the counts it is made of, the counts win (the
 * rate column is rounded); this finds the places where the two disagree by
 * more than the file's rounding, so the user can be told which rows.
 */

/** A stored rate that its stored counts contradict. */
export interface RateDisagreement<V extends MetricValue = MetricValue> {
  metric: string;
  target: MetricTarget;
  period: string | null;
  segment: string;
  /** The rate as the file gave it (a fraction). */
  stated: number;
  /** numerator / denominator from the file's counts: what the app uses. */
  computed: number;
  numerator: number;
  denominator: number;
  /** The difference allowed by the rate's rounding (a fraction). */
  tolerance: number;
  /** The stored values involved (the rate, the numerator, the denominator), for their rows. */
  values: V[];
}

/**
 * How far a rate may be from the true ratio because of how it was written: a
 * percentage with k decimals ("12.35%") is within half a unit of its last
 * decimal (0.005 percentage points). A rate with more than six decimals of a
 * percent was not typed or rounded by a person (several rows combined into it):
 * then 0.05 percentage points, the rounding of a one-decimal percentage.
 */
export function roundingTolerance(rate: number): number {
  const percent = Math.abs(rate * 100);
  for (let decimals = 0; decimals <= 6; decimals++) {
    const scaled = percent * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return (0.5 * 10 ** -decimals) / 100;
  }
  return 0.0005;
}

/**
 * Every stored rate that disagrees with its stored numerator / denominator at
 * the same target, period and segment by more than its rounding. `keyOf` names
 * a value's target (stored values carry their key; default: targetKey).
 */
export function rateDisagreements<V extends MetricValue>(
  values: readonly V[],
  definitions: readonly MetricDefinition[],
  keyOf: (value: V) => string = (value) => targetKey(value.target),
): RateDisagreement<V>[] {
  const ratios = definitions.filter((d) => d.aggregation === 'ratio' && d.numerator !== undefined && d.denominator !== undefined);
  if (ratios.length === 0) return [];
  const wanted = new Set(ratios.flatMap((d) => [d.key, d.numerator as string, d.denominator as string]));
  const places = new Map<string, Map<string, V>>();
  for (const value of values) {
    if (!wanted.has(value.metric)) continue;
    const key = `${keyOf(value)}\u001e${value.period ?? ''}\u001e${value.segment}`;
    let place = places.get(key);
    if (!place) {
      place = new Map();
      places.set(key, place);
    }
    place.set(value.metric, value);
  }
  const found: RateDisagreement<V>[] = [];
  for (const place of places.values()) {
    for (const definition of ratios) {
      const rate = place.get(definition.key);
      const numerator = place.get(definition.numerator as string);
      const denominator = place.get(definition.denominator as string);
      if (!rate || !numerator || !denominator || denominator.value === 0) continue;
      const computed = numerator.value / denominator.value;
      const tolerance = roundingTolerance(rate.value);
      // A little room for binary fractions: 0.1235 is not exactly 12.35 %.
      if (Math.abs(rate.value - computed) <= tolerance + 1e-12) continue;
      found.push({
        metric: definition.key,
        target: rate.target,
        period: rate.period,
        segment: rate.segment,
        stated: rate.value,
        computed,
        numerator: numerator.value,
        denominator: denominator.value,
        tolerance,
        values: [rate, numerator, denominator],
      });
    }
  }
  return found;
}
