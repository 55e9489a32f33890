import type { Language, ParsedRequest } from '../../src/api/contract';
import { AppError } from '../../src/api/result';
import type { Channel } from '../../src/model/catalog';
import type { JourneyMap } from '../../src/model/journey';
import { buildTemplate } from '../../src/templates/buildTemplate';
import { builtinCatalog } from '../../src/templates/builtinCatalog';
import { copyMapWithNewIds, templateContent } from './duplicateMap';
import type { StoredTemplate } from './templateStore';

export type TemplateRef = NonNullable<ParsedRequest<'map.create'>['template']>;

export interface TemplateContext {
  id: string;
  name: string;
  /** Built-in templates are written in this language. */
  language: Language;
  makeId: () => string;
  /** The project's channels; built-in templates point their cards at these. */
  channels: readonly Channel[];
  findTemplate(id: string): StoredTemplate | undefined;
  /** File name for error messages. */
  base: string;
}

/** A new map, plus the built-in channels it uses that the project's catalog no longer has (to be added with it). */
export interface TemplatedMap {
  map: JourneyMap;
  missingChannels: Channel[];
}

/**
 * Builds the content of a new map from a template. Built-in templates name
 * channels by their built-in key; each resolves to the project's channel with
 * that key, and one the user deleted comes back (as a new catalog entry)
 * rather than leaving a touchpoint pointing at nothing. A project template is
 * copied with new ids; the copy starts as a draft whatever the template's status.
 */
export function mapFromTemplate(ref: TemplateRef, ctx: TemplateContext): TemplatedMap {
  if (ref.kind === 'project') {
    const template = ctx.findTemplate(ref.id);
    if (!template) {
      throw new AppError('NOT_FOUND', `Template "${ref.id}" does not exist in "${ctx.base}".`, { file: ctx.base, templateId: ref.id });
    }
    // Templates saved by this app hold no comments, votes or views; one imported from elsewhere might.
    const { status: _status, ...map } = copyMapWithNewIds(templateContent(template.map), ctx.name, ctx.makeId);
    return { map: { ...map, id: ctx.id }, missingChannels: [] };
  }
  const missingChannels: Channel[] = [];
  let builtins: readonly Channel[] | undefined;
  const channelIdFor = (builtinKey: string): string | undefined => {
    const existing = [...ctx.channels, ...missingChannels].find((channel) => channel.builtin === builtinKey);
    if (existing) return existing.id;
    builtins ??= builtinCatalog(ctx.makeId).channels;
    const restored = builtins.find((channel: Channel) => channel.builtin === builtinKey);
    if (!restored) return undefined;
    missingChannels.push(restored);
    return restored.id;
  };
  const map = buildTemplate(ref.key, { id: ctx.id, name: ctx.name, language: ctx.language, makeId: ctx.makeId, channelIdFor });
  return { map, missingChannels };
}
