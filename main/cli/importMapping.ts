import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ImportMatchesSchema, type ImportMatches } from '../../src/api/contract';
import { parseFixedPeriod } from '../../src/import/fixedPeriod';
import { ImportMappingSchema, ReadOptionsSchema, type ImportMapping, type ReadOptions } from '../../src/import/mapping';
import { CliError, EXIT, usageError } from './cliErrors';

/**
 * Where the command line's import mapping comes from (a preset, a mapping
 * file, or the importer's own proposal) and the `--period` of an undated file.
 */

/** What `--mapping FILE.json` holds: a mapping alone, or a preset's parts (what `import --dry-run --json` prints). */
const MappingFileSchema = z.object({
  read: ReadOptionsSchema.optional(),
  mapping: ImportMappingSchema,
  matches: ImportMatchesSchema.optional(),
});

/** How an import reads and maps the file, and the matches given with it. */
export interface ImportPlanInput {
  read: ReadOptions;
  mapping: ImportMapping;
  /** Matches a preset or mapping file gives; the importer's suggestions fill in the rest. */
  matches: ImportMatches;
}

/** "layout.metrics[0].metric" for a zod issue path. */
export const fieldPath = (parts: readonly PropertyKey[]): string =>
  parts.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text === '' ? String(part) : `${text}.${String(part)}`), '');

/** Reads and checks `--mapping FILE.json`; every error names the file and the field. */
export function readMappingFile(cwd: string, file: string): ImportPlanInput {
  const absolute = path.resolve(cwd, file);
  if (!fs.existsSync(absolute)) throw new CliError(EXIT.notFound, `--mapping: file not found: ${absolute}`);
  const name = path.basename(absolute);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(absolute, 'utf8'));
  } catch (error) {
    throw usageError(`--mapping ${name}: not JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  const bare = typeof json === 'object' && json !== null && 'kind' in json;
  const parsed = MappingFileSchema.safeParse(bare ? { mapping: json } : json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const field = fieldPath(bare && issue.path[0] === 'mapping' ? issue.path.slice(1) : issue.path);
      return `  ${field || '(the whole file)'}: ${issue.message}`;
    });
    throw usageError(`--mapping ${name} is not a valid import mapping:\n${problems.join('\n')}`);
  }
  return { read: parsed.data.read ?? {}, mapping: parsed.data.mapping, matches: parsed.data.matches ?? {} };
}

/** The mapping with `--period` as its fixed period; only a metrics file without a period column takes one. */
export function withFixedPeriod(mapping: ImportMapping, text: string, headerOf: (column: number) => string): ImportMapping {
  const fixedPeriod = parseFixedPeriod(text);
  if (!fixedPeriod) {
    throw usageError(`--period: "${text}" is not a period; write 2026, 2026-Q1, 2026-03, 2026-W10, 2026-03-15, or a range of one day, week, month, quarter or year such as 2026-03-04..2026-03-10.`);
  }
  if (mapping.kind !== 'metrics') throw usageError('--period: a stage-transition log has its own times; --period is for metric files with no period column.');
  if (mapping.period !== undefined) {
    throw usageError(`--period: the file has a period column (${headerOf(mapping.period)}); --period is for files with none.`);
  }
  return { ...mapping, fixedPeriod };
}
