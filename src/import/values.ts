/**
 * Values as people type them into spreadsheets, parsed into numbers, dates and
 * durations. Every result says what was done to the raw text (`steps`), so the
 * import preview can show raw and parsed value side by side and explain the
 * difference; every refusal says why (`reason`).
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

const isMissingText = (text: string): boolean => MISSING.has(text.toLowerCase());

/** Full-width digits, letters and punctuation ("１２３", "％", "，", "￥") as their ASCII forms. */
function halfWidth(text: string): { text: string; changed: boolean } {
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

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Digits grouped by commas or spaces in threes: "1,234,567.8", "1 234". */
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:[, \u00a0\u202f]\d{3})+(?:\.\d+)?$/;

function stripCurrency(text: string): { text: string; currency?: CurrencyCode } {
  for (const [symbol, code] of CURRENCY_SYMBOLS) {
    if (text.startsWith(symbol)) return { text: text.slice(symbol.length).trim(), currency: code };
    if (text.endsWith(symbol)) return { text: text.slice(0, -symbol.length).trim(), currency: code };
  }
  // "-¥1,200": the sign before the symbol.
  const signed = /^([+-])\s*(.*)$/.exec(text);
  if (signed) {
    const inner = stripCurrency(signed[2] ?? '');
    if (inner.currency) return { text: `${signed[1]}${inner.text}`, currency: inner.currency };
  }
  return { text };
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

/** How much of the calendar a date value names. */
export type DateGranularity = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface ParsedDate {
  kind: 'date';
  raw: string;
  /** First day of the period, "YYYY-MM-DD". */
  date: string;
  granularity: DateGranularity;
  steps: ParseStep[];
}

export interface DateOptions {
  /** "3/5/2026" as 3 May instead of 5 March (month first is the default, as US exports write it). */
  dayFirst?: boolean;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const isoDate = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Monday of ISO week `week` of `year`, or undefined when the year has no such week. */
function isoWeekStart(year: number, week: number): string | undefined {
  if (week < 1 || week > 53) return undefined;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = new Date(jan4);
  mondayOfWeek1.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7));
  const start = new Date(mondayOfWeek1);
  start.setUTCDate(mondayOfWeek1.getUTCDate() + (week - 1) * 7);
  // Week 53 exists only in years whose 28 December falls in it.
  if (week === 53) {
    const dec28 = new Date(Date.UTC(year, 11, 28));
    if (start > dec28) return undefined;
  }
  return start.toISOString().slice(0, 10);
}

/** Excel's day count: 1 is 1900-01-01, and Excel counts a 29 February 1900 that never was. */
export function excelSerialToDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const whole = Math.floor(serial);
  const days = whole > 59 ? whole - 1 : whole;
  const date = new Date(Date.UTC(1899, 11, 31) + days * 86400000);
  return date.toISOString().slice(0, 10);
}

const DATE_PATTERNS: readonly { re: RegExp; build(m: RegExpExecArray, options: DateOptions): Omit<ParsedDate, 'kind' | 'raw'> | undefined }[] = [
  // 2026-03-05, 2026/3/5, 2026.3.5, with an optional time after it.
  {
    re: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/,
    build: (m) => day(Number(m[1]), Number(m[2]), Number(m[3]), []),
  },
  // 2026年3月5日
  { re: /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]$/, build: (m) => day(Number(m[1]), Number(m[2]), Number(m[3]), []) },
  // 3/5/2026 (month first unless dayFirst), 05.03.2026
  {
    re: /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/,
    build: (m, options) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const y = Number(m[3]);
      // A part above 12 can only be the day, whatever the option says.
      const dayFirst = a > 12 ? true : b > 12 ? false : options.dayFirst === true;
      return dayFirst ? day(y, b, a, ['dayFirst']) : day(y, a, b, ['monthFirst']);
    },
  },
  // 2026-W10, 2026W10, 2026年第10周
  {
    re: /^(\d{4})-?W(\d{1,2})$/i,
    build: (m) => week(Number(m[1]), Number(m[2])),
  },
  { re: /^(\d{4})年第(\d{1,2})周$/, build: (m) => week(Number(m[1]), Number(m[2])) },
  // 2026-Q1, 2026Q1, 2026年第1季度, Q1 2026
  { re: /^(\d{4})\s*-?\s*Q([1-4])$/i, build: (m) => quarter(Number(m[1]), Number(m[2])) },
  { re: /^Q([1-4])\s*[-/ ]?\s*(\d{4})$/i, build: (m) => quarter(Number(m[2]), Number(m[1])) },
  { re: /^(\d{4})年第?([1-4一二三四])季度?$/, build: (m) => quarter(Number(m[1]), chineseDigit(m[2] ?? '')) },
  // 2026-03, 2026/3, 2026年3月
  { re: /^(\d{4})[-/.](\d{1,2})$/, build: (m) => month(Number(m[1]), Number(m[2])) },
  { re: /^(\d{4})年(\d{1,2})月$/, build: (m) => month(Number(m[1]), Number(m[2])) },
  // 2026年, 2026 on its own is a number, not a year: only the 年 form counts.
  { re: /^(\d{4})年$/, build: (m) => (validDay(Number(m[1]), 1, 1) ? { date: isoDate(Number(m[1]), 1, 1), granularity: 'year', steps: [] } : undefined) },
];

function chineseDigit(text: string): number {
  const index = '一二三四'.indexOf(text);
  return index >= 0 ? index + 1 : Number(text);
}

function day(y: number, m: number, d: number, steps: ParseStep[]): Omit<ParsedDate, 'kind' | 'raw'> | undefined {
  return validDay(y, m, d) ? { date: isoDate(y, m, d), granularity: 'day', steps } : undefined;
}

function week(y: number, w: number): Omit<ParsedDate, 'kind' | 'raw'> | undefined {
  const start = y >= 1900 && y <= 2200 ? isoWeekStart(y, w) : undefined;
  return start ? { date: start, granularity: 'week', steps: [] } : undefined;
}

function month(y: number, m: number): Omit<ParsedDate, 'kind' | 'raw'> | undefined {
  return validDay(y, m, 1) ? { date: isoDate(y, m, 1), granularity: 'month', steps: [] } : undefined;
}

function quarter(y: number, q: number): Omit<ParsedDate, 'kind' | 'raw'> | undefined {
  return q >= 1 && q <= 4 && validDay(y, 1, 1) ? { date: isoDate(y, (q - 1) * 3 + 1, 1), granularity: 'quarter', steps: [] } : undefined;
}

/**
 * A date or period as written in a spreadsheet: 2026/3/5, 2026-03-05,
 * 2026年3月5日, 3/5/2026, Excel serials (numbers), week labels (2026-W10),
 * months (2026-03, 2026年3月), quarters (2026-Q1, 2026年第1季度).
 */
export function parseDateValue(input: string | number | null | undefined, options: DateOptions = {}): ParsedDate | Missing | Refused {
  if (typeof input === 'number') {
    const date = excelSerialToDate(input);
    return date
      ? { kind: 'date', raw: String(input), date, granularity: 'day', steps: ['excelSerial'] }
      : { kind: 'invalid', raw: String(input), reason: `${input} is not an Excel date serial` };
  }
  const raw = input ?? '';
  const width = halfWidth(raw.trim());
  const text = width.text.trim();
  if (isMissingText(text)) return { kind: 'missing', raw };
  const steps: ParseStep[] = width.changed ? ['fullWidth'] : [];
  if (/^\d+(?:\.\d+)?$/.test(text) && Number(text) >= 20000 && Number(text) < 2958466) {
    const date = excelSerialToDate(Number(text));
    if (date) return { kind: 'date', raw, date, granularity: 'day', steps: [...steps, 'excelSerial'] };
  }
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.re.exec(text);
    if (!match) continue;
    const built = pattern.build(match, options);
    if (built) return { kind: 'date', raw, ...built, steps: [...steps, ...built.steps] };
    return { kind: 'invalid', raw, reason: `"${raw.trim()}" is not a real date` };
  }
  return { kind: 'invalid', raw, reason: `"${raw.trim()}" is not a date this app reads` };
}

export interface ParsedDuration {
  kind: 'duration';
  raw: string;
  seconds: number;
  steps: ParseStep[];
}

const DURATION_UNITS: readonly [RegExp, number][] = [
  [/(\d+(?:\.\d+)?)\s*(?:小时|时|h|hr|hrs|hours?)/i, 3600],
  [/(\d+(?:\.\d+)?)\s*(?:分钟|分|m|min|mins|minutes?)(?![a-z])/i, 60],
  [/(\d+(?:\.\d+)?)\s*(?:秒钟|秒|s|sec|secs|seconds?)/i, 1],
];

/**
 * A duration: "00:02:35" (h:mm:ss), "02:35" (mm:ss), "155秒", "2分35秒",
 * "1小时5分", "2m 35s", or a plain number of seconds.
 */
export function parseDurationValue(input: string | number | null | undefined): ParsedDuration | Missing | Refused {
  if (typeof input === 'number') {
    return Number.isFinite(input) && input >= 0
      ? { kind: 'duration', raw: String(input), seconds: input, steps: [] }
      : { kind: 'invalid', raw: String(input), reason: 'a duration cannot be negative' };
  }
  const raw = input ?? '';
  const width = halfWidth(raw.trim());
  const text = width.text.trim();
  if (isMissingText(text)) return { kind: 'missing', raw };
  const steps: ParseStep[] = width.changed ? ['fullWidth'] : [];

  const clock = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)(?:\.(\d+))?$/.exec(text);
  if (clock) {
    const seconds = Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]) + Number(`0.${clock[4] ?? '0'}`);
    return { kind: 'duration', raw, seconds, steps };
  }
  if (PLAIN_NUMBER.test(text) && !text.startsWith('-')) return { kind: 'duration', raw, seconds: Number(text), steps };

  let rest = text;
  let seconds = 0;
  let matched = false;
  for (const [re, factor] of DURATION_UNITS) {
    const m = re.exec(rest);
    if (!m) continue;
    seconds += Number(m[1]) * factor;
    rest = rest.slice(0, m.index) + rest.slice(m.index + m[0].length);
    matched = true;
  }
  if (matched && rest.trim() === '') return { kind: 'duration', raw, seconds, steps };
  return { kind: 'invalid', raw, reason: `"${raw.trim()}" is not a duration this app reads` };
}
