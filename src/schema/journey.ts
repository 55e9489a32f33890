import { z } from 'zod';
import { CardAnnotationFields, CommentSchema, SavedViewSchema, StageAnnotationFields, VoteSessionSchema } from './annotations';
import { ExpectationSchema, GapAcceptanceSchema } from './gaps';
import { MetricKeySchema } from './metrics';
import { ColorSchema, IdSchema, NameSchema } from './primitives';

export { ColorSchema, IdSchema, NameSchema } from './primitives';

/**
 * Zod schemas for the persisted journey-map shapes. Objects are "loose": fields
 * this version does not know are kept, so a file written by a newer app keeps
 * its data when an older app edits it (forward compatibility).
 */

/** Every lane type, customer view first, then the internal view; each has its own look and editor. */
export const LANE_TYPES = [
  'actions',
  'touchpoints',
  'channels',
  'thoughts',
  'emotions',
  'painPoints',
  'opportunities',
  'metrics',
  'notes',
  'images',
  'frontstage',
  'backstage',
  'support',
] as const;
export const LaneTypeSchema = z.enum(LANE_TYPES);

/** Lanes of the internal view (what the company does); every other type is the customer view. */
export const INTERNAL_LANE_TYPES = ['frontstage', 'backstage', 'support'] as const satisfies readonly (typeof LANE_TYPES)[number][];

/** What a connection means; it decides how it is drawn. Absent means 'flow'. */
export const CONNECTION_KINDS = ['flow', 'loopBack', 'supports', 'handoff'] as const;
export const ConnectionKindSchema = z.enum(CONNECTION_KINDS);

/** Review state of a map on the project's portfolio. Absent means 'draft'. */
export const MAP_STATUSES = ['draft', 'inReview', 'approved'] as const;
export const MapStatusSchema = z.enum(MAP_STATUSES);

/** Emotion scale of the emotion curve: -2 (very negative) to +2 (very positive). */
export const EmotionValueSchema = z.number().int().min(-2).max(2);
/** The current experience ('asIs') or the designed future one ('toBe'). */
export const EMOTION_VARIANTS = ['asIs', 'toBe'] as const;
export const EmotionVariantSchema = z.enum(EMOTION_VARIANTS);

/** Smallest and largest lane height a user can set by resizing, in canvas pixels. */
export const LANE_HEIGHT_MIN = 60;
export const LANE_HEIGHT_MAX = 2000;

export const StageSchema = z.looseObject({
  id: IdSchema,
  name: NameSchema,
  color: ColorSchema.optional(),
  /** The phase this stage belongs to; the stages of one phase are consecutive. */
  phaseId: IdSchema.optional(),
  ...StageAnnotationFields,
});

/** A header grouping consecutive stages (e.g. attract / engage / close). */
export const PhaseSchema = z.looseObject({
  id: IdSchema,
  name: NameSchema,
  color: ColorSchema.optional(),
});

export const LaneSchema = z.looseObject({
  id: IdSchema,
  name: NameSchema,
  type: LaneTypeSchema,
  /** Minimum band height set by the user; the band still grows with its content. */
  height: z.number().int().min(LANE_HEIGHT_MIN).max(LANE_HEIGHT_MAX).optional(),
});

export const CardSchema = z.looseObject({
  id: IdSchema,
  laneId: IdSchema,
  stageId: IdSchema,
  /** Position inside its stage x lane cell, 0-based, dense. */
  order: z.number().int().min(0),
  title: z.string().max(1000),
  body: z.string().max(20000).optional(),
  color: ColorSchema.optional(),
  /** Number of consecutive stages the card covers, starting at its own stage (absent = 1). */
  span: z.number().int().min(1).max(100).optional(),
  /** Channel from the project's catalog (touchpoint and channel cards). */
  channelId: IdSchema.optional(),
  /** A web address the touchpoint lives at. */
  url: z.string().max(2000).optional(),
  personaIds: z.array(IdSchema).max(200).optional(),
  segmentIds: z.array(IdSchema).max(200).optional(),
  /** Another map of the project this card opens (a sub-journey). */
  linkedMapId: IdSchema.optional(),
  /** An image stored in the project file (image lanes, persona avatars). */
  imageId: IdSchema.optional(),
  /** The metric a metrics-lane card shows for its stage (a key of the project's metric definitions). */
  metricKey: MetricKeySchema.optional(),
  /** Set on a customer-view card stating what the customer expects at its stage, paired with the internal step meant to deliver it. */
  expectation: ExpectationSchema.optional(),
  ...CardAnnotationFields,
});

export const ConnectionSchema = z.looseObject({
  id: IdSchema,
  source: IdSchema,
  target: IdSchema,
  label: z.string().max(200).optional(),
  kind: ConnectionKindSchema.optional(),
});

/** One point of an emotion curve: a lane, a stage, a persona (null: no persona), as-is or to-be. */
export const EmotionPointSchema = z.looseObject({
  id: IdSchema,
  laneId: IdSchema,
  stageId: IdSchema,
  personaId: IdSchema.nullable(),
  variant: EmotionVariantSchema,
  value: EmotionValueSchema,
  label: z.string().max(120).optional(),
});

export const JourneyMapSchema = z.looseObject({
  id: IdSchema,
  name: NameSchema,
  stages: z.array(StageSchema),
  lanes: z.array(LaneSchema),
  cards: z.record(IdSchema, CardSchema),
  connections: z.record(IdSchema, ConnectionSchema),
  /** Ordered phase headers (absent in files of issue 2: no phases). */
  phases: z.array(PhaseSchema).optional(),
  /** Emotion-curve points keyed by id (absent: none). */
  emotions: z.record(IdSchema, EmotionPointSchema).optional(),
  /** Personas the map is drawn for (ids from the project catalog). */
  personaIds: z.array(IdSchema).max(200).optional(),
  owner: z.string().max(200).optional(),
  status: MapStatusSchema.optional(),
  description: z.string().max(5000).optional(),
  /** Comment threads on the map's cards, stages, lanes and the map itself, keyed by id. */
  comments: z.record(IdSchema, CommentSchema).optional(),
  /** Dot-voting sessions, keyed by id. */
  votes: z.record(IdSchema, VoteSessionSchema).optional(),
  /** Saved views (named filters), keyed by id. */
  views: z.record(IdSchema, SavedViewSchema).optional(),
  /** Gaps accepted with a reason (they stop showing), keyed by id. */
  gapAcceptances: z.record(IdSchema, GapAcceptanceSchema).optional(),
});
