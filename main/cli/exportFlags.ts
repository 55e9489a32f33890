import { Option, type Command } from 'commander';
import type { z } from 'zod';
import { DATA_TABLES } from '../../src/export/printData';
import { APPENDICES, ExportOptionsSchema, PAPER_NAMES, type ExportOptions } from '../../src/export/exportOptions';
import { SUPPORTED_LANGUAGES } from '../../src/api/contract';
import { GRAINS } from '../../src/schema/metrics';
import { usageError } from './cliErrors';
import { splitList } from './mapRefs';
import { periodStart } from './periodFlag';

export const EXPORT_FORMATS = ['pdf', 'png', 'svg', 'json', 'csv', 'xlsx'] as const;
export type ExportFileFormat = (typeof EXPORT_FORMATS)[number];

/** The export command's options as commander gives them (absent when not given, except negatable ones). */
export interface ExportFlags {
  map?: string;
  format: ExportFileFormat;
  out: string;
  page?: (typeof PAPER_NAMES)[number];
  width?: string;
  height?: string;
  landscape?: boolean;
  portrait?: boolean;
  margin?: string;
  fit?: boolean;
  poster?: boolean;
  tiles?: boolean;
  scale?: string;
  overlap?: string;
  cropMarks: boolean;
  pageLabels: boolean;
  lanes?: string;
  stages?: string;
  personas?: string;
  segment?: string;
  grain?: (typeof GRAINS)[number];
  period?: string;
  comments?: boolean;
  gapMarkers: boolean;
  metrics: boolean;
  area?: string;
  titlePage: boolean;
  legend: boolean;
  appendix?: string;
  author?: string;
  date?: string;
  lang?: (typeof SUPPORTED_LANGUAGES)[number];
  pngScale?: '1' | '2' | '4';
  transparent?: boolean;
  table?: (typeof DATA_TABLES)[number];
}

/** The flags of an export the print view draws. */
export type PrintExportFlags = ExportFlags & { format: 'pdf' | 'png' | 'svg' };

/** The lane, stage and persona ids the list options named (null: all). */
export interface ContentIds {
  laneIds: string[] | null;
  stageIds: string[] | null;
  personaIds: string[] | null;
}

/** Declares the export command's options (help text included). */
export function addExportOptions(command: Command): Command {
  return command
    .option('--map <name>', 'map name or id (optional when the project has one map)')
    .addOption(new Option('--format <format>', 'what to write (required)').choices(EXPORT_FORMATS).makeOptionMandatory())
    .requiredOption('--out <file>', 'file to write, replaced if it exists (required)')
    .addOption(new Option('--page <paper>', 'PDF paper size (default A3)').choices(PAPER_NAMES))
    .option('--width <mm>', 'PDF custom paper width in millimetres (with --page custom)')
    .option('--height <mm>', 'PDF custom paper height in millimetres (with --page custom)')
    .addOption(new Option('--landscape', 'PDF landscape pages (the default)').conflicts('portrait'))
    .option('--portrait', 'PDF portrait pages')
    .option('--margin <mm>', 'PDF page margin in millimetres (default 10)')
    .addOption(new Option('--fit', 'PDF: the whole map on one page (the default)').conflicts(['poster', 'tiles']))
    .addOption(new Option('--poster', 'PDF: one page as large as the map').conflicts('tiles'))
    .option('--tiles', 'PDF: the map across as many pages as needed, for taping together')
    .option('--scale <n>', 'PDF poster and tiles: map pixels to paper, 1 = screen size (default 1)')
    .option('--overlap <mm>', 'PDF tiles: overlap between neighbouring pages (default 10)')
    .option('--no-crop-marks', 'PDF tiles: leave out the crop marks')
    .option('--no-page-labels', 'PDF tiles: leave out the "Row 1 · Column 2" labels')
    .option('--lanes <names>', 'only these lanes (comma-separated names or ids)')
    .option('--stages <names>', 'only these stages (comma-separated names or ids)')
    .option('--personas <names>', "only cards of these personas (cards without a persona stay)")
    .option('--segment <label>', 'metric segment to show (default: all users)')
    .addOption(new Option('--grain <grain>', 'metric period length (default month)').choices(GRAINS))
    .option('--period <period>', 'metric period: 2026, 2026-Q1, 2026-03 or 2026-03-15 (default: the latest)')
    .option('--comments', 'show comments')
    .option('--no-gap-markers', 'leave out the gap markers')
    .option('--no-metrics', 'leave out the metric badges')
    .option('--area <x,y,width,height>', 'only this part of the map (canvas coordinates)')
    .option('--no-title-page', 'PDF: leave out the title page')
    .option('--no-legend', 'PDF: leave out the legend')
    .option('--appendix <list>', `PDF appendices: ${APPENDICES.join(',')} or none (default painPoints,gaps)`)
    .option('--author <name>', 'PDF title page author')
    .option('--date <YYYY-MM-DD>', 'PDF title page date (default today)')
    .addOption(new Option('--lang <language>', "language of the document's own words (default en)").choices(SUPPORTED_LANGUAGES))
    .addOption(new Option('--png-scale <n>', 'PNG pixels per map pixel (default 2)').choices(['1', '2', '4']))
    .option('--transparent', 'PNG and SVG: transparent background instead of white')
    .addOption(new Option('--table <table>', 'csv and xlsx: which table').choices(DATA_TABLES));
}

// Which option changes which field, so a refused value names the flag the user typed.
const FLAG_OF_FIELD: [string, string][] = [
  ['page.paper', '--page'],
  ['page.widthMm', '--width'],
  ['page.heightMm', '--height'],
  ['page.marginMm', '--margin'],
  ['layout.scale', '--scale'],
  ['layout.overlapMm', '--overlap'],
  ['content.segment', '--segment'],
  ['content.period', '--period'],
  ['content.area', '--area'],
  ['content.laneIds', '--lanes'],
  ['content.stageIds', '--stages'],
  ['content.personaIds', '--personas'],
  ['parts.appendices', '--appendix'],
  ['parts.author', '--author'],
  ['parts.date', '--date'],
  ['scale', '--png-scale'],
];

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue ? issue.path.map(String).join('.') : '';
  const flag = FLAG_OF_FIELD.find(([prefix]) => field === prefix || field.startsWith(`${prefix}.`))?.[1];
  const where = flag ? `${flag} (${field})` : field || 'export options';
  return `${where}: ${issue?.message ?? 'invalid value'}`;
}

// Number('') is 0; an empty value must be refused, not read as zero.
const number = (value: string | undefined): number | undefined => (value === undefined ? undefined : value.trim() === '' ? Number.NaN : Number(value));

function parseArea(value: string | undefined) {
  if (value === undefined) return null;
  const parts = value.split(',').map((part) => Number(part.trim()));
  if (parts.length !== 4 || parts.some((part) => !Number.isFinite(part))) throw usageError(`--area: expected four numbers "x,y,width,height", got "${value}".`);
  const [x, y, width, height] = parts as [number, number, number, number];
  return { x, y, width, height };
}

function parseAppendices(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value.trim().toLowerCase() === 'none' ? [] : splitList(value);
}

const layoutMode = (flags: ExportFlags) => (flags.tiles ? 'tiles' : flags.poster ? 'poster' : flags.fit ? 'fit' : undefined);
const orientation = (flags: ExportFlags) => (flags.portrait ? 'portrait' : flags.landscape ? 'landscape' : undefined);

function contentInput(flags: ExportFlags, ids: ContentIds) {
  const grain = flags.grain ?? 'month';
  return {
    ...ids,
    segment: flags.segment,
    grain,
    period: flags.period === undefined ? null : periodStart(flags.period, grain),
    comments: flags.comments ?? false,
    gapMarkers: flags.gapMarkers,
    metrics: flags.metrics,
    area: parseArea(flags.area),
  };
}

// Unchecked input (strings from the command line): the schema checks it, so no field is cast here.
function pdfInput(flags: ExportFlags, content: ReturnType<typeof contentInput>): Record<string, unknown> {
  return {
    format: 'pdf',
    page: { paper: flags.page, widthMm: number(flags.width), heightMm: number(flags.height), orientation: orientation(flags), marginMm: number(flags.margin) },
    layout: { mode: layoutMode(flags), scale: number(flags.scale), overlapMm: number(flags.overlap), cropMarks: flags.cropMarks, pageLabels: flags.pageLabels },
    content,
    parts: {
      titlePage: flags.titlePage,
      legend: flags.legend,
      appendices: parseAppendices(flags.appendix),
      author: flags.author,
      date: flags.date,
      language: flags.lang,
    },
  };
}

/**
 * The PDF, PNG or SVG options the flags describe, checked with the same
 * schema as the app's export dialog; a refused value is a usage error naming
 * its flag.
 */
export function buildExportOptions(flags: PrintExportFlags, ids: ContentIds): ExportOptions {
  const content = contentInput(flags, ids);
  const input: Record<string, unknown> =
    flags.format === 'pdf'
      ? pdfInput(flags, content)
      : {
          format: flags.format,
          scale: number(flags.pngScale),
          background: flags.transparent ? 'transparent' : 'white',
          content,
          language: flags.lang,
        };
  const parsed = ExportOptionsSchema.safeParse(withoutUndefined(input));
  if (!parsed.success) throw usageError(describeIssue(parsed.error));
  return parsed.data;
}

/** A copy with absent (undefined) fields removed at every level, so the schema's defaults apply. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, withoutUndefined(v)]));
}
