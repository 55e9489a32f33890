import { z } from 'zod';
import {
  CardSchema,
  ColorSchema,
  ConnectionSchema,
  IdSchema,
  LANE_HEIGHT_MAX,
  LANE_HEIGHT_MIN,
  LaneSchema,
  NameSchema,
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

/** Cards and connections removed together with a stage or lane; given back on undo. */
const Restorable = {
  cards: z.array(CardSchema).max(100000).optional(),
  connections: z.array(ConnectionSchema).max(100000).optional(),
};

export const commandArgSchemas = {
  'map.rename': z.object({ name: NameSchema }),

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
  'connection.edit': z.object({ id: IdSchema, patch: z.object({ label: z.string().max(200).nullable() }).strict() }),
  'connection.delete': z.object({ ids: Ids }),
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
