import { z } from 'zod';
import type { Grain } from '../model/metrics';
import { GrainSchema } from '../schema/metrics';

/**
 * The period of a file that has no period column: every value of the file is
 * filed under it. A period is one day, week, month, quarter or year starting
 * on any day, so a calendar month ("2026-03-01", month) and a custom one
 * (2026-02-15 to 2026-03-14, a fiscal month) or a week from Wednesday to
 * Tuesday are all expressible; values are stored under the start day with
 * the grain, as a file whose period column said the same would store them.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const fromUtc = (ms: number): string => {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** The UTC time of a "YYYY-MM-DD" that names a real day, else undefined (2026-02-30 is not one). */
function dayMs(text: string): number | undefined {
  const match = DAY.exec(text);
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return fromUtc(ms) === text ? ms : undefined;
}

/** True for a "YYYY-MM-DD" that names a real day. */
export const isCalendarDay = (text: string): boolean => dayMs(text) !== undefined;

const DaySchema = z.string().refine(isCalendarDay, { message: 'Write a real day as YYYY-MM-DD' });

/** Months in one period of each grain longer than a week. */
const MONTHS: Partial<Record<Grain, number>> = { month: 1, quarter: 3, year: 12 };

/** The last day of the period of `grain` that starts on `start` (a real day; for months and longer, day 1–28). */
export function fixedPeriodEnd(start: string, grain: Grain): string {
  const ms = dayMs(start);
  if (ms === undefined) throw new Error(`"${start}" is not a day written as YYYY-MM-DD`);
  if (grain === 'day') return start;
  if (grain === 'week') return fromUtc(ms + 6 * DAY_MS);
  const d = new Date(ms);
  return fromUtc(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + (MONTHS[grain] ?? 1), d.getUTCDate()) - DAY_MS);
}

/** A fixed period: its first day, its grain, and (optionally, checked) its last day. */
export const FixedPeriodSchema = z
  .object({
    /** First day of the period ("2026-03-01"). */
    start: DaySchema,
    /** How long the period is: one day, week (7 days), month, quarter or year from `start`. */
    grain: GrainSchema,
    /** Last day, inclusive; when given it must be where a period of `grain` from `start` ends. */
    end: DaySchema.optional(),
  })
  .strict()
  .superRefine((period, ctx) => {
    if (!isCalendarDay(period.start)) return;
    if (MONTHS[period.grain] !== undefined && Number(period.start.slice(8)) > 28) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: `A ${period.grain} starts on day 1 to 28 of a month` });
      return;
    }
    const end = fixedPeriodEnd(period.start, period.grain);
    if (period.end !== undefined && isCalendarDay(period.end) && period.end !== end) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `A ${period.grain} starting ${period.start} ends ${end}, not ${period.end}` });
    }
  });
export type FixedPeriod = z.infer<typeof FixedPeriodSchema>;

const GRAIN_ORDER: readonly Grain[] = ['day', 'week', 'month', 'quarter', 'year'];

/** The period a range from `start` to `end` (inclusive) spans exactly, or undefined when it is no whole day, week, month, quarter or year. */
export function fixedPeriodOfRange(start: string, end: string): FixedPeriod | undefined {
  if (!isCalendarDay(start) || !isCalendarDay(end)) return undefined;
  const grain = GRAIN_ORDER.find((candidate) => FixedPeriodSchema.safeParse({ start, grain: candidate, end }).success);
  return grain === undefined ? undefined : { start, grain, end };
}

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-?Q([1-4])$/i;
const MONTH = /^(\d{4})-(\d{2})$/;
const WEEK = /^(\d{4})-?W(\d{2})$/i;

/** Monday of ISO week `week` of `year` (week 1 holds the year's first Thursday). */
function isoWeekMonday(year: number, week: number): string | undefined {
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (week - 1) * 7 * DAY_MS;
  const thursday = new Date(monday + 3 * DAY_MS);
  return week >= 1 && thursday.getUTCFullYear() === year ? fromUtc(monday) : undefined;
}

/**
 * A fixed period as people write it: 2026, 2026-Q1, 2026-03, 2026-W10,
 * 2026-03-15 (a day), or a range "2026-03-04..2026-03-10" that spans exactly
 * one day, week, month, quarter or year. Undefined when the text is none of these.
 */
export function parseFixedPeriod(text: string): FixedPeriod | undefined {
  const trimmed = text.trim();
  const range = /^(\S+)\s*\.\.\s*(\S+)$/.exec(trimmed);
  if (range) return fixedPeriodOfRange(range[1]!, range[2]!);
  let match = YEAR.exec(trimmed);
  if (match) return { start: `${match[1]}-01-01`, grain: 'year' };
  match = QUARTER.exec(trimmed);
  if (match) return { start: `${match[1]}-${pad((Number(match[2]) - 1) * 3 + 1)}-01`, grain: 'quarter' };
  match = MONTH.exec(trimmed);
  if (match) return Number(match[2]) >= 1 && Number(match[2]) <= 12 ? { start: `${match[1]}-${match[2]}-01`, grain: 'month' } : undefined;
  match = WEEK.exec(trimmed);
  if (match) {
    const start = isoWeekMonday(Number(match[1]), Number(match[2]));
    return start === undefined ? undefined : { start, grain: 'week' };
  }
  return isCalendarDay(trimmed) ? { start: trimmed, grain: 'day' } : undefined;
}
