import { z } from 'zod';
import { IdSchema } from './primitives';

/**
 * Metrics attached to a map from spreadsheets: what a metric is (its
 * definition), what a value is about (its target), and when and for whom
 * (period, segment). Values live in the project file, next to the map.
 */

/** A metric's key: built-in keys are camelCase English ("impressions", "ctr"); user metrics get "custom_…". */
export const MetricKeySchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'A metric key is a letter followed by up to 63 letters, digits or underscores');

export const METRIC_UNITS = ['count', 'percent', 'currency', 'seconds', 'days', 'ratio'] as const;
export const MetricUnitSchema = z.enum(METRIC_UNITS);

/**
 * How values of one metric combine across periods, segments, targets or rows
 * of one key. 'ratio': numerator / denominator metrics, always the ratio of
 * the summed counts (CTR = Σ clicks / Σ impressions), never an average of rates.
 */
export const AGGREGATIONS = ['sum', 'average', 'weightedAverage', 'ratio', 'last'] as const;
export const AggregationSchema = z.enum(AGGREGATIONS);

export const DIRECTIONS = ['higherIsBetter', 'lowerIsBetter'] as const;
export const DirectionSchema = z.enum(DIRECTIONS);

/**
 * A metric definition. Thresholds are in the metric's unit (percent as a
 * fraction: 0.05 is 5 %). Higher is better: below `amber` is amber, below
 * `red` is red; lower is better: above them.
 */
export const MetricDefinitionSchema = z
  .object({
    key: MetricKeySchema,
    name: z.string().trim().min(1).max(120),
    /** Chinese name shown in the zh-CN UI; absent: `name`. */
    nameZh: z.string().trim().min(1).max(120).optional(),
    unit: MetricUnitSchema,
    /** ISO 4217 code for currency metrics (CNY, USD, ...). */
    currency: z.string().regex(/^[A-Z]{3}$/).optional(),
    aggregation: AggregationSchema,
    /** For a weighted average: the metric whose values weigh it (bounce rate by visits). */
    weightBy: MetricKeySchema.optional(),
    /** For a ratio: the count metrics divided (CTR: clicks / impressions). */
    numerator: MetricKeySchema.optional(),
    denominator: MetricKeySchema.optional(),
    direction: DirectionSchema,
    target: z.number().finite().optional(),
    amber: z.number().finite().optional(),
    red: z.number().finite().optional(),
  })
  .strict();

/** Time buckets of the period selector and of aggregation. */
export const GRAINS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export const GrainSchema = z.enum(GRAINS);

/**
 * What a metric value is about. `utm` values show on every touchpoint or
 * channel card whose URL carries the same utm fields (absent fields match any).
 * `map` is the whole map (a file with no target column).
 */
export const MetricTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('map') }).strict(),
  z.object({ kind: z.literal('stage'), id: IdSchema }).strict(),
  z.object({ kind: z.literal('card'), id: IdSchema }).strict(),
  z.object({ kind: z.literal('channel'), id: IdSchema }).strict(),
  z
    .object({
      kind: z.literal('utm'),
      source: z.string().max(200).optional(),
      medium: z.string().max(200).optional(),
      campaign: z.string().max(200).optional(),
    })
    .strict(),
]);

/** "YYYY-MM-DD": the first day of a period. */
export const PeriodStartSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
