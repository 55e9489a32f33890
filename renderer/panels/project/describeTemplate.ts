import type { Language } from '../../../src/api/contract';
import type { BuiltinTemplateKey, MapSketch, TemplateSummary } from '../../../src/model/project';
import { mapSketch } from '../../../src/model/sketch';
import { buildTemplate, templateDescription, templateTitle } from '../../../src/templates';

export interface TemplateCardText {
  kind: TemplateSummary['kind'];
  title: string;
  description: string | null;
  sketch: MapSketch;
}

// Building a template is cheap but not free, and its shape does not depend on the language.
const builtinSketches = new Map<BuiltinTemplateKey, MapSketch>();

const builtinSketch = (key: BuiltinTemplateKey, language: Language): MapSketch => {
  const cached = builtinSketches.get(key);
  if (cached) return cached;
  let next = 0;
  const map = buildTemplate(key, { id: 'preview', name: '', language, makeId: () => `preview${++next}`, channelIdFor: () => undefined });
  const sketch = mapSketch(map);
  builtinSketches.set(key, sketch);
  return sketch;
};

/** Title, description and preview of a template as the gallery shows it, in `language` for built-in ones. */
export function describeTemplate(template: TemplateSummary, language: Language): TemplateCardText {
  if (template.kind === 'project') return { kind: 'project', title: template.name, description: null, sketch: template.sketch };
  return {
    kind: 'builtin',
    title: templateTitle(template.key, language),
    description: templateDescription(template.key, language),
    sketch: builtinSketch(template.key, language),
  };
}
