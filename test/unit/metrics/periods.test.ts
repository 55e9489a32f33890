import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketLabel, bucketsBetween, isoWeek, nextBucket, periodBucket, previousBucket } from '../../../src/metrics/periods';
import { GRAINS } from '../../../src/schema/metrics';

describe('periodBucket', () => {
  it.each([
    // 2026-01-01 is a Thursday: its ISO week starts on Monday 2025-12-29.
    ['2026-01-01', 'week', '2025-12-29'],
    ['2025-12-29', 'week', '2025-12-29'], // a Monday is its own week start
    ['2026-01-04', 'week', '2025-12-29'], // Sunday: last day of that week
    ['2026-01-05', 'week', '2026-01-05'],
    ['2026-03-05', 'week', '2026-03-02'], // Thursday 5 March → Monday 2 March
    ['2024-02-29', 'week', '2024-02-26'],
    ['2026-03-05', 'day', '2026-03-05'],
    ['2026-03-31', 'month', '2026-03-01'],
    ['2026-01-01', 'quarter', '2026-01-01'],
    ['2026-03-31', 'quarter', '2026-01-01'],
    ['2026-04-01', 'quarter', '2026-04-01'],
    ['2026-06-30', 'quarter', '2026-04-01'],
    ['2026-08-15', 'quarter', '2026-07-01'],
    ['2026-12-31', 'quarter', '2026-10-01'],
    ['2026-12-31', 'year', '2026-01-01'],
  ] as const)('%s by %s starts on %s', (date, grain, start) => {
    expect(periodBucket(date, grain)).toBe(start);
  });

  it('rejects text that is not YYYY-MM-DD, naming it', () => {
    expect(() => periodBucket('2026/3/5', 'month')).toThrow('"2026/3/5"');
  });

  const dates = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  it('is idempotent and never after the date (property)', () => {
    fc.assert(
      fc.property(dates, fc.constantFrom(...GRAINS), (date, grain) => {
        const start = periodBucket(date, grain);
        expect(periodBucket(start, grain)).toBe(start);
        expect(start <= date).toBe(true);
        expect(nextBucket(start, grain) > date).toBe(true);
        expect(previousBucket(nextBucket(start, grain), grain)).toBe(start);
      }),
    );
  });
});

describe('previousBucket and nextBucket', () => {
  it.each([
    ['2026-01-01', 'day', '2025-12-31', '2026-01-02'],
    ['2026-03-02', 'week', '2026-02-23', '2026-03-09'],
    ['2026-01-01', 'month', '2025-12-01', '2026-02-01'],
    ['2026-03-01', 'month', '2026-02-01', '2026-04-01'],
    ['2026-01-01', 'quarter', '2025-10-01', '2026-04-01'],
    ['2026-01-01', 'year', '2025-01-01', '2027-01-01'],
    ['2026-03-17', 'month', '2026-02-01', '2026-04-01'], // a date inside the bucket works too
  ] as const)('around %s by %s: %s and %s', (bucket, grain, previous, next) => {
    expect(previousBucket(bucket, grain)).toBe(previous);
    expect(nextBucket(bucket, grain)).toBe(next);
  });
});

describe('isoWeek and bucketLabel', () => {
  it.each([
    ['2026-01-01', 2026, 1], // Thursday: week 1 of 2026
    ['2025-12-29', 2026, 1], // Monday of that week belongs to 2026
    ['2027-01-01', 2026, 53], // Friday: 2026 has 53 ISO weeks
    ['2026-03-05', 2026, 10],
    ['2021-01-03', 2020, 53],
  ] as const)('%s is ISO week %d-W%d', (date, year, week) => {
    expect(isoWeek(date)).toEqual({ year, week });
  });

  it.each([
    ['2026-03-02', 'week', '2026-W10', '2026年第10周'],
    ['2025-12-29', 'week', '2026-W01', '2026年第1周'],
    ['2026-03-01', 'month', '2026-03', '2026年3月'],
    ['2026-01-01', 'quarter', '2026 Q1', '2026年第1季度'],
    ['2026-10-01', 'quarter', '2026 Q4', '2026年第4季度'],
    ['2026-03-05', 'day', '2026-03-05', '2026年3月5日'],
    ['2026-01-01', 'year', '2026', '2026年'],
  ] as const)('%s by %s reads %s / %s', (bucket, grain, en, zh) => {
    expect(bucketLabel(bucket, grain, 'en')).toBe(en);
    expect(bucketLabel(bucket, grain, 'zh-CN')).toBe(zh);
  });
});

describe('bucketsBetween', () => {
  it('lists every bucket from the one holding the start to the one holding the end', () => {
    expect(bucketsBetween('2026-01-15', '2026-04-02', 'month')).toEqual(['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01']);
    expect(bucketsBetween('2025-12-31', '2026-01-12', 'week')).toEqual(['2025-12-29', '2026-01-05', '2026-01-12']);
    expect(bucketsBetween('2025-11-30', '2026-02-01', 'quarter')).toEqual(['2025-10-01', '2026-01-01']);
    expect(bucketsBetween('2026-03-05', '2026-03-05', 'day')).toEqual(['2026-03-05']);
    expect(bucketsBetween('2026-03-05', '2026-03-01', 'day')).toEqual([]);
  });
});
