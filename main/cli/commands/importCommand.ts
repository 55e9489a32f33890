import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { ImportJobState, ImportPreset } from '../../../src/api/contract';
import type { ImportProblem } from '../../../src/import/mapping';
import { CliError, EXIT, usageError } from '../cliErrors';
import { withSession, type CliContext, type CliSession } from '../cliSession';
import { textTable } from '../textTable';
import { openMap, type OpenedMap } from './common';
import { progressReporter } from './progress';

interface ImportFlags {
  preset: string;
  map?: string;
  dryRun?: boolean;
  strict?: boolean;
  json?: boolean;
}

/** The preset `--preset` names: exact name, then any letter case. */
function findPreset(presets: readonly ImportPreset[], wanted: string, file: string): ImportPreset {
  const found = presets.find((preset) => preset.name === wanted) ?? presets.find((preset) => preset.name.toLocaleLowerCase() === wanted.toLocaleLowerCase());
  if (found) return found;
  const names = presets.length === 0 ? `"${file}" has none; save one in the import wizard.` : presets.map((preset) => `"${preset.name}"`).join(', ');
  throw usageError(`--preset: no import preset called "${wanted}" in "${file}". Presets: ${names}`);
}

/** Waits for the job to finish reading, drawing its progress on a terminal. */
async function settle(session: CliSession, ctx: CliContext, jobId: string, fileName: string): Promise<ImportJobState> {
  const progress = progressReporter(ctx);
  const unregister = session.onInterrupt(() => session.call('import.cancel', { jobId }));
  for (;;) {
    const state = await session.call('import.status', { jobId });
    if (state.phase !== 'reading') {
      progress.end();
      unregister();
      if (session.interrupted) throw new CliError(EXIT.interrupted, `Nothing of ${fileName} was imported: interrupted.`);
      return state;
    }
    progress.show(`Reading ${fileName}`, state.totalBytes > 0 ? state.bytesRead / state.totalBytes : 0, `${state.rowsRead} rows`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

const problemRows = (problems: readonly ImportProblem[]) => problems.map((p) => [p.row === 0 ? '' : String(p.row), p.column, p.header, p.raw, p.reason]);

/** Keys of the file that go nowhere on the map (their rows are left out). */
const unmatchedKeys = (state: ImportJobState, preset: ImportPreset): string[] =>
  Object.entries({ ...state.suggestedMatches, ...preset.matches })
    .filter(([, target]) => target === null)
    .map(([key]) => key);

async function runImport(ctx: CliContext, projectFile: string, sourceFile: string, flags: ImportFlags): Promise<void> {
  const source = path.resolve(ctx.cwd, sourceFile);
  await withSession(ctx, { printView: false }, async (session) => {
    const opened: OpenedMap = await openMap(session, projectFile, flags.map);
    if (!fs.existsSync(source)) throw new CliError(EXIT.notFound, `File to import not found: ${source}`);
    const { projectId } = opened.project;
    const preset = findPreset(await session.call('import.presets', { projectId }), flags.preset, opened.file);
    const fileName = path.basename(source);
    const { jobId } = await session.call('import.start', { projectId, mapId: opened.map.id, path: source, read: preset.read, mapping: preset.mapping, presetId: preset.id });
    const state = await settle(session, ctx, jobId, fileName);
    if (state.phase !== 'ready' || !state.result) throw new CliError(EXIT.failed, state.error?.message ?? `The import of "${fileName}" ended ${state.phase}.`);
    const { problems, problemCount, validRows } = state.result;
    const unmatched = unmatchedKeys(state, preset);
    if (problemCount > 0) {
      ctx.err(`${plural(problemCount, 'problem')} in ${fileName} (those cells or rows are left out):\n`);
      ctx.err(textTable(['ROW', 'COLUMN', 'HEADER', 'VALUE', 'REASON'], problemRows(problems)));
    }
    if (unmatched.length > 0) ctx.err(`Matched to nothing on "${opened.map.name}", left out: ${unmatched.map((key) => `"${key}"`).join(', ')}\n`);
    if (flags.strict && problemCount > 0) throw new CliError(EXIT.failed, `Nothing was imported: ${fileName} has ${plural(problemCount, 'problem')} (--strict).`);
    const diff = await session.call('import.diff', { jobId, matches: preset.matches });
    const base = { file: fileName, map: opened.map.name, preset: preset.name, unchanged: diff.unchanged, problems: problemCount, problemList: problems, unmatched };
    if (flags.dryRun) {
      await session.call('import.cancel', { jobId });
      report(ctx, flags, { ...base, committed: false, rows: validRows, added: diff.added, changed: diff.changed, removed: diff.removed });
      return;
    }
    const record = await session.call('import.commit', { jobId, matches: preset.matches, presetId: preset.id });
    report(ctx, flags, { ...base, committed: true, importId: record.id, rows: record.rows, added: record.added, changed: record.changed, removed: record.removed });
  });
}

interface ImportReport {
  committed: boolean;
  importId?: string;
  file: string;
  map: string;
  preset: string;
  rows: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  problems: number;
  problemList: readonly ImportProblem[];
  unmatched: string[];
}

function report(ctx: CliContext, flags: ImportFlags, result: ImportReport): void {
  if (flags.json) {
    const { problemList, ...rest } = result;
    ctx.out(`${JSON.stringify({ ...rest, problemList: problemList.map(({ row, column, header, raw, code, reason }) => ({ row, column, header, raw, code, reason })) }, null, 2)}\n`);
    return;
  }
  const verb = result.committed ? 'Imported' : 'Would import (dry run, nothing written)';
  ctx.out(
    `${verb} ${result.file} into "${result.map}" with preset "${result.preset}": ${plural(result.rows, 'row')}; ` +
      `${result.added} added, ${result.changed} changed, ${result.removed} removed, ${result.unchanged} unchanged; ${plural(result.problems, 'problem')}.\n`,
  );
}

export function addImportCommand(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description('Import metrics or a stage-transition log from a spreadsheet with a saved preset')
    .argument('<project>', 'project file (.cjm)')
    .argument('<file>', 'CSV, TSV, XLSX or XLS file')
    .requiredOption('--preset <name>', 'import preset saved in the project ("Save as preset…" in the import wizard) (required)')
    .option('--map <name>', 'map name or id (optional when the project has one map)')
    .option('--dry-run', 'show what would change, write nothing')
    .option('--strict', 'import nothing when any cell or row has a problem (exit 1)')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      `
The preset decides how the file is read (sheet, encoding, columns) and where its names go on the map.
Problems (row, column, reason) are printed on stderr; rows with problems are left out unless --strict.
Importing the same kind of file again with the same preset replaces what the previous import brought.

Examples:
  journey-studio import shop.cjm march.xlsx --preset "Baidu weekly"
  journey-studio import shop.cjm march.csv --preset "Baidu weekly" --map Checkout --dry-run`,
    )
    .action((projectFile: string, sourceFile: string, flags: ImportFlags) => runImport(ctx, projectFile, sourceFile, flags));
}
