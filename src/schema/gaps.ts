import { z } from 'zod';
import { TimestampSchema } from './annotations';
import { IdSchema, NameSchema } from './primitives';

/**
 * Gap analysis: the rules that compare the customer's view with the internal
 * process lanes, their per-project settings, accepted gaps, customer
 * expectations, and named snapshots of a map.
 */

/** Every gap rule, in the order the settings list them. */
export const GAP_RULES = [
  'unsupportedTouchpoint',
  'orphanProcess',
  'handoffHotSpot',
  'unownedPainPoint',
  'painWithoutOpportunity',
  'unexplainedEmotionalLow',
  'metricOffTarget',
  'funnelDropOff',
  'slowestTransition',
  'expectationGap',
] as const;
export const GapRuleSchema = z.enum(GAP_RULES);

/** Most severe first. */
export const GAP_SEVERITIES = ['high', 'medium', 'low'] as const;
export const GapSeveritySchema = z.enum(GAP_SEVERITIES);

/**
 * A project's gap settings: which rules run and their thresholds. Every field
 * is optional; absent means the default (DEFAULT_GAP_SETTINGS).
 */
export const GapSettingsSchema = z.looseObject({
  /** Rules switched off (every other rule runs). */
  disabledRules: z.array(GapRuleSchema).max(GAP_RULES.length).optional(),
  /** A stage is a handoff hot spot when work crosses owners or lanes more than this many times in it. */
  handoffThreshold: z.number().int().min(0).max(1000).optional(),
  /** The emotion curve counts as a low at or below this value (-2..0). */
  emotionLowThreshold: z.number().int().min(-2).max(0).optional(),
  /** The biggest funnel drop-off is a gap only when at least this share of the step leaves (0..1). */
  funnelDropOffMin: z.number().min(0).max(1).optional(),
  /** The slowest transition is a gap only when it takes at least this many days on average. */
  slowTransitionDays: z.number().min(0).max(10000).optional(),
});

export const DEFAULT_GAP_SETTINGS = {
  disabledRules: [] as (typeof GAP_RULES)[number][],
  handoffThreshold: 2,
  emotionLowThreshold: -1,
  funnelDropOffMin: 0.3,
  slowTransitionDays: 0,
};

/** A gap the team has accepted (with a reason) so it stops showing; kept per map, undoable. */
export const GapAcceptanceSchema = z.looseObject({
  id: IdSchema,
  /** The accepted gap's stable key (Gap.key). */
  gapKey: z.string().min(1).max(500),
  rule: GapRuleSchema,
  reason: z.string().trim().min(1).max(2000),
  /** Author name from the settings ('' when none was set). */
  acceptedBy: z.string().max(200),
  acceptedAt: TimestampSchema,
});

/** Whether the internal step delivers what the customer expects. Absent: 'unknown'. */
export const EXPECTATION_STATUSES = ['unknown', 'met', 'partlyMet', 'notMet'] as const;
export const ExpectationStatusSchema = z.enum(EXPECTATION_STATUSES);

/**
 * Set on a customer-view card that states what the customer expects at its
 * stage. `deliveredBy` is the internal-lane card meant to deliver it.
 */
export const ExpectationSchema = z.looseObject({
  deliveredBy: IdSchema.optional(),
  status: ExpectationStatusSchema.optional(),
});

/** A snapshot as listed (its content is fetched with snapshot.get). */
export const SnapshotSummarySchema = z.object({
  id: IdSchema,
  mapId: IdSchema,
  name: NameSchema,
  createdAt: TimestampSchema,
  cards: z.number().int().min(0),
});
