/**
 * Dates, date-times and durations as people type them into spreadsheets
 * (2026/3/5, 2026年3月5日, 3/5/2026, Excel serials, 2026-W10, 2026年3月;
 * "00:02:35", "155秒", "2分35秒"), parsed like the numbers of values.ts: each
 * result says what was done to the raw text, each refusal why.
 */
import { halfWidth, isMissingText, PLAIN_NUMBER, type Missing, type ParseStep, type Refused } from './values';

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

export interface ParsedTimestamp {
  kind: 'timestamp';
  raw: string;
  /** Local date-time as written, "YYYY-MM-DDTHH:MM:SS" ("T00:00:00" for a date only). */
  at: string;
  steps: ParseStep[];
}

/** "9:30", "9:30:05", "9:30 PM", "下午3:05", "9时30分". */
const TIME_OF_DAY = /^(上午|下午|晚上)?\s*(\d{1,2})(?::|时|点)(\d{1,2})(?:(?::|分)(\d{1,2})(?:\.\d+)?秒?)?分?\s*(am|pm)?$/i;
/** A date and a time of day split by "T" or spaces, with an optional zone ("Z", "+08:00") that is dropped: the log's wall clock is kept. */
const DATE_AND_TIME = /^(.+?)(?:T|\s+)((?:上午|下午|晚上)?\s*\d{1,2}(?::|时|点)\d{1,2}.*?)(?:Z|[+-]\d{2}:?\d{2})?$/i;

function timeOfDay(text: string): string | undefined {
  const m = TIME_OF_DAY.exec(text.trim());
  if (!m) return undefined;
  let hours = Number(m[2]);
  const minutes = Number(m[3]);
  const seconds = Number(m[4] ?? 0);
  const afternoon = m[1] === '下午' || m[1] === '晚上' || m[5]?.toLowerCase() === 'pm';
  const morning = m[1] === '上午' || m[5]?.toLowerCase() === 'am';
  if ((afternoon || morning) && (hours < 1 || hours > 12)) return undefined;
  if (afternoon && hours < 12) hours += 12;
  if (morning && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
}

/**
 * A point in time for stage-transition logs: a date with an optional time of
 * day ("2026-03-05 09:30", "2026/3/5 9:30:00", "2026年3月5日 9:30",
 * "3/5/2026 9:30 PM", ISO "2026-03-05T09:30:00Z") or an Excel serial whose
 * fraction is the time of day. A date alone is midnight.
 */
export function parseTimestampValue(input: string | number | null | undefined, options: DateOptions = {}): ParsedTimestamp | Missing | Refused {
  if (typeof input === 'number') {
    const date = excelSerialToDate(input);
    if (!date) return { kind: 'invalid', raw: String(input), reason: `${input} is not an Excel date serial` };
    const secondsOfDay = Math.round((input - Math.floor(input)) * 86400);
    // A fraction that rounds up to a whole day is the next midnight.
    if (secondsOfDay >= 86400) {
      const next = excelSerialToDate(Math.floor(input) + 1);
      if (!next) return { kind: 'invalid', raw: String(input), reason: `${input} is not an Excel date serial` };
      return { kind: 'timestamp', raw: String(input), at: `${next}T00:00:00`, steps: ['excelSerial'] };
    }
    const time = `${pad(Math.floor(secondsOfDay / 3600))}:${pad(Math.floor((secondsOfDay % 3600) / 60))}:${pad(secondsOfDay % 60)}`;
    return { kind: 'timestamp', raw: String(input), at: `${date}T${time}`, steps: ['excelSerial'] };
  }
  const raw = input ?? '';
  const text = halfWidth(raw.trim()).text.trim();
  if (isMissingText(text)) return { kind: 'missing', raw };
  // A serial written as text ("46086.3958") keeps its time of day.
  if (/^\d{5}(?:\.\d+)?$/.test(text)) {
    return { ...parseTimestampValue(Number(text)), raw };
  }
  const split = DATE_AND_TIME.exec(text);
  let datePart = text;
  let time = '00:00:00';
  if (split) {
    const parsedTime = timeOfDay(split[2] ?? '');
    if (parsedTime === undefined) return { kind: 'invalid', raw, reason: `"${raw.trim()}" has no valid time of day` };
    datePart = (split[1] ?? '').trim();
    time = parsedTime;
  }
  const date = parseDateValue(datePart, options);
  if (date.kind === 'missing') return { kind: 'invalid', raw, reason: `"${raw.trim()}" has no date` };
  if (date.kind === 'invalid') return { kind: 'invalid', raw, reason: date.reason };
  if (date.granularity !== 'day') return { kind: 'invalid', raw, reason: `"${raw.trim()}" names a ${date.granularity}, not a day` };
  return { kind: 'timestamp', raw, at: `${date.date}T${time}`, steps: date.steps };
}
