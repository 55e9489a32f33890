import { z } from 'zod';
import type { EncodingEvidence, TextEncoding } from '../import/decode';
import type { ColumnSuggestion } from '../import/headerSuggestions';
import type { ImportMapping, ImportParseResult, ReadOptions } from '../import/mapping';
import type { MetricDefinition, MetricSeries, MetricTarget } from '../model/metrics';
import type { RateDisagreement } from '../metrics/rateChecks';
import { MetricTargetSchema } from '../schema/metrics';

/** What the import and metrics calls of the contract answer (contract.ts re-exports all of it). */

/** A spreadsheet's first rows and what the importer guesses about them, for the wizard's first steps. */
export interface ImportInspection {
  path: string;
  fileName: string;
  format: 'csv' | 'tsv' | 'xlsx' | 'xls';
  size: number;
  /** CSV/TSV only: the encoding used, the one detected and why, and how many characters could not be decoded. */
  encoding: { used: TextEncoding; detected: TextEncoding; evidence: EncodingEvidence; replaced: number } | null;
  /** Sheet names (XLSX/XLS); empty for CSV. */
  sheets: string[];
  sheet: string | null;
  /** The first rows as read (at most 200), cells as text or numbers, before any header detection. */
  rows: (string | number | boolean | null)[][];
  /** Estimated number of rows in the whole file (exact for small files). */
  totalRows: number;
  /** Index of the header row found (0-based), null when none was found. */
  headerRow: number | null;
  /** Unique header names (merged header cells filled). */
  headers: string[];
  suggestions: (ColumnSuggestion | null)[];
  /** A mapping proposed from the headers and the first rows; null when nothing could be guessed. */
  suggestedMapping: ImportMapping | null;
  /** 1-based row numbers of totals rows among the first rows. */
  totalsRows: number[];
}

/** The parse result the renderer sees: everything but the records, which stay in main until commit. */
export type ImportJobResult =
  | Omit<Extract<ImportParseResult, { kind: 'metrics' }>, 'records'>
  | Omit<Extract<ImportParseResult, { kind: 'transitions' }>, 'transitions'>;

export const IMPORT_PHASES = ['reading', 'ready', 'committing', 'failed', 'cancelled', 'committed'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/** A running or finished import job (parse in a worker, then diff and commit; `import.commit` answers once committed). */
export interface ImportJobState {
  jobId: string;
  phase: ImportPhase;
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  /** While committing (the plan is made, then the values are written in slices): values written of the total; 0 of 0 while planning. */
  commit?: { written: number; total: number };
  /** When failed: what went wrong, naming the file. */
  error?: { code: string; message: string };
  /** When ready or committed. */
  result?: ImportJobResult;
  /**
   * When ready: the target (metrics) or stage (transitions) each key of the
   * file matches on the map by name, or null when none does. A preset's saved
   * matches come first.
   */
  suggestedMatches?: Record<string, MetricTarget | null>;
}

/** Where each key of the file goes on the map; null leaves its rows out. Transition logs match stages only. */
export const ImportMatchesSchema = z.record(z.string().max(1000), MetricTargetSchema.nullable());
export type ImportMatches = z.infer<typeof ImportMatchesSchema>;

export interface ImportDiffEntry {
  change: 'added' | 'changed' | 'removed';
  target: MetricTarget;
  metric: string;
  period: string | null;
  segment: string;
  before: number | null;
  after: number | null;
  /** Row of the new file (null for removed values). */
  row: number | null;
}

/** What committing would do: keyed by target, metric, period and segment. */
export interface ImportDiff {
  added: number;
  changed: number;
  /** Values of the previous import with the same preset (else the same file and sheet) that the new file no longer has. */
  removed: number;
  unchanged: number;
  /** Records left out because their key was matched to nothing. */
  unmatched: number;
  /** Rows of the file combined into one value because they share a key after matching. */
  combined: number;
  /** The first 500 entries: changed, then removed, then added. */
  entries: ImportDiffEntry[];
  /** The import the removals are counted against, if any. */
  previousImportId: string | null;
  /** Metrics imports: rates the file states that its own counts contradict beyond the rate's rounding (the counts are used). */
  rateNotices?: ImportRateNotice[];
}

/** A stated rate of the file that numerator / denominator of the same rows contradict, with the 1-based rows of the file. */
export type ImportRateNotice = Omit<RateDisagreement, 'values'> & { rows: number[] };

/** One import in the project's history. */
export interface ImportRecord {
  id: string;
  mapId: string;
  kind: 'metrics' | 'transitions';
  path: string;
  fileName: string;
  sheet: string | null;
  presetId: string | null;
  presetName: string | null;
  importedAt: string;
  /** Valid rows imported. */
  rows: number;
  added: number;
  changed: number;
  removed: number;
  undoneAt: string | null;
  /** False when a later import changed the same values (undo that one first) or it is already undone. */
  undoable: boolean;
}

/** A saved mapping: how to read and map a kind of file, and where its keys go on the map. */
export interface ImportPreset {
  id: string;
  name: string;
  read: ReadOptions;
  mapping: ImportMapping;
  matches: ImportMatches;
  updatedAt: string;
}

/** A map's metrics for the badges, the metrics lane and the charts, bucketed by one grain. */
export interface MapMetrics {
  /** Built-in definitions (with the project's threshold changes) and the project's own. */
  definitions: MetricDefinition[];
  series: MetricSeries[];
  /** Distinct segment labels ('' is all users). */
  segments: string[];
  /** Bucket starts that have values, oldest first. */
  periods: string[];
  /** True when a stage-transition log was imported for this map. */
  hasTransitions: boolean;
  /** Rates a file stated that its own counts contradict beyond the rate's rounding (the counts are used); absent in old snapshots. */
  rateNotices?: RateNotice[];
}

/** A stated rate of a stored value that its counts contradict, with the file and rows it came from. */
export type RateNotice = ImportRateNotice & { fileName: string; sheet: string | null };

/** Where one stored value came from. */
export interface ProvenanceEntry {
  importId: string;
  path: string;
  fileName: string;
  sheet: string | null;
  /** 1-based rows of the file combined into this value. */
  rows: number[];
  importedAt: string;
  target: MetricTarget;
  metric: string;
  period: string | null;
  segment: string;
  value: number;
}
