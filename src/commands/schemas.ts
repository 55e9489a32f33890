import { z } from 'zod';
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
      })
      .strict(),
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
