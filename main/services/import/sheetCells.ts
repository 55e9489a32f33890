import { basename } from 'node:path';
import { AppError } from '../../../src/api/result';

/** What both workbook readers (ExcelJS streaming, SheetJS) share: number formats shown as Excel shows them, and the limits of a sheet. */

/** True for a number format showing only a time of day or a duration ("[h]:mm:ss", "mm:ss"), not a date. */
export function isTimeOnlyFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"/g, '').replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  return /[hs]/i.test(bare) && !/[yd]/i.test(bare);
}

/** A day fraction as "hh:mm:ss" (hours may pass 24 for durations). */
export function clockText(dayFraction: number): string {
  const total = Math.round(dayFraction * 86400);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

/**
 * Limits of a sheet, Excel's own: no file Excel writes goes past them, so a
 * sheet that does is damaged or built to exhaust memory (a zip bomb).
 */
export const SHEET_LIMITS = {
  /** Rows of a worksheet (1,048,576). */
  rows: 1_048_576,
  /** Characters of a cell's text (32,767). */
  cellChars: 32_767,
} as const;

/** A sheet that breaks a limit, naming the file, the sheet and the row where it did. */
export function sheetLimitError(path: string, sheet: string, row: number, detail: string): AppError {
  const file = basename(path);
  const where = `sheet "${sheet}", row ${row}`;
  return new AppError('BAD_FILE', `${file} cannot be read as a spreadsheet: ${where}: ${detail}`, { file, sheet, row: String(row), detail: `${where}: ${detail}` });
}

export const tooManyRows = (path: string, sheet: string, row: number): AppError =>
  sheetLimitError(path, sheet, row, `the sheet goes past Excel's last row (${SHEET_LIMITS.rows.toLocaleString('en-US')})`);

/** A 1-based column number as Excel names it (1 → A, 27 → AA). */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export const cellTooLong = (path: string, sheet: string, row: number, column: number, length: number): AppError =>
  sheetLimitError(
    path,
    sheet,
    row,
    `cell ${columnName(column)}${row} holds ${length.toLocaleString('en-US')} characters, more than Excel allows (${SHEET_LIMITS.cellChars.toLocaleString('en-US')})`,
  );

/** Throws when a text cell is longer than Excel allows (`column` 1-based). */
export function checkCellText(path: string, sheet: string, row: number, column: number, text: string): void {
  if (text.length > SHEET_LIMITS.cellChars) throw cellTooLong(path, sheet, row, column, text.length);
}
