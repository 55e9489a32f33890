import { ExportOptionsSchema, type ExportOptions } from '../../../src/export/exportOptions';
import { contentProblem } from './contentChoices';

/** What keeps options from being exported: a field the schema refuses (its path, e.g. "page.widthMm") or an empty choice. */
export type OptionProblem = { kind: 'field'; field: string; message: string } | { kind: 'noLanes' } | { kind: 'noStages' };

/** The first problem of the options, or null when they can be exported as they are. */
export function optionProblem(options: ExportOptions): OptionProblem | null {
  const parsed = ExportOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: 'field', field: issue?.path.join('.') ?? '', message: issue?.message ?? '' };
  }
  const content = contentProblem(parsed.data.content);
  return content ? { kind: content } : null;
}
