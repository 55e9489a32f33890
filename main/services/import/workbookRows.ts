import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { AppError } from '../../../src/api/result';
import type { ReadOptions } from '../../../src/import/mapping';
import type { Cell } from '../../../src/import/sheetLayout';
import { asAppError, badFile, cancelled, PROGRESS_INTERVAL_MS } from './sourceCommon';
import type { ReadProgress, StreamOptions } from './sources';

/** XLSX/XLSM/XLS read through SheetJS (dense sheets, cached formula values, date serials kept as numbers). */

/** SheetJS error codes of error cells, shown as Excel shows them. */
const EXCEL_ERRORS: Record<number, string> = { 0: '#NULL!', 7: '#DIV/0!', 15: '#VALUE!', 23: '#REF!', 29: '#NAME?', 36: '#NUM!', 42: '#N/A', 43: '#GETTING_DATA' };

/** True for a number format showing only a time of day or a duration ("[h]:mm:ss", "mm:ss"), not a date. */
function isTimeOnlyFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"/g, '').replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  return /[hs]/i.test(bare) && !/[yd]/i.test(bare);
}

/** A day fraction as "hh:mm:ss" (hours may pass 24 for durations). */
function clockText(dayFraction: number): string {
  const total = Math.round(dayFraction * 86400);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

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

export interface Workbook {
  sheets: string[];
  sheet: string;
  worksheet: XLSX.WorkSheet;
}

export async function readWorkbook(path: string, read: ReadOptions, sheetRows?: number): Promise<Workbook> {
  const bytes = await readFile(path);
  let book: XLSX.WorkBook;
  try {
    // One pass over the file: the chosen sheet (else the first) is read, and the names of all come with it.
    book = XLSX.read(bytes, {
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
    const names = book.SheetNames;
    if (read.sheet !== undefined && !names.includes(read.sheet)) {
      throw new AppError('BAD_REQUEST', `${basename(path)} has no sheet "${read.sheet}"; its sheets are: ${names.join(', ')}`, {
        file: basename(path),
        sheet: read.sheet,
        sheets: names.join(', '),
      });
    }
    const sheet = read.sheet ?? names[0];
    if (sheet === undefined) throw badFile(path, 'the workbook has no sheets');
    const worksheet = book.Sheets[sheet];
    if (!worksheet) throw badFile(path, `the sheet "${sheet}" could not be read`);
    return { sheets: names, sheet, worksheet };
  } catch (error) {
    throw asAppError(path, error);
  }
}

/** The number of rows a worksheet says it has (all of them, even when only the first were read). */
export function sheetRowCount(worksheet: XLSX.WorkSheet): number {
  const ref = worksheet['!fullref'] ?? worksheet['!ref'];
  return ref ? XLSX.utils.decode_range(ref).e.r + 1 : 0;
}

/** Walks a dense worksheet from A1 so row numbers and column indexes are the ones Excel shows. */
export async function walkSheet(
  path: string,
  book: Workbook,
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
  const rows = options.limitRows === undefined ? lastRow + 1 : Math.min(lastRow + 1, options.limitRows);
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
    if (source) for (let c = 0; c < width && c < source.length; c++) row[c] = cellValue(source[c]);
    try {
      onRow(row, r + 1);
    } catch (error) {
      throw asAppError(path, error, `, sheet "${book.sheet}", row ${r + 1}`);
    }
  }
  return { bytesRead: size, totalBytes: size, rowsRead: rows };
}

