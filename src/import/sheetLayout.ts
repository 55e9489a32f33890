/**
 * Where the table is inside a sheet as people lay it out: title rows above
 * the header ("2026年3月渠道数据"), blank rows, and totals rows (合计, 总计,
 * Total, Sum) that must not be imported as data.
 */

export type Cell = string | number | boolean | null | undefined;

const isBlank = (cell: Cell): boolean => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
const isNumeric = (cell: Cell): boolean =>
  typeof cell === 'number' || (typeof cell === 'string' && /^[\s(（]*[-+]?[¥￥$€£]?[\d０-９][\d０-９,，.．\s%％]*[)）万亿]?\s*$/.test(cell));

/** True when every cell of the row is empty. */
export const isBlankRow = (row: readonly Cell[]): boolean => row.every(isBlank);

const filledCount = (row: readonly Cell[]): number => row.filter((cell) => !isBlank(cell)).length;

const TOTAL_WORDS = /^(?:合计|总计|小计|总和|汇总|共计|total|totals|grand total|sub-?total|sum|overall)\s*[:：]?$/i;

/** True when the row's first filled cell says it sums the rows above (合计, 总计, Total, Sum ...). */
export function isTotalsRow(row: readonly Cell[]): boolean {
  const first = row.find((cell) => !isBlank(cell));
  return typeof first === 'string' && TOTAL_WORDS.test(first.normalize('NFKC').trim());
}

export interface HeaderGuess {
  /** Index of the header row in the rows given. */
  index: number;
  /** Rows above it that were skipped as titles or notes. */
  skipped: number;
}

/**
 * The header row: the first row (in the first 50) that fills at least half as
 * many cells as the widest row and is mostly text, not numbers. Rows above it
 * (titles, notes, blank rows) are skipped. Undefined when no row qualifies.
 */
export function findHeaderRow(rows: readonly (readonly Cell[])[]): HeaderGuess | undefined {
  const sample = rows.slice(0, 50);
  const widest = Math.max(0, ...sample.map(filledCount));
  if (widest === 0) return undefined;
  const needed = Math.max(widest === 1 ? 1 : 2, Math.ceil(widest / 2));
  for (const [index, row] of sample.entries()) {
    const filled = row.filter((cell) => !isBlank(cell));
    if (filled.length < needed) continue;
    const numbers = filled.filter(isNumeric).length;
    if (numbers * 2 > filled.length) continue;
    return { index, skipped: index };
  }
  return undefined;
}

/**
 * Header names for each column: merged header cells leave blanks to the right
 * of a name (Excel keeps the value in the first cell), so a blank takes the
 * name on its left with a number ("访客 (2)"); a column with no name at all is
 * "Column N" (1-based), and repeated names get a number too, so every name is unique.
 */
export function headerNames(row: readonly Cell[], width: number): string[] {
  const names: string[] = [];
  const seen = new Map<string, number>();
  let previous: string | undefined;
  for (let i = 0; i < width; i++) {
    const cell = row[i];
    let name = isBlank(cell) ? undefined : String(cell).replace(/\s+/g, ' ').trim();
    if (name === undefined && previous !== undefined) name = previous;
    if (name !== undefined) previous = name;
    const base = name ?? `Column ${i + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    names.push(count === 1 ? base : `${base} (${count})`);
  }
  return names;
}

/**
 * True when `lower` holds the sub-headers of group headers in `upper`: a name
 * merged across columns ("流量" over 展示量 and 点击量) leaves blanks to its
 * right in `upper`, and `lower` names only columns under such groups, all as
 * text. Columns outside the groups are blank in `lower` (merged downwards).
 */
export function isSubHeaderRow(upper: readonly Cell[], lower: readonly Cell[], width: number): boolean {
  let underGroup = 0;
  let inGroup = false;
  for (let c = 0; c < width; c++) {
    const top = upper[c];
    const bottom = lower[c];
    // A filled top cell opens a group when a blank follows it; a blank top cell continues the group on its left.
    if (!isBlank(top)) inGroup = c + 1 < width && isBlank(upper[c + 1]) && !isBlank(lower[c + 1]);
    if (isBlank(bottom)) continue;
    if (isNumeric(bottom) || typeof bottom !== 'string' || !inGroup) return false;
    if (isBlank(top)) underGroup++;
  }
  return underGroup > 0;
}

/**
 * Header names from the header row and, when that row holds sub-headers, the
 * group header row above it: a sub-header names its column ("展示量"), a
 * blank takes the name above it ("日期" merged over two rows).
 */
export function headerNamesAt(above: readonly Cell[] | undefined, header: readonly Cell[], width: number): string[] {
  if (!above || !isSubHeaderRow(above, header, width)) return headerNames(header, width);
  const combined: Cell[] = [];
  for (let c = 0; c < width; c++) combined.push(isBlank(header[c]) ? above[c] : header[c]);
  return headerNames(combined, width);
}

export interface HeaderFound extends HeaderGuess {
  /** Unique names of the columns (merged and two-row headers filled in). */
  names: string[];
}

/** The header row (the lower one of a two-row header) and its column names; undefined when no row looks like a header. */
export function findHeader(rows: readonly (readonly Cell[])[]): HeaderFound | undefined {
  const guess = findHeaderRow(rows);
  if (!guess) return undefined;
  const width = Math.max(0, ...rows.slice(0, 200).map((row) => row.length));
  const upper = rows[guess.index] ?? [];
  const lower = rows[guess.index + 1];
  if (lower && isSubHeaderRow(upper, lower, width)) {
    return { index: guess.index + 1, skipped: guess.skipped, names: headerNamesAt(upper, lower, width) };
  }
  // The row found may itself be the lower row of a two-row header (its group row, "流量" merged over columns, above it).
  const above = guess.index > 0 ? rows[guess.index - 1] : undefined;
  if (above && isSubHeaderRow(above, upper, width)) return { ...guess, names: headerNamesAt(above, upper, width) };
  return { ...guess, names: headerNames(upper, width) };
}
