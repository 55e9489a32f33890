import type { z } from 'zod';
import type { TemplateRefSchema } from '../../../src/api/contract';
import { BUILTIN_TEMPLATE_KEYS, type BuiltinTemplateKey, type TemplateSummary } from '../../../src/model/project';

export type TemplateRef = z.infer<typeof TemplateRefSchema>;

/** A template as one string ("builtin:starter", "project:<id>"), the value of a radio in the gallery. */
export type TemplateChoice = `builtin:${BuiltinTemplateKey}` | `project:${string}`;

/** The choice a new map starts with: the starter layout, as before templates existed. */
export const DEFAULT_TEMPLATE_CHOICE: TemplateChoice = 'builtin:starter';

/** The gallery value of a listed template. */
export const templateChoiceOf = (template: TemplateSummary): TemplateChoice =>
  template.kind === 'builtin' ? `builtin:${template.key}` : `project:${template.id}`;

const isBuiltinKey = (key: string): key is BuiltinTemplateKey => (BUILTIN_TEMPLATE_KEYS as readonly string[]).includes(key);

/** The `template` of a map.create request for a gallery value. */
export function templateRefOf(choice: TemplateChoice): TemplateRef {
  const [kind, ...rest] = choice.split(':');
  const key = rest.join(':');
  if (kind === 'builtin' && isBuiltinKey(key)) return { kind: 'builtin', key };
  return { kind: 'project', id: key };
}

/**
 * Built-in templates in their fixed order (every key, even when the host's
 * list is missing or older), then the project's own templates, newest first.
 */
export function galleryTemplates(listed: readonly TemplateSummary[] | null): TemplateSummary[] {
  const builtins: TemplateSummary[] = BUILTIN_TEMPLATE_KEYS.map((key) => ({ kind: 'builtin', key }));
  const own = (listed ?? []).flatMap((template) => (template.kind === 'project' ? [template] : []));
  return [...builtins, ...own.sort((a, b) => b.createdAt.localeCompare(a.createdAt))];
}
