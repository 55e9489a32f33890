import type { z } from 'zod';
import type {
  CommentSchema,
  CommentTargetSchema,
  EffortSchema,
  EvidenceLevelSchema,
  FrequencySchema,
  MomentSchema,
  OpportunityDetailsSchema,
  OpportunityKindSchema,
  OpportunityStatusSchema,
  PainDetailsSchema,
  PainStatusSchema,
  SavedViewSchema,
  ViewFilterSchema,
  VoteParticipantSchema,
  VoteSessionSchema,
} from '../schema/annotations';

/** Details of a pain point (a card of a pain-points lane). */
export type PainDetails = z.infer<typeof PainDetailsSchema>;
export type Frequency = z.infer<typeof FrequencySchema>;
/** 'S' | 'M' | 'L' | 'XL' or 1..5. */
export type Effort = z.infer<typeof EffortSchema>;
export type PainStatus = z.infer<typeof PainStatusSchema>;
export type EvidenceLevel = z.infer<typeof EvidenceLevelSchema>;
/** Details of an opportunity, idea or solution (a card of an opportunities lane). */
export type OpportunityDetails = z.infer<typeof OpportunityDetailsSchema>;
export type OpportunityKind = z.infer<typeof OpportunityKindSchema>;
export type OpportunityStatus = z.infer<typeof OpportunityStatusSchema>;
/** 'truth' | 'aha' | 'wow'. */
export type Moment = z.infer<typeof MomentSchema>;
export type Comment = z.infer<typeof CommentSchema>;
export type CommentTarget = z.infer<typeof CommentTargetSchema>;
export type VoteSession = z.infer<typeof VoteSessionSchema>;
export type VoteParticipant = z.infer<typeof VoteParticipantSchema>;
export type ViewFilter = z.infer<typeof ViewFilterSchema>;
export type SavedView = z.infer<typeof SavedViewSchema>;
