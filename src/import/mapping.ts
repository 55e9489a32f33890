import { z } from 'zod';
import type { Grain } from '../model/metrics';
import { MetricKeySchema } from '../schema/metrics';
import { TEXT_ENCODINGS } from './decode';
import { FixedPeriodSchema } from './fixedPeriod';

/**
 * How the columns of a spreadsheet become metric values or stage transitions:
 * what the wizard builds, what a preset saves, what the importer applies.
 * Column numbers are 0-based indexes into the sheet's rows.
 */

const Column = z.number().int().min(0).max(16383);

/** What the rows are about: one column naming a stage, card or channel; up to three UTM columns; or nothing (the whole map). */
export const TargetColumnsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('map') }).strict(),
  z.object({ kind: z.literal('stage'), column: Column }).strict(),
  z.object({ kind: z.literal('card'), column: Column }).strict(),
  z.object({ kind: z.literal('channel'), column: Column }).strict(),
  z
    .object({ kind: z.literal('utm'), source: Column.optional(), medium: Column.optional(), campaign: Column.optional() })
    .strict()
    .refine((utm) => utm.source !== undefined || utm.medium !== undefined || utm.campaign !== undefined, {
      message: 'Choose at least one of the UTM source, medium and campaign columns',
    }),
]);

/** Options shared by both kinds of import. */
const Common = {
  /** Row index (0-based) of the header row; rows above it are titles and are skipped. */
  headerRow: z.number().int().min(0).max(1000),
  /** Read "3/5/2026" as 3 May (day first) instead of 5 March. */
  dayFirst: z.boolean().default(false),
  /** Rows whose first cells say 合计 / 总计 / Total / Sum are left out (with a notice) unless this is false. */
  skipTotals: z.boolean().default(true),
};

export const MetricsMappingSchema = z
  .object({
    kind: z.literal('metrics'),
    ...Common,
    target: TargetColumnsSchema,
    period: Column.optional(),
    /** For a file with no period column: the period every value is filed under (see fixedPeriod.ts). */
    fixedPeriod: FixedPeriodSchema.optional(),
    segment: Column.optional(),
    layout: z.discriminatedUnion('layout', [
      /**
       * One column per metric. `segment` files a column's values under that segment instead of the row's
       * segment column ("新访客交易数" → transactions of 'new'); absent in presets saved before it existed.
       */
      z
        .object({
          layout: z.literal('wide'),
          metrics: z.array(z.object({ column: Column, metric: MetricKeySchema, segment: z.string().trim().max(200).optional() }).strict()).min(1).max(200),
        })
        .strict(),
      /** One row per metric: a column naming the metric and one holding the value; `names` maps the file's metric names to metric keys. */
      z
        .object({
          layout: z.literal('long'),
          metricColumn: Column,
          valueColumn: Column,
          names: z.record(z.string().max(200), MetricKeySchema),
        })
        .strict(),
    ]),
  })
  .strict()
  .refine((mapping) => mapping.period === undefined || mapping.fixedPeriod === undefined, {
    message: 'A file with a period column takes its periods from it; leave fixedPeriod out',
    path: ['fixedPeriod'],
  });

/** A stage-transition log: who (lead or customer id), which stage, when. */
export const TransitionsMappingSchema = z
  .object({
    kind: z.literal('transitions'),
    ...Common,
    entity: Column,
    stage: Column,
    timestamp: Column,
  })
  .strict();

export const ImportMappingSchema = z.discriminatedUnion('kind', [MetricsMappingSchema, TransitionsMappingSchema]);
export type ImportMapping = z.infer<typeof ImportMappingSchema>;
export type MetricsMapping = z.infer<typeof MetricsMappingSchema>;
export type TransitionsMapping = z.infer<typeof TransitionsMappingSchema>;
export type TargetColumns = z.infer<typeof TargetColumnsSchema>;

/** How the file is read before the mapping applies. */
export const ReadOptionsSchema = z
  .object({
    /** Absent: detected from the bytes. CSV/TSV only. */
    encoding: z.enum(TEXT_ENCODINGS).optional(),
    /** XLSX/XLS sheet name; absent: the first sheet. */
    sheet: z.string().max(200).optional(),
  })
  .strict();
export type ReadOptions = z.infer<typeof ReadOptionsSchema>;

/**
 * The key of a UTM target in records and matches: the three fields joined by
 * U+001F, absent ones empty ("baidu\u001fcpc\u001f" is source baidu, medium cpc, any campaign).
 */
export const utmKey = (utm: { source?: string; medium?: string; campaign?: string }): string =>
  [utm.source ?? '', utm.medium ?? '', utm.campaign ?? ''].join('\u001f');

/** One metric value read from a row, before its target key is matched to the map. */
export interface MetricRecord {
  /** The target column's text as written (stage / card / channel name), a utmKey, or '' for the whole map. */
  targetKey: string;
  metric: string;
  period: string | null;
  grain: Grain | null;
  segment: string;
  value: number;
  /** 1-based row number in the sheet, as a spreadsheet app shows it. */
  row: number;
}

/** One row of a transition log, before its stage name is matched to the map. */
export interface TransitionRecord {
  entity: string;
  stageKey: string;
  /** ISO date-time ("2026-03-05T09:30:00"; "T00:00:00" for a date only). */
  at: string;
  row: number;
}

/** Why a problem was raised; the wizard translates the code and shows `reason` (English) as detail. */
export type ImportProblemCode =
  | 'number'
  | 'date'
  | 'duration'
  | 'missingTarget'
  | 'missingValue'
  | 'unknownMetric'
  | 'missingEntity'
  | 'missingStage'
  | 'emptyFile'
  | 'noHeader'
  | 'unreadable';

/** One refused cell or row: the row and column a person finds it by, the raw text, and why. */
export interface ImportProblem {
  /** 1-based row number in the sheet (0 for problems of the whole file). */
  row: number;
  /** Column letter as the spreadsheet shows it ("C"); '' for problems of the whole row or file. */
  column: string;
  /** The column's header text. */
  header: string;
  raw: string;
  code: ImportProblemCode;
  reason: string;
}

/** Most problems kept in a result; `problemCount` counts them all. */
export const MAX_LISTED_PROBLEMS = 1000;

interface ParseSummary {
  /** Data rows read below the header row (blank and totals rows included). */
  rowsRead: number;
  /** Rows that produced at least one record. */
  validRows: number;
  blankRows: number;
  /** Row numbers of totals rows left out. */
  totalsRows: number[];
  problems: ImportProblem[];
  problemCount: number;
}

export type ImportParseResult =
  | (ParseSummary & {
      kind: 'metrics';
      records: MetricRecord[];
      /** Distinct target keys with their number of rows, in first-seen order. */
      targetKeys: { key: string; rows: number }[];
      metrics: string[];
      segments: string[];
      periods: { from: string; to: string } | null;
    })
  | (ParseSummary & {
      kind: 'transitions';
      transitions: TransitionRecord[];
      /** Distinct stage names of the log with their number of rows, in first-seen order. */
      stageKeys: { key: string; rows: number }[];
      entities: number;
    });
