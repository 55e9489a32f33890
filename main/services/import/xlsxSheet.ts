import type { Cell as ExcelCell, Row } from 'exceljs';
import WorksheetReader from 'exceljs/lib/stream/xlsx/worksheet-reader.js';
import parseSax, { type SaxNode } from 'exceljs/lib/utils/parse-sax.js';
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform.js';
import type { Cell } from '../../../src/import/sheetLayout';
import { checkCellText, clockText, isTimeOnlyFormat, SHEET_LIMITS, tooManyRows } from './sheetCells';
import { cancelled, PROGRESS_INTERVAL_MS } from './sourceCommon';
import type { ReadProgress, StreamOptions } from './sources';
import { zipEntry, zipEntryText, type ZipArchive, type ZipEntry } from './zipArchive';

/**
 * XLSX/XLSM read as a stream: the archive's parts are found through its ZIP
 * directory, the workbook, styles and shared strings are read first, then
 * only the chosen sheet, row by row, by ExcelJS's streaming WorksheetReader.
 * Nothing else of the file is read, and a preview stops after its rows.
 *
 * What ExcelJS gives and how it becomes a cell here: numbers with a date
 * format come as Dates (1904 workbooks already shifted) and go back to Excel
 * serials of the 1900 system; a time-only format ("[h]:mm:ss") is shown as
 * "hh:mm:ss"; formulas give their cached result; rich text is joined; merged
 * ranges are not reported (mergeCells is skipped), so a merged cell's value
 * sits in its first cell and the rest are blank, as SheetJS gave them and as
 * header detection expects.
 */

export interface XlsxSheetPart {
  name: string;
  entry: ZipEntry | undefined;
}

export interface XlsxBook {
  zip: ZipArchive;
  /** Sheets in workbook order (the order of the tabs). */
  sheets: XlsxSheetPart[];
  date1904: boolean;
}

const localName = (node: SaxNode): string => node.name.slice(node.name.indexOf(':') + 1);

async function* events(zip: ZipArchive, entry: ZipEntry) {
  for await (const batch of parseSax(zipEntryText(zip, entry))) yield* batch;
}

/** A part path relative to the workbook part (xl/workbook.xml), or absolute ("/xl/worksheets/sheet1.xml"). */
function partPath(target: string): string {
  const parts = target.startsWith('/') ? [] : ['xl'];
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '' && piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

/**
 * The workbook's sheets and date system; undefined when the archive is not
 * an XLSX ExcelJS can read (no xl/workbook.xml: XLSB, ODS), for SheetJS.
 */
export async function openXlsx(zip: ZipArchive): Promise<XlsxBook | undefined> {
  const workbook = zipEntry(zip, 'xl/workbook.xml');
  if (!workbook) return undefined;
  const targets = new Map<string, string>();
  const rels = zipEntry(zip, 'xl/_rels/workbook.xml.rels');
  if (rels) {
    for await (const event of events(zip, rels)) {
      if (event.eventType === 'opentag' && localName(event.value) === 'Relationship') {
        const { Id: id, Target: target } = event.value.attributes;
        if (id && target) targets.set(id, partPath(target));
      }
    }
  }
  const sheets: XlsxSheetPart[] = [];
  let date1904 = false;
  for await (const event of events(zip, workbook)) {
    if (event.eventType !== 'opentag') continue;
    const { attributes } = event.value;
    const name = localName(event.value);
    if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
    if (name === 'sheet' && attributes.name !== undefined) {
      // The relationship id is r:id, whatever the prefix of the relationships namespace.
      const relation = Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1];
      const path = relation === undefined ? undefined : targets.get(relation);
      sheets.push({ name: attributes.name, entry: path === undefined ? undefined : zipEntry(zip, path) });
    }
  }
  return { zip, sheets, date1904 };
}

/** The shared strings table: plain text of each item (rich text runs joined, phonetic guides left out). */
async function readSharedStrings(zip: ZipArchive): Promise<string[]> {
  const entry = zipEntry(zip, 'xl/sharedStrings.xml');
  const strings: string[] = [];
  if (!entry) return strings;
  let text = '';
  let inText = false;
  let inPhonetic = false;
  for await (const batch of parseSax(zipEntryText(zip, entry))) {
    for (const event of batch) {
      if (event.eventType === 'text') {
        if (inText) text += event.value;
        continue;
      }
      const name = localName(event.value);
      const open = event.eventType === 'opentag';
      if (name === 't') inText = open && !inPhonetic;
      else if (name === 'rPh') inPhonetic = open;
      else if (name === 'si') {
        if (!open) strings.push(text);
        text = '';
      }
    }
  }
  return strings;
}

async function readStyles(zip: ZipArchive): Promise<StylesXform> {
  const entry = zipEntry(zip, 'xl/styles.xml');
  const styles = new StylesXform();
  if (entry) await styles.parseStream(zipEntryText(zip, entry));
  else styles.init();
  return styles;
}

/** The last row and column of a `<dimension ref="A1:G7"/>`, seen before the rows. */
function dimensionEnd(head: string): { rows: number; columns: number } | undefined {
  const ref = /<(?:\w+:)?dimension\s[^>]*\bref="([^"]*)"/.exec(head)?.[1];
  const end = ref === undefined ? undefined : /([A-Z]+)(\d+)$/i.exec(ref);
  if (!end) return undefined;
  let columns = 0;
  for (const letter of end[1]!.toUpperCase()) columns = columns * 26 + letter.charCodeAt(0) - 64;
  return { rows: Number(end[2]), columns };
}

/** What was seen of a sheet's text as it went by: how much, and the dimension the sheet declares before its rows. */
interface SheetWatch {
  chars: number;
  declared?: { rows: number; columns: number };
}

/**
 * Real dates (t="d", ISO 8601 text) and errors (t="e") made text cells:
 * ExcelJS reads a date's text as a number (parseFloat: the year) and a
 * formula's error result as NaN; as text both keep what Excel shows.
 */
const retyped = (text: string): string => (/\st="[de]"/.test(text) ? text.replace(/(<c\s[^>]*?\bt=")[de]"/g, '$1str"') : text);

/** The sheet's text as ExcelJS's reader gets it: retyped (no tag is split between two pieces, so none escapes), and watched. */
async function* sheetText(source: AsyncIterable<string>, watch: SheetWatch): AsyncGenerator<string> {
  let head: string | undefined = '';
  let carry = '';
  for await (const piece of source) {
    watch.chars += piece.length;
    if (head !== undefined) {
      head += piece;
      const rowsStart = head.search(/<(?:\w+:)?sheetData[\s>/]/);
      if (rowsStart >= 0 || head.length > 1 << 20) {
        watch.declared = dimensionEnd(rowsStart >= 0 ? head.slice(0, rowsStart) : head);
        head = undefined;
      }
    }
    let text = carry + piece;
    const open = text.lastIndexOf('<');
    carry = open > text.lastIndexOf('>') ? text.slice(open) : '';
    if (carry) text = text.slice(0, open);
    yield retyped(text);
  }
  if (carry) yield retyped(carry);
}

/** Excel's last column (XFD): a wider declared dimension is not trusted to pad rows. */
const EXCEL_COLUMNS = 16_384;
const DAY_MS = 86_400_000;
/** The serial of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days between the 1900 and the 1904 date systems. */
const DAYS_1904 = 1_462;

/** A date format (has a day or a year part), not a time-only one. */
const isDateFormat = (format: string): boolean => /[yd]/i.test(format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, ''));

/** A number as the import reads it: "hh:mm:ss" under a time-only format, else the number. */
function numberCell(value: number, format: string | undefined): Cell {
  return format && isTimeOnlyFormat(format) ? clockText(value) : value;
}

interface CellContext {
  path: string;
  sheet: string;
  row: number;
  date1904: boolean;
}

/** An ExcelJS cell as the import reads it (see the file comment). */
function cellValue(cell: ExcelCell, column: number, context: CellContext): Cell {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return numberCell(value, cell.numFmt);
  if (typeof value === 'string') {
    checkCellText(context.path, context.sheet, context.row, column, value);
    return value;
  }
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) {
    // ExcelJS made the Date from the serial (plus 1,462 days in a 1904 workbook): back to a serial of the 1900 system.
    const serial = value.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
    const format = cell.numFmt;
    if (format && isTimeOnlyFormat(format)) return clockText(context.date1904 ? serial - DAYS_1904 : serial);
    return serial;
  }
  if ('richText' in value) {
    const text = value.richText.map((run) => run.text ?? '').join('');
    checkCellText(context.path, context.sheet, context.row, column, text);
    return text;
  }
  if ('result' in value || 'formula' in value || 'sharedFormula' in value) {
    // cell.result, not value.result: ExcelJS drops a result of 0 from the value.
    const result = cell.result as unknown;
    if (typeof result === 'number') {
      // ExcelJS does not turn a formula's date result into a Date: a 1904 serial is shifted here.
      const format = cell.numFmt;
      return context.date1904 && format && isDateFormat(format) ? result + DAYS_1904 : numberCell(result, format);
    }
    if (typeof result === 'string') {
      checkCellText(context.path, context.sheet, context.row, column, result);
      return result;
    }
    return typeof result === 'boolean' ? result : null;
  }
  return null;
}

export interface XlsxSheetRead extends ReadProgress {
  /** Rows the sheet has: exact when it was read to the end, else what it declares (or an estimate from the bytes read). */
  totalRows: number;
}

/**
 * Calls `onRow` for each row of the sheet from row 1 (rows the sheet leaves
 * out come as blank rows, so row numbers are Excel's), every row padded to
 * the width the sheet declares. Stops after `limitRows` rows when given.
 */
export async function readXlsxSheet(
  path: string,
  book: XlsxBook,
  part: XlsxSheetPart & { entry: ZipEntry },
  size: number,
  options: StreamOptions & { limitRows?: number },
  onRow: (row: Cell[], rowNumber: number) => void,
): Promise<XlsxSheetRead> {
  const { zip, date1904 } = book;
  const [sharedStrings, styles] = await Promise.all([readSharedStrings(zip), readStyles(zip)]);
  const watch: SheetWatch = { chars: 0 };
  const reader = new WorksheetReader({
    workbook: { sharedStrings, styles, properties: { model: { date1904 } } },
    // Only names the reader's own default sheet name ("Sheet1"), which is not used.
    id: 1,
    iterator: sheetText(zipEntryText(zip, part.entry), watch),
    options: { worksheets: 'emit', hyperlinks: 'ignore' },
  });
  const limit = Math.min(options.limitRows ?? Number.POSITIVE_INFINITY, SHEET_LIMITS.rows);
  const context: CellContext = { path, sheet: part.name, row: 0, date1904 };
  const progress = (): number => Math.min(size, Math.round((size * watch.chars) / Math.max(1, part.entry.uncompressedSize)));
  let emitted = 0;
  let seen = 0;
  let complete = true;
  let lastReport = Date.now();
  for await (const row of reader as AsyncIterable<Row>) {
    // Rows without a number (optional in the format) follow the one before.
    const rowNumber = Number.isFinite(row.number) && row.number > 0 ? row.number : emitted + 1;
    if (rowNumber > SHEET_LIMITS.rows) throw tooManyRows(path, part.name, rowNumber);
    if (rowNumber > limit) {
      complete = false;
      break;
    }
    const width = watch.declared && watch.declared.columns <= EXCEL_COLUMNS ? watch.declared.columns : 0;
    while (emitted + 1 < rowNumber) onRow(new Array<Cell>(width).fill(null), ++emitted);
    if (rowNumber <= emitted) continue;
    context.row = rowNumber;
    const cells = new Array<Cell>(Math.max(width, row.cellCount)).fill(null);
    row.eachCell((cell, column) => {
      cells[column - 1] = cellValue(cell, column, context);
    });
    onRow(cells, rowNumber);
    emitted = rowNumber;
    if ((++seen & 1023) === 0) {
      if (options.signal?.aborted) throw cancelled(path);
      if (Date.now() - lastReport >= PROGRESS_INTERVAL_MS) {
        lastReport = Date.now();
        options.onProgress?.({ bytesRead: progress(), totalBytes: size, rowsRead: emitted });
      }
    }
  }
  if (options.signal?.aborted) throw cancelled(path);
  const estimate = complete ? emitted : Math.max(emitted, watch.declared?.rows ?? Math.round((emitted * part.entry.uncompressedSize) / Math.max(1, watch.chars)));
  return { bytesRead: complete ? size : progress(), totalBytes: size, rowsRead: emitted, totalRows: estimate };
}
