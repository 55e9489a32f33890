import fs from 'node:fs';
import { z } from 'zod';
import { PROJECT_DOCUMENT_FORMAT, PROJECT_DOCUMENT_VERSION, ProjectDocumentSchema } from '../../../src/schema/projectDocument';

/**
 * The JSON Schema of the project JSON file (docs/project-json.schema.json),
 * generated from the zod schema the importer checks files with, so the
 * documentation cannot drift from the code: a test fails when the committed
 * file differs from what this produces.
 */

/** Where the generated schema is published, as its $id. */
export const PROJECT_JSON_SCHEMA_ID = `https://journey-studio.local/schemas/project-json-v${PROJECT_DOCUMENT_VERSION}.schema.json`;

/**
 * The schema of what an importer accepts (zod's input side: optional fields
 * with defaults may be left out). Rules JSON Schema cannot state (dates that
 * must parse, ids that must match their record keys, cards that must sit on an
 * existing stage and lane) are checked on import and named in its errors.
 */
export function projectJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ProjectDocumentSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12', reused: 'ref' });
  return {
    ...generated,
    $id: PROJECT_JSON_SCHEMA_ID,
    title: `Journey Studio project (${PROJECT_DOCUMENT_FORMAT}, version ${PROJECT_DOCUMENT_VERSION})`,
    description:
      'One project with all its maps, catalogs, templates, images, imported metrics, gap settings and snapshots. Objects may carry fields this version does not know: they are kept on import and written back on export. See docs/project-json.md.',
  };
}

/** The schema as the committed file holds it: two-space JSON with a final newline. */
export const projectJsonSchemaText = (): string => `${JSON.stringify(projectJsonSchema(), null, 2)}\n`;

/** Writes the schema to `file` (npm run schema: docs/project-json.schema.json). */
export function writeProjectJsonSchema(file: string): void {
  fs.writeFileSync(file, projectJsonSchemaText());
}
