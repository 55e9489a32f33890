import type { z } from 'zod';
import type { ChannelSchema, PersonaSchema, ProjectCatalogSchema, SegmentCriterionSchema, SegmentSchema } from '../schema/catalog';

/** A way a customer meets the company (search, WeChat, dealer …), with icon, colour, group. */
export type Channel = z.infer<typeof ChannelSchema>;
/** A described customer archetype a map is drawn for. */
export type Persona = z.infer<typeof PersonaSchema>;
/** A micro-segment: a name plus the rule that defines it. */
export type Segment = z.infer<typeof SegmentSchema>;
export type SegmentCriterion = z.infer<typeof SegmentCriterionSchema>;
/** Project-wide catalogs shared by all maps of a project. */
export type ProjectCatalog = z.infer<typeof ProjectCatalogSchema>;

/** A catalog with nothing in it. */
export const emptyCatalog = (): ProjectCatalog => ({ channels: [], personas: [], segments: [] });
