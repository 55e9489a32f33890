import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATE_KEYS, type TemplateSummary } from '../../../src/model/project';
import { galleryTemplates, templateChoiceOf, templateRefOf } from '../../../renderer/panels/project/templateChoice';
import { TemplateRefSchema } from '../../../src/api/contract';

const own = (id: string, createdAt: string): TemplateSummary => ({ kind: 'project', id, name: id, createdAt, sketch: { stageCount: 1, lanes: ['notes'], cells: [] } });

describe('template choice', () => {
  it('turns every gallery value back into the template map.create accepts', () => {
    for (const key of BUILTIN_TEMPLATE_KEYS) {
      const ref = templateRefOf(templateChoiceOf({ kind: 'builtin', key }));
      expect(ref).toEqual({ kind: 'builtin', key });
      expect(TemplateRefSchema.parse(ref)).toEqual(ref);
    }
    const ref = templateRefOf(templateChoiceOf(own('tpl_1', '2025-01-01T00:00:00Z')));
    expect(ref).toEqual({ kind: 'project', id: 'tpl_1' });
    expect(TemplateRefSchema.parse(ref)).toEqual(ref);
  });

  it('shows every built-in template in a fixed order, then the project’s own newest first', () => {
    const listed = [own('old', '2025-01-01T00:00:00Z'), { kind: 'builtin', key: 'carBuyer' } as const, own('new', '2025-02-01T00:00:00Z')];
    const gallery = galleryTemplates(listed).map(templateChoiceOf);
    expect(gallery).toEqual([...BUILTIN_TEMPLATE_KEYS.map((key) => `builtin:${key}`), 'project:new', 'project:old']);
  });

  it('still offers the built-in templates when the list could not be loaded', () => {
    expect(galleryTemplates(null)).toHaveLength(BUILTIN_TEMPLATE_KEYS.length);
  });
});
