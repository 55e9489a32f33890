import { z } from 'zod';
import { ExpectationSchema, GapAcceptanceSchema } from '../schema/gaps';
import { MetricKeySchema } from '../schema/metrics';
import {
  CardSchema,
  ColorSchema,
  ConnectionKindSchema,
  ConnectionSchema,
  EmotionPointSchema,
  IdSchema,
  LANE_HEIGHT_MAX,
  LANE_HEIGHT_MIN,
  LaneSchema,
  MapStatusSchema,
  NameSchema,
  PhaseSchema,
  StageSchema,
} from '../schema/journey';
import {
  CommentSchema,
  MAX_VOTES_PER_PARTICIPANT,
  MomentSchema,
  OpportunityDetailsSchema,
  PainDetailsSchema,
  SavedViewSchema,
  TimestampSchema,
  ViewFilterSchema,
  VoteParticipantSchema,
  VoteSessionSchema,
} from '../schema/annotations';

/**
 * Argument schemas of every named edit. The command registry (registry.ts)
 * implements each name; this file is the closed list the API accepts.
 * Ids of new entities are chosen by the caller so that replaying a command
 * (in main, after the renderer applied it optimistically) gives the same doc.
 */

const Index = z.number().int().min(0);
const Ids = z.array(IdSchema).min(1).max(10000);

/** Cards, connections and emotion points removed together with a stage or lane; given back on undo. */
const Restorable = {
  cards: z.array(CardSchema).max(100000).optional(),
  connections: z.array(ConnectionSchema).max(100000).optional(),
  emotions: z.array(EmotionPointSchema).max(100000).optional(),
};

const IdList = z.array(IdSchema).max(200);

export const commandArgSchemas = {
  'map.rename': z.object({ name: NameSchema }),
  /** Portfolio fields of the map; null removes one. */
  'map.setMeta': z.object({
    patch: z
      .object({
        owner: z.string().max(200).nullable().optional(),
        status: MapStatusSchema.nullable().optional(),
        description: z.string().max(5000).nullable().optional(),
        personaIds: IdList.nullable().optional(),
      })
      .strict(),
  }),

  /** Adds a phase at `index` of the phase list; `stageIds` (consecutive stages) join it. */
  'phase.add': z.object({ phase: PhaseSchema, index: Index.optional(), stageIds: z.array(IdSchema).max(1000).optional() }),
  'phase.rename': z.object({ id: IdSchema, name: NameSchema }),
  'phase.recolor': z.object({ id: IdSchema, color: ColorSchema.nullable() }),
  /** Moves the phase to `toIndex` among phases; its stages move with it as one block. */
  'phase.move': z.object({ id: IdSchema, toIndex: Index }),
  /** Removes the phase header; its stages stay, without a phase. */
  'phase.delete': z.object({ id: IdSchema }),
  /**
   * Puts a stage into a phase (or none); the stage moves next to the phase's other stages if needed.
   * `index` (used by undo) puts it exactly there instead; refused if that would split a phase.
   */
  'stage.setPhase': z.object({ id: IdSchema, phaseId: IdSchema.nullable(), index: Index.optional() }),

  'stage.add': z.object({ stage: StageSchema, index: Index.optional(), ...Restorable }),
  'stage.rename': z.object({ id: IdSchema, name: NameSchema }),
  'stage.recolor': z.object({ id: IdSchema, color: ColorSchema.nullable() }),
  'stage.move': z.object({ id: IdSchema, toIndex: Index }),
  'stage.delete': z.object({ id: IdSchema }),
  /** Marks a stage as a moment of truth, aha or wow moment; null removes the mark. */
  'stage.setMoment': z.object({ id: IdSchema, moment: MomentSchema.nullable() }),

  'lane.add': z.object({ lane: LaneSchema, index: Index.optional(), ...Restorable }),
  'lane.rename': z.object({ id: IdSchema, name: NameSchema }),
  'lane.move': z.object({ id: IdSchema, toIndex: Index }),
  'lane.resize': z.object({
    id: IdSchema,
    height: z.number().int().min(LANE_HEIGHT_MIN).max(LANE_HEIGHT_MAX).nullable(),
  }),
  'lane.delete': z.object({ id: IdSchema }),

  /** Insert cards at their `order` in their cell (later cards shift down); connections restored with them. */
  'card.add': z.object({
    cards: z.array(CardSchema).min(1).max(10000),
    connections: z.array(ConnectionSchema).max(100000).optional(),
  }),
  /** Set fields; null removes an optional field. */
  'card.edit': z.object({
    id: IdSchema,
    patch: z
      .object({
        title: z.string().max(1000).optional(),
        body: z.string().max(20000).nullable().optional(),
        color: ColorSchema.nullable().optional(),
        span: z.number().int().min(1).max(100).nullable().optional(),
        channelId: IdSchema.nullable().optional(),
        url: z.string().max(2000).nullable().optional(),
        personaIds: IdList.nullable().optional(),
        segmentIds: IdList.nullable().optional(),
        linkedMapId: IdSchema.nullable().optional(),
        imageId: IdSchema.nullable().optional(),
        metricKey: MetricKeySchema.nullable().optional(),
        /** Whole expectation (the caller merges field changes); null: the card no longer states an expectation. */
        expectation: ExpectationSchema.nullable().optional(),
        /** Whole pain-point details (the caller merges field changes); null removes them. */
        pain: PainDetailsSchema.nullable().optional(),
        /** Whole opportunity details; null removes them. */
        opportunity: OpportunityDetailsSchema.nullable().optional(),
        moment: MomentSchema.nullable().optional(),
      })
      .strict(),
    /**
     * Set by undo only: puts pain or opportunity details back on a card that
     * has left its pain-points or opportunities lane since. Without it such
     * details are refused outside their lane.
     */
    restore: z.boolean().optional(),
  }),
  /** Move each card, in the given order, to `order` in the target cell (clamped to the cell's length). */
  'card.move': z.object({
    moves: z
      .array(z.object({ id: IdSchema, stageId: IdSchema, laneId: IdSchema, order: Index }))
      .min(1)
      .max(10000),
  }),
  /** Copy cards right after their originals; `newIds[i]` is the id of the copy of `ids[i]`. */
  'card.duplicate': z
    .object({ ids: Ids, newIds: Ids })
    .refine((a) => a.ids.length === a.newIds.length, { message: 'ids and newIds differ in length', path: ['newIds'] }),
  /** Delete cards and every connection that touches them. */
  'card.delete': z.object({ ids: Ids }),

  'connection.add': z.object({ connections: z.array(ConnectionSchema).min(1).max(10000) }),
  'connection.edit': z.object({
    id: IdSchema,
    patch: z.object({ label: z.string().max(200).nullable().optional(), kind: ConnectionKindSchema.nullable().optional() }).strict(),
  }),
  'connection.delete': z.object({ ids: Ids }),

  /** Adds or replaces (same id) one point of an emotion curve; its lane must be an emotions lane. */
  'emotion.set': z.object({ point: EmotionPointSchema }),
  'emotion.delete': z.object({ ids: Ids }),
  /** Adds points whose ids and (lane, stage, persona, variant) are all free: the undo of 'emotion.delete'. */
  'emotion.add': z.object({ points: z.array(EmotionPointSchema).min(1).max(100000) }),

  /** Adds comments (new threads or replies); the undo of 'comment.delete'. Replies need an existing root. */
  'comment.add': z.object({
    comments: z.array(CommentSchema).min(1).max(100000),
    /**
     * Set by the undo of 'comment.delete': new threads may then be about cards,
     * stages or lanes deleted since (targets are soft references). Without it,
     * a new thread's target must exist.
     */
    restore: z.boolean().optional(),
  }),
  /** Edits a comment's text, or resolves / reopens a thread (on its root); null removes a field. */
  'comment.edit': z.object({
    id: IdSchema,
    patch: z
      .object({
        text: z.string().trim().min(1).max(5000).optional(),
        editedAt: TimestampSchema.nullable().optional(),
        resolved: z.boolean().nullable().optional(),
        resolvedAt: TimestampSchema.nullable().optional(),
        resolvedBy: z.string().max(200).nullable().optional(),
      })
      .strict(),
  }),
  /** Deletes comments; deleting a thread's root deletes its replies too. */
  'comment.delete': z.object({ ids: Ids }),

  /** Adds dot-voting sessions (a new vote, or the undo of 'vote.delete'). */
  'vote.add': z.object({ sessions: z.array(VoteSessionSchema).min(1).max(1000) }),
  /**
   * Renames a session, changes its dots per participant or participants, opens or closes it.
   * Removing a participant drops their ballot; lowering the dots below what someone placed is refused.
   */
  'vote.edit': z.object({
    id: IdSchema,
    patch: z
      .object({
        name: NameSchema.optional(),
        votesPerParticipant: z.number().int().min(1).max(MAX_VOTES_PER_PARTICIPANT).optional(),
        participants: z.array(VoteParticipantSchema).max(200).optional(),
        status: z.enum(['open', 'closed']).optional(),
      })
      .strict(),
  }),
  /**
   * Sets how many dots a participant puts on one card (0 takes them all back).
   * Refused when the session is closed, the participant or card is unknown,
   * or the participant would exceed the session's dots.
   */
  'vote.cast': z.object({ id: IdSchema, participantId: IdSchema, cardId: IdSchema, count: z.number().int().min(0).max(MAX_VOTES_PER_PARTICIPANT) }),
  /**
   * Replaces every ballot of a session: {} resets the vote. New dots are checked
   * like 'vote.cast' (participants, cards, dots left); its undo is 'vote.set'.
   */
  'vote.setBallots': z.object({ id: IdSchema, ballots: VoteSessionSchema.shape.ballots }),
  /**
   * Replaces a whole session (same id) as it was: the exact undo of edits
   * that change ballots. Checked for consistency only (participants, dots).
   */
  'vote.set': z.object({ session: VoteSessionSchema }),
  'vote.delete': z.object({ ids: Ids }),

  /** Adds saved views (the undo of 'view.delete'). */
  'view.add': z.object({ views: z.array(SavedViewSchema).min(1).max(1000) }),
  'view.edit': z.object({ id: IdSchema, patch: z.object({ name: NameSchema.optional(), filter: ViewFilterSchema.optional() }).strict() }),
  'view.delete': z.object({ ids: Ids }),

  /** Accepts gaps with a reason so they stop showing (also the undo of 'gap.reopen'). One acceptance per gap key. */
  'gap.accept': z.object({ acceptances: z.array(GapAcceptanceSchema).min(1).max(1000) }),
  /** Takes acceptances back: their gaps show again. */
  'gap.reopen': z.object({ ids: Ids }),
} as const;

export type CommandName = keyof typeof commandArgSchemas;
export const COMMAND_NAMES = Object.keys(commandArgSchemas) as CommandName[];
export type CommandArgs<N extends CommandName> = z.infer<(typeof commandArgSchemas)[N]>;

/** A named edit with its arguments, as sent over the API and kept in undo history. */
export type Command = { [N in CommandName]: { name: N; args: CommandArgs<N> } }[CommandName];

/** Validates `{name, args}` against the closed list of commands. */
export const CommandSchema = z.discriminatedUnion(
  'name',
  COMMAND_NAMES.map((name) => z.object({ name: z.literal(name), args: commandArgSchemas[name] })) as unknown as [
    z.ZodObject<{ name: z.ZodLiteral<CommandName>; args: z.ZodType }>,
    ...z.ZodObject<{ name: z.ZodLiteral<CommandName>; args: z.ZodType }>[],
  ],
) as unknown as z.ZodType<Command>;
