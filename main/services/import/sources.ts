import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ImportInspection } from '../../../src/api/contract';
import { suggestColumn } from '../../../src/import/headerSuggestions';
import type { ImportMapping, ImportParseResult, ReadOptions } from '../../../src/import/mapping';
import { createRecordBuilder, type MetricsRecordBuilder, type RecordBuilder } from '../../../src/import/records';
import type { PackedRecords } from './packedRecords';
import { findHeader, headerNamesAt, isTotalsRow, type Cell } from '../../../src/import/sheetLayout';
import { suggestMapping } from '../../../src/import/suggestMapping';
import { asAppError, badFile, cancelled, PREVIEW_ROWS, SAMPLE_BYTES, startsWith, type Format } from './sourceCommon';
import { chooseEncoding, readTextRows } from './textRows';
import { readWorkbookRows } from './workbookRows';

/**
 * Reading spreadsheet files from disk: CSV/TSV streamed (PapaParse over the
 * decoded text), workbooks through workbookRows.ts (XLSX streamed, the rest
 * through SheetJS). Used by the import worker and by
 * `import.inspect`; nothing here writes.
 */

export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
}

export interface StreamOptions extends ReadOptions {
  /** Aborting stops reading; the promise rejects with an AppError 'CANCELLED'. */
  signal?: AbortSignal;
  /** Called now and then (at most every ~100 ms) while reading. */
  onProgress?(progress: ReadProgress): void;
}

/** The file's first bytes. */
async function readSample(path: string, length: number): Promise<{ bytes: Uint8Array; size: number }> {
  const info = await stat(path);
  if (info.isDirectory()) throw badFile(path, 'it is a folder, not a file');
  const handle = await open(path, 'r');
  try {
    const bytes = new Uint8Array(Math.min(length, info.size));
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    return { bytes: bytes.subarray(0, bytesRead), size: info.size };
  } finally {
    await handle.close();
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** The file's format from its content first (an .xlsx renamed .csv still opens), then its name. */
function formatOf(path: string, sample: Uint8Array): Format {
  const extension = extname(path).toLowerCase();
  if (startsWith(sample, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(sample, CFB_MAGIC)) return 'xls';
  if (extension === '.xlsx' || extension === '.xlsm') {
    throw badFile(path, sample.length === 0 ? 'the file is empty' : 'it is not an Excel workbook (the file is damaged or has the wrong name)');
  }
  if (extension === '.xls') return 'xls';
  return extension === '.tsv' ? 'tsv' : 'csv';
}

/** What reading a whole file did: its progress totals and, for a workbook, the sheet read (also when none was asked for: the first). */
export interface ReadDone extends ReadProgress {
  sheet?: string;
}

/** Calls `onRow` for every row of the file in order (1-based row numbers as a spreadsheet shows them). */
export async function readRows(path: string, options: StreamOptions, onRow: (row: Cell[], rowNumber: number) => void): Promise<ReadDone> {
  return readRowsLimited(path, options, onRow);
}

async function readRowsLimited(
  path: string,
  options: StreamOptions & { limitRows?: number },
  onRow: (row: Cell[], rowNumber: number) => void,
): Promise<ReadDone> {
  try {
    if (options.signal?.aborted) throw cancelled(path);
    const { bytes, size } = await readSample(path, SAMPLE_BYTES);
    const format = formatOf(path, bytes);
    if (format === 'xlsx' || format === 'xls') {
      const { bytesRead, totalBytes, rowsRead, sheet } = await readWorkbookRows(path, format, size, options, onRow);
      return { bytesRead, totalBytes, rowsRead, sheet };
    }
    const { use } = chooseEncoding(bytes, options.encoding);
    const { bytesRead, totalBytes, rowsRead } = await readTextRows(path, format, size, use, options, onRow);
    return { bytesRead, totalBytes, rowsRead };
  } catch (error) {
    throw asAppError(path, error);
  }
}

/** The first rows of a file, its encoding or sheets, header row, column suggestions and a proposed mapping. */
export async function inspectFile(path: string, read: ReadOptions = {}): Promise<ImportInspection> {
  try {
    const { bytes, size } = await readSample(path, SAMPLE_BYTES);
    const format = formatOf(path, bytes);
    const rows: (string | number | boolean | null)[][] = [];
    const collect = (row: Cell[]): void => {
      rows.push(row.map((cell) => (cell === undefined ? null : cell)));
    };
    let encoding: ImportInspection['encoding'] = null;
    let sheets: string[] = [];
    let sheet: string | null = null;
    let totalRows: number;
    if (format === 'xlsx' || format === 'xls') {
      // Only the preview's rows of the sheet are read (and, for XLSX, nothing of the other sheets).
      const book = await readWorkbookRows(path, format, size, { ...read, limitRows: PREVIEW_ROWS }, collect);
      sheets = book.sheets;
      sheet = book.sheet;
      totalRows = Math.max(rows.length, book.totalRows);
    } else {
      const { use, detected } = chooseEncoding(bytes, read.encoding);
      const result = await readTextRows(path, format, size, use, { limitRows: PREVIEW_ROWS }, collect);
      encoding = { used: use.encoding, detected: detected.encoding, evidence: use.evidence, replaced: result.replaced };
      const bytesParsed = result.charsParsed * result.bytesPerChar;
      totalRows = result.complete ? rows.length : Math.max(rows.length, Math.round((rows.length * size) / Math.max(1, bytesParsed)));
    }
    const header = findHeader(rows);
    const headers = header?.names ?? [];
    const suggestions = headers.map((name) => suggestColumn(name) ?? null);
    const headerRow = header?.index ?? null;
    const suggestedMapping: ImportMapping | null = header ? suggestMapping(rows, header.index, headers, suggestions) : null;
    const totalsRows: number[] = [];
    rows.forEach((row, index) => {
      if (headerRow !== null && index > headerRow && isTotalsRow(row)) totalsRows.push(index + 1);
    });
    return {
      path,
      fileName: basename(path),
      format,
      size,
      encoding,
      sheets,
      sheet,
      rows,
      totalRows,
      headerRow,
      headers,
      suggestions,
      suggestedMapping,
      totalsRows,
    };
  } catch (error) {
    throw asAppError(path, error);
  }
}

/** Reads the whole file through a mapping into a record builder (`readRows` into `createRecordBuilder`), with the sheet read. */
async function buildFile(path: string, mapping: ImportMapping, options: StreamOptions): Promise<{ builder: RecordBuilder | MetricsRecordBuilder; sheet: string | null }> {
  let builder: RecordBuilder | MetricsRecordBuilder | undefined;
  let above: Cell[] | undefined;
  let header: Cell[] = [];
  const { sheet } = await readRows(path, options, (row, rowNumber) => {
    const index = rowNumber - 1;
    if (index === mapping.headerRow - 1) above = row;
    if (index === mapping.headerRow) header = row;
    if (index <= mapping.headerRow) return;
    builder ??= createRecordBuilder(mapping, headerNamesAt(above, header, Math.max(header.length, row.length)));
    builder.push(row, rowNumber);
  });
  return { builder: builder ?? createRecordBuilder(mapping, headerNamesAt(above, header, header.length)), sheet: sheet ?? null };
}

/** Reads the whole file through a mapping: every record as an object (tests, small files). */
export async function parseFile(path: string, mapping: ImportMapping, options: StreamOptions): Promise<ImportParseResult> {
  return (await buildFile(path, mapping, options)).builder.finish();
}

/** Reads the whole file through a mapping: the summary, the records packed in columns and the sheet read (the import worker). */
export async function parseFilePacked(
  path: string,
  mapping: ImportMapping,
  options: StreamOptions,
): Promise<{ summary: ImportParseResult; packed: PackedRecords; sheet: string | null }> {
  const { builder, sheet } = await buildFile(path, mapping, options);
  if ('finishPacked' in builder) return { ...builder.finishPacked(), sheet };
  const result = builder.finish();
  if (result.kind !== 'transitions') throw new Error('a metrics import has a metrics builder');
  const { transitions, ...rest } = result;
  return { summary: { ...rest, transitions: [] }, packed: { kind: 'transitions', length: transitions.length, transitions }, sheet };
}
