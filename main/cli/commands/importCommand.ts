import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { ImportInspection, ImportJobState, ImportMatches, ImportPreset } from '../../../src/api/contract';
import { TEXT_ENCODINGS, type TextEncoding } from '../../../src/import/decode';
import { CliError, EXIT, usageError } from '../cliErrors';
import { withSession, type CliContext, type CliSession } from '../cliSession';
import { readMappingFile, withFixedPeriod, type ImportPlanInput } from '../importMapping';
import { describeColumns, headerNames, mappingText, problemTable, reportText, type ImportReport } from '../importReport';
import { openMap, type OpenedMap } from './common';
import { progressReporter } from './progress';

interface ImportFlags {
  preset?: string;
  mapping?: string;
  savePreset?: string;
  period?: string;
  sheet?: string;
  encoding?: TextEncoding;
  map?: string;
  dryRun?: boolean;
  strict?: boolean;
  json?: boolean;
}

/** The preset `--preset` names: exact name, then any letter case. */
function findPreset(presets: readonly ImportPreset[], wanted: string, file: string): ImportPreset {
  const found = presets.find((preset) => preset.name === wanted) ?? presets.find((preset) => preset.name.toLocaleLowerCase() === wanted.toLocaleLowerCase());
  if (found) return found;
  const names = presets.length === 0 ? `"${file}" has none; save one with --save-preset or in the import wizard.` : presets.map((preset) => `"${preset.name}"`).join(', ');
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

/** How to read and map the file: the preset's, the mapping file's, or what the importer proposes (as the wizard does). */
async function planInput(
  session: CliSession,
  ctx: CliContext,
  opened: OpenedMap,
  source: string,
  flags: ImportFlags,
): Promise<{ input: ImportPlanInput; preset: ImportPreset | null; inspection: ImportInspection; from: ImportReport['mappingFrom'] }> {
  const { projectId } = opened.project;
  const preset = flags.preset === undefined ? null : findPreset(await session.call('import.presets', { projectId }), flags.preset, opened.file);
  const given = flags.mapping === undefined ? null : readMappingFile(ctx.cwd, flags.mapping);
  const read = {
    ...(preset?.read ?? given?.read ?? {}),
    ...(flags.sheet === undefined ? {} : { sheet: flags.sheet }),
    ...(flags.encoding === undefined ? {} : { encoding: flags.encoding }),
  };
  const inspection = await session.call('import.inspect', { projectId, path: source, read });
  let input: ImportPlanInput;
  if (preset) input = { read, mapping: preset.mapping, matches: preset.matches };
  else if (given) input = { ...given, read };
  else {
    if (!inspection.suggestedMapping) {
      throw new CliError(
        EXIT.failed,
        `No column of ${inspection.fileName} was recognised as a metric or a stage-transition log (headers: ${inspection.headers.map((h) => `"${h}"`).join(', ') || 'none found'}); give the mapping with --mapping FILE.json.`,
      );
    }
    input = { read, mapping: inspection.suggestedMapping, matches: {} };
  }
  if (flags.period !== undefined) {
    const headers = headerNames(inspection, input.mapping.headerRow);
    input = { ...input, mapping: withFixedPeriod(input.mapping, flags.period, (column) => `"${headers[column] ?? ''}"`) };
  }
  return { input, preset, inspection, from: preset ? 'preset' : given ? 'file' : 'proposed' };
}

async function runImport(ctx: CliContext, projectFile: string, sourceFile: string, flags: ImportFlags): Promise<void> {
  if (flags.preset !== undefined && flags.mapping !== undefined) throw usageError('--preset and --mapping cannot be used together: a preset is a saved mapping.');
  const source = path.resolve(ctx.cwd, sourceFile);
  await withSession(ctx, { printView: false }, async (session) => {
    const opened: OpenedMap = await openMap(session, projectFile, flags.map);
    if (!fs.existsSync(source)) throw new CliError(EXIT.notFound, `File to import not found: ${source}`);
    const { projectId } = opened.project;
    const ref = { projectId, mapId: opened.map.id };
    const { input, preset, inspection, from } = await planInput(session, ctx, opened, source, flags);
    const fileName = path.basename(source);
    const { jobId } = await session.call('import.start', { ...ref, path: source, read: input.read, mapping: input.mapping, ...(preset ? { presetId: preset.id } : {}) });
    const state = await settle(session, ctx, jobId, fileName);
    if (state.phase !== 'ready' || !state.result) throw new CliError(EXIT.failed, state.error?.message ?? `The import of "${fileName}" ended ${state.phase}.`);
    const { problems, problemCount, validRows } = state.result;
    const matches: ImportMatches = { ...state.suggestedMatches, ...input.matches };
    const unmatched = Object.entries(matches)
      .filter(([, target]) => target === null)
      .map(([key]) => key);
    if (problemCount > 0) ctx.err(`${plural(problemCount, 'problem')} in ${fileName} (those cells or rows are left out):\n${problemTable(problems)}`);
    if (unmatched.length > 0) ctx.err(`Matched to nothing on "${opened.map.name}", left out: ${unmatched.map((key) => `"${key}"`).join(', ')}\n`);
    const diff = await session.call('import.diff', { jobId, matches });
    for (const notice of diff.rateNotices ?? []) {
      ctx.err(
        `Note: rows ${notice.rows.join(', ')} of ${fileName}: ${notice.metric} is ${(notice.stated * 100).toFixed(2)}% but ${notice.numerator} / ${notice.denominator} = ${(notice.computed * 100).toFixed(4)}%; the counts are used.\n`,
      );
    }
    const report: ImportReport = {
      committed: false,
      file: fileName,
      map: opened.map.name,
      preset: preset?.name ?? null,
      mappingFrom: from,
      rows: validRows,
      added: diff.added,
      changed: diff.changed,
      removed: diff.removed,
      unchanged: diff.unchanged,
      problems: problemCount,
      problemList: problems,
      unmatched,
      read: input.read,
      mapping: input.mapping,
      matches,
      columns: describeColumns(input.mapping, headerNames(inspection, input.mapping.headerRow)),
    };
    const refusals = [problemCount > 0 ? plural(problemCount, 'problem') : '', unmatched.length > 0 ? `${plural(unmatched.length, 'name')} matched to nothing` : ''].filter(Boolean);
    if (flags.strict && refusals.length > 0) {
      await session.call('import.cancel', { jobId });
      throw new CliError(EXIT.failed, `Nothing was imported: ${fileName} has ${refusals.join(' and ')} (--strict).`);
    }
    if (flags.dryRun) {
      await session.call('import.cancel', { jobId });
      if (!flags.json) {
        const [map, catalog] = await Promise.all([session.call('map.get', ref), session.call('catalog.get', { projectId })]);
        ctx.out(mappingText(report, inspection, map, catalog));
        if (flags.savePreset !== undefined) ctx.err(`--save-preset: dry run, the preset "${flags.savePreset}" was not saved.\n`);
      }
      ctx.out(reportText(report, flags.json === true));
      return;
    }
    let presetId = preset?.id;
    if (flags.savePreset !== undefined) {
      // Names matched to nothing are left out of the preset, so a stage or channel added later still matches them.
      const kept = Object.fromEntries(Object.entries(matches).filter(([, target]) => target !== null));
      presetId = (await session.call('import.savePreset', { projectId, name: flags.savePreset, read: input.read, mapping: input.mapping, matches: kept })).id;
      report.savedPreset = flags.savePreset;
    }
    const record = await session.call('import.commit', { jobId, matches, ...(presetId === undefined ? {} : { presetId }) });
    Object.assign(report, { committed: true, importId: record.id, rows: record.rows, added: record.added, changed: record.changed, removed: record.removed });
    ctx.out(reportText(report, flags.json === true));
  });
}

export function addImportCommand(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description('Import metrics or a stage-transition log from a spreadsheet: columns mapped as the import wizard proposes, by a mapping file, or by a preset')
    .argument('<project>', 'project file (.cjm)')
    .argument('<file>', 'CSV, TSV, XLSX or XLS file')
    .option('--preset <name>', 'map the columns with an import preset saved in the project')
    .option('--mapping <file.json>', 'map the columns with this mapping (what --dry-run --json prints as "mapping", or that and "read" and "matches")')
    .option('--save-preset <name>', 'save the mapping and matches used as a project preset (a preset with that name is replaced)')
    .option('--period <period>', 'for a file with no period column, the period of every value: 2026-03, 2026-Q1, 2026, 2026-W10, 2026-03-15 or 2026-03-04..2026-03-10')
    .option('--sheet <name>', 'XLSX/XLS sheet to read (default: the first)')
    .addOption(new Option('--encoding <encoding>', 'CSV/TSV text encoding (default: detected; gb18030 reads GBK)').choices(TEXT_ENCODINGS))
    .option('--map <name>', 'map name or id (optional when the project has one map)')
    .option('--dry-run', 'print the mapping, the matches and what would change; write nothing')
    .option('--strict', 'import nothing when any cell or row has a problem or any name matches nothing on the map (exit 1)')
    .option('--json', 'print the result (with the mapping and matches) as JSON')
    .addHelpText(
      'after',
      `
Without --preset or --mapping the columns are mapped as the import wizard proposes from the headers
(metrics, channel or stage, UTM, period, segment); names in the file are matched to the map's stages,
cards and the project's channels by name, or kept as UTM values. Run with --dry-run to see the proposal.
Problems (row, column, reason) and names matched to nothing are printed on stderr and left out, unless --strict.
Importing the same kind of file again with the same preset replaces what the previous import brought.

Examples:
  journey-studio import shop.cjm week-10.csv --dry-run
  journey-studio import shop.cjm week-10.csv --save-preset "Baidu weekly" --strict
  journey-studio import shop.cjm week-11.csv --preset "Baidu weekly" --json
  journey-studio import shop.cjm channels.xlsx --sheet 渠道数据 --mapping channels-mapping.json
  journey-studio import shop.cjm march-totals.csv --period 2026-03 --map Checkout
  journey-studio import shop.cjm week.csv --period 2026-03-04..2026-03-10`,
    )
    .action((projectFile: string, sourceFile: string, flags: ImportFlags) => runImport(ctx, projectFile, sourceFile, flags));
}
