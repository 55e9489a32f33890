import { MAX_LISTED_PROBLEMS, type ImportParseResult, type ImportProblem, type ImportProblemCode } from './mapping';
import { isBlankRow, isTotalsRow, type Cell } from './sheetLayout';

/** What the record builders share: counts, problems naming their cell, and which rows to leave out. */

/** Applies a mapping to a sheet's rows, one row at a time, so a file of any size streams through it. */
export interface RecordBuilder {
  /** Feeds one raw row; `rowNumber` is its 1-based row in the sheet. Rows at or above the header row are ignored. */
  push(row: readonly Cell[], rowNumber: number): void;
  /** The records and summary of every row pushed. */
  finish(): ImportParseResult;
}

/** The column letter a spreadsheet shows for a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A cell as the value parsers take it (yes/no cells as their text). */
export const valueInput = (cell: Cell): string | number | null | undefined => (typeof cell === 'boolean' ? String(cell) : cell);

/** A cell's trimmed text ('' for an empty cell). */
export const cellText = (cell: Cell): string => (cell === null || cell === undefined ? '' : typeof cell === 'string' ? cell.trim() : String(cell));

/** Counts, problems and row bookkeeping shared by both kinds of import. */
export function createTally(headers: readonly string[]) {
  const letters: string[] = [];
  const tally = {
    rowsRead: 0,
    validRows: 0,
    blankRows: 0,
    totalsRows: [] as number[],
    problems: [] as ImportProblem[],
    problemCount: 0,
    problem(row: number, column: number, cell: Cell, code: ImportProblemCode, reason: string): void {
      tally.problemCount++;
      if (tally.problems.length >= MAX_LISTED_PROBLEMS) return;
      const letter = (letters[column] ??= columnLetter(column));
      tally.problems.push({ row, column: letter, header: headers[column] ?? '', raw: cellText(cell), code, reason });
    },
  };
  return tally;
}

export type Tally = ReturnType<typeof createTally>;

/** False when the row's first filled cell starts with a digit (a date or a number): no totals label does. */
function mayBeTotals(row: readonly Cell[]): boolean {
  for (const cell of row) {
    if (cell === null || cell === undefined) continue;
    if (typeof cell !== 'string') return true;
    const code = cell.charCodeAt(0);
    return !(code >= 48 && code <= 57);
  }
  return true;
}

/** Counts a data row as read; false when it is blank or a totals row to leave out. */
export function acceptRow(tally: Tally, row: readonly Cell[], rowNumber: number, skipTotals: boolean): boolean {
  tally.rowsRead++;
  if (isBlankRow(row)) {
    tally.blankRows++;
    return false;
  }
  if (skipTotals && mayBeTotals(row) && isTotalsRow(row)) {
    tally.totalsRows.push(rowNumber);
    return false;
  }
  return true;
}
