import { utils, write } from '@e965/xlsx';
import type { TableExport } from '../api/contract';

/**
 * Writing a table (the pain-point table, later gaps and metrics) as a CSV or
 * XLSX file's bytes. Pure: no file system; main writes the bytes.
 */

type Cell = TableExport['rows'][number][number];
/** The part of an export request that decides the file's content. */
export type TableContent = Pick<TableExport, 'columns' | 'rows' | 'sheetName'>;

/** A table that cannot be written as asked; `field` names the offending part of the request, e.g. "rows[3]". */
export class TableShapeError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'TableShapeError';
  }
}

/** First characters that make Excel, LibreOffice or Google Sheets read a text cell as a formula (OWASP "CSV injection"). */
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'];

/**
 * The cell as it is safe to hand to a spreadsheet: text starting with
 * = + - @ tab or CR gets a leading apostrophe ("'=1+1"), which spreadsheets
 * show as text and never evaluate; every other value is returned unchanged.
 * Only text is touched: the number -5 stays a number, the text "-5" becomes "'-5".
 */
export function neutralizeCell<T extends Cell>(value: T): T | string {
  return typeof value === 'string' && FORMULA_STARTS.some((start) => value.startsWith(start)) ? `'${value}` : value;
}

/** Header and rows, every row as long as the header (short rows padded with empty cells). */
function shapedRows(table: TableContent): Cell[][] {
  const width = table.columns.length;
  return table.rows.map((row, index) => {
    if (row.length > width) {
      throw new TableShapeError(`rows[${index}]`, `Row ${index + 1} has ${row.length} cells but the table has ${width} columns.`);
    }
    return row.length === width ? row : [...row, ...Array<Cell>(width - row.length).fill(null)];
  });
}

/** One CSV field (RFC 4180): quoted when it holds a quote, comma, CR or LF, with quotes doubled. */
function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutralizeCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The table as CSV: UTF-8 with a byte-order mark (so Excel reads Chinese
 * correctly), CRLF line ends, RFC 4180 quoting, header first, text cells
 * neutralised (see neutralizeCell). Yes/no cells are TRUE/FALSE.
 */
export function tableToCsv(table: TableContent): Uint8Array {
  const lines = [table.columns, ...shapedRows(table)].map((row) => row.map(csvField).join(','));
  const text = new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
  const bytes = new Uint8Array(UTF8_BOM.length + text.length);
  bytes.set(UTF8_BOM);
  bytes.set(text, UTF8_BOM.length);
  return bytes;
}

/** Characters of the East Asian scripts take about two columns of a spreadsheet's default font. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function displayWidth(value: Cell): number {
  if (value === null) return 0;
  const text = typeof value === 'string' ? value : String(value);
  let widest = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    let width = 0;
    for (const char of line) width += WIDE.test(char) ? 2 : 1;
    widest = Math.max(widest, width);
  }
  return widest;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Column widths are fitted to the header and the first rows; enough to look right without scanning a huge table. */
const ROWS_MEASURED = 1000;

/**
 * Excel refuses sheet names holding : \ / ? * [ ], starting or ending with an
 * apostrophe, or named "History"; such characters become "_", so a map name
 * can always be used.
 */
export function safeSheetName(name: string | undefined): string {
  const cleaned = (name ?? '').replace(/[:\\/?*[\]]/g, '_').replace(/^'+|'+$/g, '').trim().slice(0, 31);
  if (cleaned === '') return 'Sheet1';
  return cleaned.toLowerCase() === 'history' ? `${cleaned}_` : cleaned;
}

/** A text cell for XLSX: neutralised, with CRLF line breaks as LF, the line break Excel itself puts in a cell. */
const xlsxCell = (value: Cell): Cell => {
  const safe = neutralizeCell(value);
  return typeof safe === 'string' ? safe.replaceAll('\r\n', '\n') : safe;
};

/**
 * The table as an XLSX workbook with one sheet (named `sheetName`, default
 * "Sheet1"): numbers and yes/no stay numbers and booleans, text cells are
 * neutralised like in CSV, empty cells are left out, the header gets a filter
 * and the columns a width fitted to their content. (The header is not bold:
 * the community edition of SheetJS writes no cell styles.)
 */
export function tableToXlsx(table: TableContent): Uint8Array {
  const rows = shapedRows(table);
  const sheet = utils.aoa_to_sheet([table.columns.map(xlsxCell), ...rows.map((row) => row.map(xlsxCell))]);
  const measured = [table.columns, ...rows.slice(0, ROWS_MEASURED)];
  sheet['!cols'] = table.columns.map((_, column) => ({
    wch: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, ...measured.map((row) => displayWidth(neutralizeCell(row[column] ?? null)) + 2))),
  }));
  sheet['!autofilter'] = { ref: utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length, c: table.columns.length - 1 } }) };
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, safeSheetName(table.sheetName));
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', bookSST: true, compression: true }) as ArrayBuffer);
}
