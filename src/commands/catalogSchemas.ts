import { z } from 'zod';
import { ChannelSchema, PersonaSchema, SegmentSchema } from '../schema/catalog';
import { IdSchema } from '../schema/journey';

/**
 * Named edits of the project catalogs (channels, personas, segments): the same
 * pattern as map commands, `(catalog, args) -> { catalog, inverse }`, applied in
 * main with the `catalog.apply` call and undone through their inverses.
 */

const Index = z.number().int().min(0);

/** A patch of an entity: every field but the id optional, optional fields nullable (null removes). */
const patchOf = (schema: z.ZodObject) => {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (key !== 'id') shape[key] = field instanceof z.ZodOptional ? field.nullable() : field.optional();
  }
  return z.object(shape).strict();
};

export const catalogCommandArgSchemas = {
  'channel.add': z.object({ channel: ChannelSchema, index: Index.optional() }),
  'channel.edit': z.object({ id: IdSchema, patch: patchOf(ChannelSchema) }),
  'channel.move': z.object({ id: IdSchema, toIndex: Index }),
  'channel.delete': z.object({ id: IdSchema }),
  'persona.add': z.object({ persona: PersonaSchema, index: Index.optional() }),
  'persona.edit': z.object({ id: IdSchema, patch: patchOf(PersonaSchema) }),
  'persona.move': z.object({ id: IdSchema, toIndex: Index }),
  'persona.delete': z.object({ id: IdSchema }),
  'segment.add': z.object({ segment: SegmentSchema, index: Index.optional() }),
  'segment.edit': z.object({ id: IdSchema, patch: patchOf(SegmentSchema) }),
  'segment.move': z.object({ id: IdSchema, toIndex: Index }),
  'segment.delete': z.object({ id: IdSchema }),
} as const;

export type CatalogCommandName = keyof typeof catalogCommandArgSchemas;
export const CATALOG_COMMAND_NAMES = Object.keys(catalogCommandArgSchemas) as CatalogCommandName[];
export type CatalogCommandArgs<N extends CatalogCommandName> = z.infer<(typeof catalogCommandArgSchemas)[N]>;

/** A named catalog edit with its arguments. */
export type CatalogCommand = { [N in CatalogCommandName]: { name: N; args: CatalogCommandArgs<N> } }[CatalogCommandName];

export const CatalogCommandSchema = z.discriminatedUnion(
  'name',
  CATALOG_COMMAND_NAMES.map((name) => z.object({ name: z.literal(name), args: catalogCommandArgSchemas[name] })) as unknown as [
    z.ZodObject<{ name: z.ZodLiteral<CatalogCommandName>; args: z.ZodType }>,
    ...z.ZodObject<{ name: z.ZodLiteral<CatalogCommandName>; args: z.ZodType }>[],
  ],
) as unknown as z.ZodType<CatalogCommand>;
