import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { AppError } from '../../../src/api/result';
import type { ReadOptions } from '../../../src/import/mapping';
import type { Cell } from '../../../src/import/sheetLayout';
import { checkCellText, clockText, isTimeOnlyFormat, SHEET_LIMITS, tooManyRows } from './sheetCells';
import { asAppError, badFile, cancelled, PROGRESS_INTERVAL_MS } from './sourceCommon';
import type { ReadProgress, StreamOptions } from './sources';
import { openXlsx, readXlsxSheet } from './xlsxSheet';
import { openZip } from './zipArchive';

/**
 * Workbooks: XLSX/XLSM streamed (xlsxSheet.ts, ExcelJS's worksheet reader);
 * SheetJS reads what ExcelJS cannot: .xls (the old binary format), XLSB,
 * ODS, and any sheet the workbook's relationships do not lead to. SheetJS
 * reads the whole file into memory, so those formats are not streamed.
 */

/** SheetJS error codes of error cells, shown as Excel shows them. */
const EXCEL_ERRORS: Record<number, string> = { 0: '#NULL!', 7: '#DIV/0!', 15: '#VALUE!', 23: '#REF!', 29: '#NAME?', 36: '#NUM!', 42: '#N/A', 43: '#GETTING_DATA' };

/** A worksheet cell as the import reads it: cached values of formulas, date serials as numbers, durations as "hh:mm:ss". */
function cellValue(cell: XLSX.CellObject | undefined): Cell {
  if (!cell) return null;
  switch (cell.t) {
    case 'n':
      return typeof cell.z === 'string' && typeof cell.v === 'number' && isTimeOnlyFormat(cell.z) ? clockText(cell.v) : (cell.v as number);
    case 's':
      return cell.v as string;
    case 'b':
      return cell.v as boolean;
    case 'e':
      return EXCEL_ERRORS[cell.v as number] ?? '#ERROR!';
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString() : String(cell.v);
    default:
      return null;
  }
}

/** The sheet to read: the one asked for (a BAD_REQUEST naming the sheets when there is none of that name), else the first. */
function chooseSheet(path: string, names: readonly string[], wanted: string | undefined): string {
  if (wanted !== undefined && !names.includes(wanted)) {
    throw new AppError('BAD_REQUEST', `${basename(path)} has no sheet "${wanted}"; its sheets are: ${names.join(', ')}`, {
      file: basename(path),
      sheet: wanted,
      sheets: names.join(', '),
    });
  }
  const sheet = wanted ?? names[0];
  if (sheet === undefined) throw badFile(path, 'the workbook has no sheets');
  return sheet;
}

interface SheetJsBook {
  sheets: string[];
  sheet: string;
  worksheet: XLSX.WorkSheet;
}

async function readSheetJsBook(path: string, read: ReadOptions, sheetRows?: number): Promise<SheetJsBook> {
  const bytes = await readFile(path);
  // One pass over the file: the chosen sheet (else the first) is read, and the names of all come with it.
  const book = XLSX.read(bytes, {
    type: 'buffer',
    dense: true,
    cellDates: false,
    cellNF: true,
    cellText: false,
    cellFormula: false,
    cellHTML: false,
    sheets: read.sheet ?? 0,
    ...(sheetRows ? { sheetRows } : {}),
  });
  const sheet = chooseSheet(path, book.SheetNames, read.sheet);
  const worksheet = book.Sheets[sheet];
  if (!worksheet) throw badFile(path, `the sheet "${sheet}" could not be read`);
  return { sheets: book.SheetNames, sheet, worksheet };
}

/** The number of rows a worksheet says it has (all of them, even when only the first were read). */
function sheetRowCount(worksheet: XLSX.WorkSheet): number {
  const ref = worksheet['!fullref'] ?? worksheet['!ref'];
  return ref ? XLSX.utils.decode_range(ref).e.r + 1 : 0;
}

/** Walks a dense worksheet from A1 so row numbers and column indexes are the ones Excel shows. */
async function walkSheetJs(
  path: string,
  book: SheetJsBook,
  size: number,
  options: StreamOptions & { limitRows?: number },
  onRow: (row: Cell[], rowNumber: number) => void,
): Promise<ReadProgress> {
  const { worksheet } = book;
  const data = (worksheet['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const ref = worksheet['!ref'];
  const range = ref ? XLSX.utils.decode_range(ref) : undefined;
  const lastRow = range ? range.e.r : -1;
  const width = range ? range.e.c + 1 : 0;
  const rows = Math.min(lastRow + 1, options.limitRows ?? SHEET_LIMITS.rows);
  if (options.limitRows === undefined && lastRow + 1 > SHEET_LIMITS.rows) throw tooManyRows(path, book.sheet, SHEET_LIMITS.rows + 1);
  let lastReport = Date.now();
  for (let r = 0; r < rows; r++) {
    if ((r & 1023) === 0) {
      if (options.signal?.aborted) throw cancelled(path);
      if (Date.now() - lastReport >= PROGRESS_INTERVAL_MS) {
        lastReport = Date.now();
        options.onProgress?.({ bytesRead: size, totalBytes: size, rowsRead: r });
        // Let the event loop run (a cancel message, an abort) while a big sheet is walked.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    const source = data[r];
    const row: Cell[] = new Array<Cell>(width).fill(null);
    if (source) {
      for (let c = 0; c < width && c < source.length; c++) {
        const value = cellValue(source[c]);
        if (typeof value === 'string') checkCellText(path, book.sheet, r + 1, c + 1, value);
        row[c] = value;
      }
    }
    onRow(row, r + 1);
  }
  return { bytesRead: size, totalBytes: size, rowsRead: rows };
}

/** What reading a workbook did: progress totals, its sheets, the sheet read and how many rows that sheet has. */
export interface WorkbookRead extends ReadProgress {
  sheets: string[];
  sheet: string;
  totalRows: number;
}

/**
 * Calls `onRow` for each row of the chosen sheet (else the first), from row 1
 * (1-based row numbers as Excel shows them); stops after `limitRows` rows.
 */
export async function readWorkbookRows(
  path: string,
  format: 'xlsx' | 'xls',
  size: number,
  options: StreamOptions & { limitRows?: number },
  onRow: (row: Cell[], rowNumber: number) => void,
): Promise<WorkbookRead> {
  let sheet = options.sheet ?? '';
  const where = (): string => `, sheet "${sheet}"`;
  const guarded = (row: Cell[], rowNumber: number): void => {
    try {
      onRow(row, rowNumber);
    } catch (error) {
      throw asAppError(path, error, `${where()}, row ${rowNumber}`);
    }
  };
  try {
    const book = format === 'xlsx' ? await openXlsx(await openZip(path, size)) : undefined;
    if (book) {
      const sheets = book.sheets.map((part) => part.name);
      sheet = chooseSheet(path, sheets, options.sheet);
      const part = book.sheets.find((candidate) => candidate.name === sheet);
      if (part?.entry) return { ...(await readXlsxSheet(path, book, { ...part, entry: part.entry }, size, options, guarded)), sheets, sheet };
    }
    const sheetJs = await readSheetJsBook(path, options, options.limitRows);
    sheet = sheetJs.sheet;
    const read = await walkSheetJs(path, sheetJs, size, options, guarded);
    return { ...read, sheets: sheetJs.sheets, sheet, totalRows: Math.max(read.rowsRead, sheetRowCount(sheetJs.worksheet)) };
  } catch (error) {
    throw asAppError(path, error, sheet ? where() : '');
  }
}
