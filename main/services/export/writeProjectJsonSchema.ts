import path from 'node:path';
import { writeProjectJsonSchema } from './projectJsonSchema';

// Regenerates docs/project-json.schema.json after a change to the document schema: `npx tsx main/services/export/writeProjectJsonSchema.ts`.
const target = path.resolve(process.argv[2] ?? 'docs/project-json.schema.json');
writeProjectJsonSchema(target);
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
