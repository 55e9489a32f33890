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
export const AGGREGATIONS = ['sum', 'distinct', 'average', 'weightedAverage', 'ratio', 'last'] as const;
export const AggregationSchema = z.enum(AGGREGATIONS);

export const DIRECTIONS = ['higherIsBetter', 'lowerIsBetter'] as const;
export const DirectionSchema = z.enum(DIRECTIONS);

const threshold = (field: string) =>
  z.number({ error: `a goal's ${field} must be a number` }).refine(Number.isFinite, { message: `a goal's ${field} must be a finite number` });

/**
 * What a scoped goal is for: the whole map's figure, one stage's, one
 * channel's, one card's (what its badge shows), or one segment's ("new",
 * "Mobile": the label the values are stored under).
 */
export const GoalScopeSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('map') }).strict(),
    z.object({ kind: z.literal('stage'), id: IdSchema }).strict(),
    z.object({ kind: z.literal('channel'), id: IdSchema }).strict(),
    z.object({ kind: z.literal('card'), id: IdSchema }).strict(),
    z.object({ kind: z.literal('segment'), segment: z.string().trim().min(1, "a segment goal's segment must not be empty").max(200) }).strict(),
  ],
  { error: "a goal's scope must be map, stage, channel, card or segment" },
);

/** One scoped goal: a target and/or amber and red lines for the figure of one scope (same units and meaning as a definition's own). */
export const MetricGoalSchema = z
  .object({
    scope: GoalScopeSchema,
    target: threshold('target').optional(),
    amber: threshold('amber line').optional(),
    red: threshold('red line').optional(),
  })
  .strict()
  .refine((goal) => goal.target !== undefined || goal.amber !== undefined || goal.red !== undefined, {
    message: 'a goal needs a target, an amber line or a red line',
    path: ['target'],
  });

/** The canonical key of a goal scope: one goal per key. */
export const goalScopeKey = (scope: z.infer<typeof GoalScopeSchema>): string =>
  scope.kind === 'map' ? 'map' : scope.kind === 'segment' ? `segment:${scope.segment.trim()}` : `${scope.kind}:${scope.id}`;

/**
 * A metric definition. Thresholds are in the metric's unit (percent as a
 * fraction: 0.05 is 5 %). Higher is better: below `amber` is amber, below
 * `red` is red; lower is better: above them. Where the definition's own
 * target and lines apply, and how `goals` override them, is the goal rule
 * of src/metrics/goals.ts: a count's own lines are for the whole-map figure,
 * a rate's or average's for every figure.
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
    /** Goals for one scope each (absent in files written before goals had a scope). */
    goals: z.array(MetricGoalSchema).max(500, 'a metric has at most 500 goals').optional(),
  })
  .strict()
  .superRefine((definition, context) => {
    const first = new Map<string, number>();
    definition.goals?.forEach((goal, index) => {
      const key = goalScopeKey(goal.scope);
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, index);
      else context.addIssue({ code: 'custom', path: ['goals', index, 'scope'], message: `goals[${index}] is for the same scope as goals[${earlier}]: one goal per scope` });
    });
  });

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
