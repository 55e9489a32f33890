import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CliError, EXIT, usageError } from '../cliErrors';
import { withSession, type CliContext, type CliSession } from '../cliSession';
import { addExportOptions, buildExportOptions, type ContentIds, type ExportFileFormat, type ExportFlags, type PrintExportFlags } from '../exportFlags';
import { resolveNames, splitList } from '../mapRefs';
import { openMap, type OpenedMap } from './common';
import { runExportJob } from './exportJob';

type PrintFormat = 'pdf' | 'png' | 'svg';
const PRINT_FORMATS: readonly ExportFileFormat[] = ['pdf', 'png', 'svg'];
const isPrintFormat = (format: ExportFileFormat): format is PrintFormat => PRINT_FORMATS.includes(format);

const PDF_ONLY = ['page', 'width', 'height', 'landscape', 'portrait', 'margin', 'fit', 'poster', 'tiles', 'scale', 'overlap', 'cropMarks', 'pageLabels', 'titlePage', 'legend', 'appendix', 'author', 'date'];
const MAP_CONTENT = ['lanes', 'stages', 'personas', 'segment', 'period', 'comments', 'gapMarkers', 'metrics', 'area'];
/** The formats each option means something for; an option given for another format is a usage error, not silently ignored. */
const APPLIES_TO: Record<string, readonly ExportFileFormat[]> = {
  ...Object.fromEntries(PDF_ONLY.map((key) => [key, ['pdf']])),
  ...Object.fromEntries(MAP_CONTENT.map((key) => [key, PRINT_FORMATS])),
  pngScale: ['png'],
  transparent: ['png', 'svg'],
  grain: ['pdf', 'png', 'svg', 'csv', 'xlsx'],
  lang: ['pdf', 'png', 'svg', 'csv', 'xlsx'],
  table: ['csv', 'xlsx'],
};

function checkApplicable(command: Command, format: ExportFileFormat): void {
  const misplaced = command.options.filter((option) => {
    const formats = APPLIES_TO[option.attributeName()];
    return formats !== undefined && command.getOptionValueSource(option.attributeName()) === 'cli' && !formats.includes(format);
  });
  if (misplaced.length > 0) throw usageError(`${misplaced.map((option) => option.long).join(', ')} cannot be used with --format ${format}.`);
}

/** The lanes, stages and personas the list options name, as ids (null: all). */
async function contentIds(session: CliSession, opened: OpenedMap, flags: ExportFlags): Promise<ContentIds> {
  const ref = { projectId: opened.project.projectId, mapId: opened.map.id };
  const map = await session.call('map.get', ref);
  const where = `map "${map.name}"`;
  const ids = (list: string | undefined, items: { id: string; name: string }[], noun: string, flag: string) =>
    list === undefined ? null : resolveNames(items, splitList(list), { noun, flag, where });
  const personas = flags.personas === undefined ? [] : (await session.call('catalog.get', { projectId: ref.projectId })).personas;
  return {
    laneIds: ids(flags.lanes, map.lanes, 'lane', '--lanes'),
    stageIds: ids(flags.stages, map.stages, 'stage', '--stages'),
    personaIds: ids(flags.personas, personas, 'persona', '--personas'),
  };
}

function assertPrintViewBuilt(ctx: CliContext): void {
  const page = path.join(ctx.staticDir, 'print', 'print.html');
  if (!fs.existsSync(page)) throw new CliError(EXIT.failed, `The print view is not built (${page} is missing); run npm run build first.`);
}

const kilobytes = (bytes: number | undefined) => (bytes === undefined ? '' : `${Math.max(1, Math.round(bytes / 1024))} KB`);

async function exportPrinted(ctx: CliContext, projectFile: string, flags: PrintExportFlags, out: string): Promise<void> {
  assertPrintViewBuilt(ctx);
  await withSession(ctx, { printView: true }, async (session) => {
    const opened = await openMap(session, projectFile, flags.map);
    const options = buildExportOptions(flags, await contentIds(session, opened, flags));
    const done = await runExportJob(session, ctx, { projectId: opened.project.projectId, mapId: opened.map.id, options, path: out });
    const written = done.path ?? out;
    const details = [done.pages === undefined ? '' : `${done.pages} page${done.pages === 1 ? '' : 's'}`, kilobytes(done.bytes)].filter(Boolean).join(', ');
    ctx.err(`Wrote "${opened.map.name}" to ${written}${details ? ` (${details})` : ''}.\n`);
    ctx.out(`${written}\n`);
  });
}

async function exportData(ctx: CliContext, projectFile: string, flags: ExportFlags, out: string): Promise<void> {
  await withSession(ctx, { printView: false }, async (session) => {
    const opened = await openMap(session, projectFile, flags.map);
    const { projectId } = opened.project;
    if (flags.format === 'json') {
      const { path: written } = await session.call('project.exportJson', { projectId, path: out });
      ctx.err(`Wrote the project "${opened.project.info.name}" as JSON to ${written}.\n`);
      ctx.out(`${written}\n`);
      return;
    }
    if (!flags.table) throw usageError(`--format ${flags.format} needs --table painPoints, gaps or metrics.`);
    const format = flags.format === 'xlsx' ? 'xlsx' : 'csv';
    const written = await session.call('export.table', { projectId, mapId: opened.map.id, table: flags.table, format, path: out, grain: flags.grain, language: flags.lang });
    ctx.err(`Wrote ${written.rows} rows of ${flags.table} of "${opened.map.name}" to ${written.path}.\n`);
    ctx.out(`${written.path}\n`);
  });
}

async function runExport(ctx: CliContext, projectFile: string, flags: ExportFlags, command: Command): Promise<void> {
  checkApplicable(command, flags.format);
  const out = path.resolve(ctx.cwd, flags.out);
  if (!fs.existsSync(path.dirname(out))) throw new CliError(EXIT.notFound, `The folder of --out does not exist: ${path.dirname(out)}`);
  if (isPrintFormat(flags.format)) await exportPrinted(ctx, projectFile, { ...flags, format: flags.format }, out);
  else await exportData(ctx, projectFile, flags, out);
}

export function addExportCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command('export')
    .description('Write a map as PDF, PNG or SVG, the project as JSON, or a table as CSV or XLSX')
    .argument('<project>', 'project file (.cjm)');
  addExportOptions(command)
    .addHelpText(
      'after',
      `
PDF, PNG and SVG are drawn by the app's print view in headless Chromium, so they match the app's
export; set JOURNEY_STUDIO_CHROMIUM to the Chromium or Chrome to use. JSON is the whole project (every map).
Prints the written file's path on stdout.

Examples:
  journey-studio export shop.cjm --map Checkout --format pdf --out checkout.pdf
  journey-studio export shop.cjm --map Checkout --format pdf --page A4 --portrait --tiles --overlap 15 --out tiles.pdf
  journey-studio export shop.cjm --format pdf --lanes "Actions,Touchpoints" --appendix painPoints,metrics --lang zh-CN --out map.pdf
  journey-studio export shop.cjm --format png --png-scale 4 --transparent --out map.png
  journey-studio export shop.cjm --format csv --table painPoints --out pain.csv
  journey-studio export shop.cjm --format json --out shop.json`,
    )
    .action((projectFile: string, flags: ExportFlags, self: Command) => runExport(ctx, projectFile, flags, self));
}
