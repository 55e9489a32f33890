import { z } from 'zod';
import { IdSchema, NameSchema } from './primitives';

/**
 * What product managers and workshops add on top of the journey: pain-point
 * and opportunity details (carried by the cards of pain-point and opportunity
 * lanes), moments, threaded comments, dot-voting sessions and saved views.
 * Loose objects like every persisted shape, so newer fields survive.
 */

/** A UTC timestamp in ISO 8601 form ("2026-11-23T14:05:00.000Z"). */
export const TimestampSchema = z.iso.datetime();

const ShortText = z.string().trim().max(200);
const IdList = z.array(IdSchema).max(200);

/** 1 (minor annoyance) .. 5 (blocks the customer). */
export const SEVERITIES = [1, 2, 3, 4, 5] as const;
export const SeveritySchema = z.number().int().min(1).max(5);
/** How often customers meet the pain point. */
export const FREQUENCIES = ['rare', 'sometimes', 'often', 'always'] as const;
export const FrequencySchema = z.enum(FREQUENCIES);
/** T-shirt sizes of the effort to fix; a number 1..5 is the other accepted scale. */
export const EFFORT_SIZES = ['S', 'M', 'L', 'XL'] as const;
export const EffortSchema = z.union([z.enum(EFFORT_SIZES), z.number().int().min(1).max(5)]);
export const PAIN_STATUSES = ['open', 'inProgress', 'solved', 'wontFix'] as const;
export const PainStatusSchema = z.enum(PAIN_STATUSES);
/** How sure we are: seen in research, believed by the team, or a hypothesis to test. */
export const EVIDENCE_LEVELS = ['observed', 'assumed', 'proposed'] as const;
export const EvidenceLevelSchema = z.enum(EVIDENCE_LEVELS);
/** Suggestions for the evidence source note; the note itself is free text. */
export const EVIDENCE_SOURCE_SUGGESTIONS = ['interview', 'survey', 'analytics', 'supportTickets', 'usabilityTest', 'observation', 'workshop', 'reviews'] as const;

/**
 * Details of a pain point. A pain point is a card in a pain-points lane: its
 * title and body are the card's, its stage(s) are the card's stage and span,
 * its personas and segments the card's. Absent fields are "not rated yet";
 * an absent status means 'open'.
 */
export const PainDetailsSchema = z.looseObject({
  severity: SeveritySchema.optional(),
  frequency: FrequencySchema.optional(),
  /** Share of customers affected, in percent (0..100). */
  reach: z.number().min(0).max(100).optional(),
  /** Business impact in words. */
  impact: z.string().max(2000).optional(),
  /** Name of the metric the impact shows in (e.g. "conversion rate"). */
  impactMetric: ShortText.optional(),
  effort: EffortSchema.optional(),
  owner: ShortText.optional(),
  status: PainStatusSchema.optional(),
  evidence: EvidenceLevelSchema.optional(),
  /** Where the evidence comes from (interview, survey, analytics, ...). */
  evidenceSource: z.string().max(500).optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(50).optional(),
  /** The card (usually a touchpoint) the pain point is about. */
  aboutCardId: IdSchema.optional(),
  createdAt: TimestampSchema.optional(),
  updatedAt: TimestampSchema.optional(),
});

/** An opportunity addresses pain points; an idea is a rougher opportunity; a solution realises opportunities. */
export const OPPORTUNITY_KINDS = ['opportunity', 'idea', 'solution'] as const;
export const OpportunityKindSchema = z.enum(OPPORTUNITY_KINDS);
export const OPPORTUNITY_STATUSES = ['proposed', 'planned', 'inProgress', 'done', 'rejected'] as const;
export const OpportunityStatusSchema = z.enum(OPPORTUNITY_STATUSES);

/**
 * Details of an opportunity, idea or solution: a card in an opportunities lane.
 * `addresses` holds the ids of the pain-point cards it addresses (opportunity,
 * idea) or of the opportunity cards it realises (solution), giving the chain
 * pain point -> opportunity -> solution. Absent kind: 'opportunity'; absent
 * status: 'proposed'.
 */
export const OpportunityDetailsSchema = z.looseObject({
  kind: OpportunityKindSchema.optional(),
  addresses: IdList.optional(),
  owner: ShortText.optional(),
  status: OpportunityStatusSchema.optional(),
  createdAt: TimestampSchema.optional(),
  updatedAt: TimestampSchema.optional(),
});

/** Moment of truth, aha moment, wow moment: marks on cards and stages. */
export const MOMENTS = ['truth', 'aha', 'wow'] as const;
export const MomentSchema = z.enum(MOMENTS);

/** Optional fields every card may carry (spread into CardSchema). */
export const CardAnnotationFields = {
  /** Set on cards of pain-points lanes. */
  pain: PainDetailsSchema.optional(),
  /** Set on cards of opportunities lanes. */
  opportunity: OpportunityDetailsSchema.optional(),
  moment: MomentSchema.optional(),
};

/** Optional fields every stage may carry (spread into StageSchema). */
export const StageAnnotationFields = {
  moment: MomentSchema.optional(),
};

/** What a comment is about. Pain points and opportunities are cards, so 'card' covers them. */
export const COMMENT_TARGET_KINDS = ['card', 'stage', 'lane', 'map'] as const;
export const CommentTargetSchema = z.object({ kind: z.enum(COMMENT_TARGET_KINDS), id: IdSchema });

/**
 * One comment. A thread is a root comment (no `parentId`) and its replies
 * (`parentId` = the root's id, replies to replies are not nested further).
 * Resolving is done on the root and closes the whole thread.
 */
export const CommentSchema = z.looseObject({
  id: IdSchema,
  target: CommentTargetSchema,
  parentId: IdSchema.optional(),
  /** The author name from the settings at the time of writing ('' when none was set). */
  author: z.string().max(200),
  text: z.string().trim().min(1).max(5000),
  createdAt: TimestampSchema,
  editedAt: TimestampSchema.optional(),
  resolved: z.boolean().optional(),
  resolvedAt: TimestampSchema.optional(),
  resolvedBy: z.string().max(200).optional(),
});

/** Most votes one participant may hold in one session. */
export const MAX_VOTES_PER_PARTICIPANT = 50;
export const VOTE_TARGET_KINDS = ['painPoint', 'opportunity'] as const;
export const VOTE_STATUSES = ['open', 'closed'] as const;

export const VoteParticipantSchema = z.looseObject({ id: IdSchema, name: z.string().trim().min(1).max(100) });

/**
 * A dot-voting session on the pain points (or opportunities) of a map.
 * `ballots[participantId][cardId]` is how many dots that participant put on
 * that card; a participant's dots never exceed `votesPerParticipant`.
 */
export const VoteSessionSchema = z.looseObject({
  id: IdSchema,
  name: NameSchema,
  targetKind: z.enum(VOTE_TARGET_KINDS),
  votesPerParticipant: z.number().int().min(1).max(MAX_VOTES_PER_PARTICIPANT),
  participants: z.array(VoteParticipantSchema).max(200),
  ballots: z.record(IdSchema, z.record(IdSchema, z.number().int().min(1).max(MAX_VOTES_PER_PARTICIPANT))),
  status: z.enum(VOTE_STATUSES),
  createdAt: TimestampSchema,
});

/**
 * A named set of view filters the user can switch to: lanes hidden, the
 * persona and segment filters, and the severities shown (empty: all).
 */
export const ViewFilterSchema = z.object({
  hiddenLaneIds: IdList,
  personaId: IdSchema.nullable(),
  segmentId: IdSchema.nullable(),
  severities: z.array(SeveritySchema).max(5),
});

export const SavedViewSchema = z.looseObject({
  id: IdSchema,
  name: NameSchema,
  filter: ViewFilterSchema,
  createdAt: TimestampSchema,
});
