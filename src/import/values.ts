/**
 * Values as people type them into spreadsheets, parsed into numbers (dates and
 * durations: timeValues.ts). Every result says what was done to the raw text
 * (`steps`), so the import preview can show raw and parsed value side by side
 * and explain the difference; every refusal says why (`reason`).
 */

/** What was done to the raw text, in order; the UI translates each code. */
export type ParseStep =
  | 'fullWidth'
  | 'thousands'
  | 'percent'
  | 'perMille'
  | 'currency'
  | 'parenthesesNegative'
  | 'multiplier'
  | 'excelSerial'
  | 'monthFirst'
  | 'dayFirst';

export type Missing = { kind: 'missing'; raw: string };
export type Refused = { kind: 'invalid'; raw: string; reason: string };

export type CurrencyCode = 'CNY' | 'USD' | 'EUR' | 'GBP' | 'JPY';
export type NumberUnit = 'count' | 'percent' | 'currency';

export interface ParsedNumber {
  kind: 'number';
  raw: string;
  /** Percentages as fractions: "12.5%" is 0.125. */
  value: number;
  unit: NumberUnit;
  currency?: CurrencyCode;
  steps: ParseStep[];
}

/** Cells that mean "no value": blank, dashes, and the usual spreadsheet placeholders. */
const MISSING = new Set(['', '-', '--', '---', '—', '——', '–', 'n/a', 'na', '#n/a', 'null', 'none', '/', '无', '暂无', '空']);

export const isMissingText = (text: string): boolean => MISSING.has(text.toLowerCase());

const ASCII_ONLY = /^[ -~]*$/;

/** Full-width digits, letters and punctuation ("１２３", "％", "，", "￥") as their ASCII forms. */
export function halfWidth(text: string): { text: string; changed: boolean } {
  // Plain ASCII is already in normal form: skip the costly normalisation for most cells of big files.
  if (ASCII_ONLY.test(text)) return { text, changed: false };
  const normalized = text.normalize('NFKC');
  return { text: normalized, changed: normalized !== text };
}

const CURRENCY_SYMBOLS: readonly [string, CurrencyCode][] = [
  ['RMB', 'CNY'],
  ['CNY', 'CNY'],
  ['USD', 'USD'],
  ['EUR', 'EUR'],
  ['GBP', 'GBP'],
  ['JPY', 'JPY'],
  ['人民币', 'CNY'],
  ['元', 'CNY'],
  ['¥', 'CNY'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['円', 'JPY'],
];

/** Chinese and English magnitude words after the number ("1.2万", "3亿", "15k", "2.5M"). */
const MULTIPLIERS: readonly [string, number][] = [
  ['百万', 1e6],
  ['千万', 1e7],
  ['万', 1e4],
  ['亿', 1e8],
  ['千', 1e3],
  ['k', 1e3],
  ['K', 1e3],
  ['M', 1e6],
  ['w', 1e4],
  ['W', 1e4],
];

/** "1234", "-0.5", "12.5%": no spaces, signs other than a leading minus, groups or units. */
const SIMPLE_NUMBER = /^(-?\d{1,15}(?:\.\d{1,15})?)(%)?$/;
export const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Digits grouped by commas or spaces in threes: "1,234,567.8", "1 234". */
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:[, \u00a0\u202f]\d{3})+(?:\.\d+)?$/;

function stripCurrency(text: string): { text: string; currency?: CurrencyCode } {
  for (const [symbol, code] of CURRENCY_SYMBOLS) {
    if (text.startsWith(symbol)) return { text: text.slice(symbol.length).trim(), currency: code };
    if (text.endsWith(symbol)) return { text: text.slice(0, -symbol.length).trim(), currency: code };
  }
  // "-¥1,200": the sign before the symbol.
  const sign = text.charCodeAt(0);
  if (sign !== 43 && sign !== 45) return { text };
  const signed = /^([+-])\s*(.*)$/.exec(text);
  if (signed) {
    const inner = stripCurrency(signed[2] ?? '');
    if (inner.currency) return { text: `${signed[1]}${inner.text}`, currency: inner.currency };
  }
  return { text };
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * The value `parseNumberValue` gives the plainest cells of big exports, read
 * without building a result: "1234", "-0.5", "12.5%", "1,234.5", "1,234%".
 * Undefined for anything else (the caller then uses `parseNumberValue`).
 *
 * At most 15 digits: the digits as an integer and the power of ten to divide
 * by are both exact doubles, so the one division is correctly rounded, which
 * is the number the general path's decimal text rounds to.
 */
export function parseNumberFast(text: string): number | undefined {
  const n = text.length;
  if (n === 0 || n > 24) return undefined;
  const negative = text.charCodeAt(0) === 45;
  let i = negative ? 1 : 0;
  let mantissa = 0;
  let digits = 0;
  let commas = 0;
  let group = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      group++;
    } else if (c === 44) {
      // "1,234": groups of three after a first group of one to three digits.
      if (commas === 0 ? group < 1 || group > 3 : group !== 3) return undefined;
      commas++;
      group = 0;
    } else break;
  }
  if (digits === 0 || (commas > 0 && group !== 3)) return undefined;
  let scale = 0;
  if (i < n && text.charCodeAt(i) === 46) {
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      scale++;
    }
    if (scale === 0) return undefined;
  }
  if (i < n && text.charCodeAt(i) === 37) {
    scale += 2;
    i++;
  }
  if (i !== n || digits > 15) return undefined;
  const value = scale === 0 ? mantissa : mantissa / POWERS_OF_TEN[scale]!;
  // "-0" reads as 0, as in the general path.
  return negative ? 0 - value + 0 : value;
}

/**
 * A number as written in a spreadsheet cell: "1,234", "12.5%", "¥1,200", "￥",
 * "$3.5", "１２３", "1.2万", "3亿", "(1,234)" (negative), "-" or blank (missing).
 * Numbers (already numeric cells) pass through.
 */
export function parseNumberValue(input: string | number | null | undefined): ParsedNumber | Missing | Refused {
  if (typeof input === 'number') {
    return Number.isFinite(input)
      ? { kind: 'number', raw: String(input), value: input, unit: 'count', steps: [] }
      : { kind: 'invalid', raw: String(input), reason: 'not a finite number' };
  }
  const raw = input ?? '';
  // Most cells of big exports are plain numbers or percentages: read them without the general path (same results).
  const simple = SIMPLE_NUMBER.exec(raw);
  if (simple) {
    const digits = simple[1] as string;
    if (simple[2] === undefined) {
      // 15 characters hold at most 15 digits, which round-trip through a double unchanged ("+ 0" turns -0 into 0).
      const value = digits.length <= 15 ? Number(digits) + 0 : Number(Number(digits).toPrecision(15));
      return { kind: 'number', raw, value, unit: 'count', steps: [] };
    }
    return { kind: 'number', raw, value: Number((Number(digits) * 0.01).toPrecision(15)), unit: 'percent', steps: ['percent'] };
  }
  const steps: ParseStep[] = [];
  const width = halfWidth(raw.trim());
  let text = width.text.trim();
  if (width.changed) steps.push('fullWidth');
  if (isMissingText(text)) return { kind: 'missing', raw };

  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(text);
  if (parenthesised) {
    negative = true;
    text = (parenthesised[1] ?? '').trim();
    steps.push('parenthesesNegative');
  }

  let unit: NumberUnit = 'count';
  let scale = 1;
  if (text.endsWith('%')) {
    text = text.slice(0, -1).trim();
    unit = 'percent';
    scale = 0.01;
    steps.push('percent');
  } else if (text.endsWith('‰')) {
    text = text.slice(0, -1).trim();
    unit = 'percent';
    scale = 0.001;
    steps.push('perMille');
  }

  const currency = stripCurrency(text);
  text = currency.text;
  if (currency.currency) {
    if (unit === 'percent') return { kind: 'invalid', raw, reason: 'a value cannot be both a percentage and an amount of money' };
    unit = 'currency';
    steps.push('currency');
  }

  for (const [word, factor] of MULTIPLIERS) {
    if (text.endsWith(word) && text.length > word.length) {
      text = text.slice(0, -word.length).trim();
      scale *= factor;
      steps.push('multiplier');
      break;
    }
  }

  if (GROUPED_NUMBER.test(text)) {
    text = text.replace(/[, \u00a0\u202f]/g, '');
    steps.push('thousands');
  }
  if (!PLAIN_NUMBER.test(text)) return { kind: 'invalid', raw, reason: `"${raw.trim()}" is not a number` };
  if (negative && text.startsWith('-')) return { kind: 'invalid', raw, reason: 'a number in parentheses cannot also have a minus sign' };

  // Scale in one multiplication of exact decimal digits, so "12.5%" is 0.125 and not 0.12500000000000003.
  const value = Number((Number(text) * scale).toPrecision(15)) * (negative ? -1 : 1);
  if (!Number.isFinite(value)) return { kind: 'invalid', raw, reason: 'the number is too large' };
  const parsed: ParsedNumber = { kind: 'number', raw, value, unit, steps };
  if (currency.currency) parsed.currency = currency.currency;
  return parsed;
}
