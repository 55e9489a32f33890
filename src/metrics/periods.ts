import type { Grain } from '../model/metrics';
import type { MetricLanguage } from './definitions';

/**
 * Time buckets. A bucket is named by its first day ("YYYY-MM-DD"): weeks are
 * ISO weeks starting on Monday, quarters start in January, April, July and
 * October. All arithmetic is on calendar dates in UTC, so the result never
 * depends on the machine's time zone.
 */

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parts(date: string): [number, number, number] {
  const match = DATE.exec(date);
  if (!match) throw new Error(`"${date}" is not a date written as YYYY-MM-DD`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function fromUtc(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The first day of the bucket of `grain` that holds `date`. */
export function periodBucket(date: string, grain: Grain): string {
  const [y, m, d] = parts(date);
  switch (grain) {
    case 'day':
      return fromUtc(Date.UTC(y, m - 1, d));
    case 'week': {
      const ms = Date.UTC(y, m - 1, d);
      const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
      return fromUtc(ms - weekday * DAY_MS);
    }
    case 'month':
      return `${pad(y, 4)}-${pad(m)}-01`;
    case 'quarter':
      return `${pad(y, 4)}-${pad(m - ((m - 1) % 3))}-01`;
    case 'year':
      return `${pad(y, 4)}-01-01`;
  }
}

function shift(bucket: string, grain: Grain, steps: number): string {
  const [y, m, d] = parts(periodBucket(bucket, grain));
  switch (grain) {
    case 'day':
      return fromUtc(Date.UTC(y, m - 1, d + steps));
    case 'week':
      return fromUtc(Date.UTC(y, m - 1, d + 7 * steps));
    case 'month':
      return fromUtc(Date.UTC(y, m - 1 + steps, 1));
    case 'quarter':
      return fromUtc(Date.UTC(y, m - 1 + 3 * steps, 1));
    case 'year':
      return fromUtc(Date.UTC(y + steps, 0, 1));
  }
}

/**
 * The bucket of `grain` a stored value falls in, given the period length the
 * file gave it. An ISO week rolls up by its Thursday (ISO 8601's week-year
 * rule): 2026-W01, Monday 2025-12-29 to Sunday 2026-01-04, counts in January
 * 2026, 2026 Q1 and 2026, so a week that straddles two months belongs wholly
 * to the month that holds its Thursday (its larger part). Every other value
 * falls in the bucket of its first day.
 */
export function valueBucket(period: string, valueGrain: Grain | null, grain: Grain): string {
  if (valueGrain === 'week' && (grain === 'month' || grain === 'quarter' || grain === 'year')) return periodBucket(addDays(periodBucket(period, 'week'), 3), grain);
  return periodBucket(period, grain);
}

/** A custom date range of the period selector: first and last day, both inclusive ("YYYY-MM-DD"). */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * The day that files a stored value in a custom date range: a day value's own
 * day; an ISO week's Thursday, as the month, quarter and year roll-ups file it
 * (valueBucket); the first day of a month, quarter or year value (or of a
 * value without a grain). A value belongs to a range when this day is inside,
 * wholly: a month only partly inside counts only when its first day is.
 */
export function rangeAnchor(period: string, valueGrain: Grain | null): string {
  return valueGrain === 'week' ? addDays(periodBucket(period, 'week'), 3) : periodBucket(period, 'day');
}

/** True when `day` is inside `range`, both ends included. */
export const inDateRange = (day: string, range: DateRange): boolean => day >= range.from && day <= range.to;

/** The date `days` days after `date`. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return fromUtc(Date.UTC(y, m - 1, d + days));
}

/** The last day a value covers: the day before the next period of its grain (a value without a grain covers its first day). */
export function periodEnd(period: string, valueGrain: Grain | null): string {
  if (valueGrain === null) return period;
  return addDays(nextBucket(period, valueGrain), -1);
}

/** The bucket before the one holding `bucket`. */
export function previousBucket(bucket: string, grain: Grain): string {
  return shift(bucket, grain, -1);
}

/** The bucket after the one holding `bucket`. */
export function nextBucket(bucket: string, grain: Grain): string {
  return shift(bucket, grain, 1);
}

/** ISO 8601 week-numbering year and week of a date (the week belongs to the year of its Thursday). */
export function isoWeek(date: string): { year: number; week: number } {
  const [y, m, d] = parts(date);
  const ms = Date.UTC(y, m - 1, d);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  const thursday = new Date(ms + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return { year, week };
}

/** How the period selector names a bucket: 2026-W10 / 2026年第10周, 2026-03 / 2026年3月, 2026 Q1 / 2026年第1季度. */
export function bucketLabel(bucket: string, grain: Grain, language: MetricLanguage): string {
  const start = periodBucket(bucket, grain);
  const [y, m, d] = parts(start);
  const zh = language === 'zh-CN';
  switch (grain) {
    case 'day':
      return zh ? `${y}年${m}月${d}日` : start;
    case 'week': {
      const { year, week } = isoWeek(start);
      return zh ? `${year}年第${week}周` : `${year}-W${pad(week)}`;
    }
    case 'month':
      return zh ? `${y}年${m}月` : `${y}-${pad(m)}`;
    case 'quarter': {
      const quarter = (m - 1) / 3 + 1;
      return zh ? `${y}年第${quarter}季度` : `${y} Q${quarter}`;
    }
    case 'year':
      return zh ? `${y}年` : String(y);
  }
}

/** Every bucket from the one holding `from` to the one holding `to`, inclusive; empty when `from` is after `to`. */
export function bucketsBetween(from: string, to: string, grain: Grain): string[] {
  const last = periodBucket(to, grain);
  const buckets: string[] = [];
  for (let bucket = periodBucket(from, grain); bucket <= last; bucket = nextBucket(bucket, grain)) buckets.push(bucket);
  return buckets;
}
