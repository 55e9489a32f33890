import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateValues } from '../../../src/metrics/aggregate';
import { selectOverall, selectValue } from '../../../src/metrics/selectValue';
import { bucketCoverage } from '../../../src/metrics/coverage';
import { BUILTIN_DEFINITIONS } from '../../../src/metrics/definitions';
import { addDays, inDateRange, periodBucket, rangeAnchor, type DateRange } from '../../../src/metrics/periods';
import type { Grain, MetricTarget, MetricValue } from '../../../src/model/metrics';

const channel = (id: string): MetricTarget => ({ kind: 'channel', id });
const value = (target: MetricTarget, metric: string, period: string | null, grain: Grain | null, v: number): MetricValue => ({ target, metric, period, grain, segment: '', value: v });
/** The one figure a range gives for one channel's metric. */
const inRange = (values: MetricValue[], range: DateRange, id: string, metric: string) =>
  selectValue(aggregateValues(values, 'month', BUILTIN_DEFINITIONS, range), { target: channel(id), metric, period: range.from, segment: null }, BUILTIN_DEFINITIONS);

describe('the day that files a value in a custom range', () => {
  it('is a day’s own day, an ISO week’s Thursday, a month’s, quarter’s or year’s first day', () => {
    expect(rangeAnchor('2026-01-07', 'day')).toBe('2026-01-07');
    // 2026-W01 runs Monday 29 Dec 2025 to Sunday 4 Jan 2026: its Thursday is 1 Jan 2026.
    expect(rangeAnchor('2025-12-29', 'week')).toBe('2026-01-01');
    expect(rangeAnchor('2026-02-01', 'month')).toBe('2026-02-01');
    expect(rangeAnchor('2026-04-01', 'quarter')).toBe('2026-04-01');
    expect(rangeAnchor('2026-03-15', null)).toBe('2026-03-15');
    expect(inDateRange('2026-01-31', { from: '2026-01-01', to: '2026-01-31' })).toBe(true);
    expect(inDateRange('2026-02-01', { from: '2026-01-01', to: '2026-01-31' })).toBe(false);
  });
});

describe('figures over a custom date range', () => {
  // Weekly rows of Baidu: W52 of 2025 (Thu 25 Dec), W01 (Thu 1 Jan), W05 (Mon 26 Jan – Sun 1 Feb, Thu 29 Jan), W06 (Thu 5 Feb).
  const weeks = [
    ['2025-12-22', 1000, 10],
    ['2025-12-29', 2000, 30],
    ['2026-01-26', 3000, 60],
    ['2026-02-02', 4000, 100],
  ] as const;
  const values = weeks.flatMap(([monday, impressions, clicks]) => [
    value(channel('baidu'), 'impressions', monday, 'week', impressions),
    value(channel('baidu'), 'clicks', monday, 'week', clicks),
  ]);
  // Monthly rows of WeChat: December, January and February.
  values.push(value(channel('wechat'), 'impressions', '2025-12-01', 'month', 500));
  values.push(value(channel('wechat'), 'impressions', '2026-01-01', 'month', 700));
  values.push(value(channel('wechat'), 'impressions', '2026-02-01', 'month', 900));

  it('January 2026 holds the weeks whose Thursday is in January, and the January month', () => {
    const january = { from: '2026-01-01', to: '2026-01-31' };
    // W01 and W05: impressions 2,000 + 3,000 = 5,000; clicks 30 + 60 = 90; CTR 90 / 5,000 = 1.8 %.
    const impressions = inRange(values, january, 'baidu', 'impressions');
    expect(impressions?.value).toBe(5000);
    // One bucket, named by the range's first day; it covers Monday 29 Dec to Sunday 1 Feb, the whole of both weeks.
    expect(impressions?.point).toMatchObject({ period: '2026-01-01', count: 2, from: '2025-12-29', to: '2026-02-01' });
    expect(impressions?.previous).toBeNull();
    const ctr = inRange(values, january, 'baidu', 'ctr');
    expect(ctr?.point).toMatchObject({ numerator: 90, denominator: 5000 });
    expect(ctr?.value).toBe(90 / 5000);
    expect(inRange(values, january, 'wechat', 'impressions')?.value).toBe(700);
  });

  it('a month only partly inside counts only when its first day is', () => {
    const range = { from: '2026-01-15', to: '2026-02-20' };
    // WeChat: January starts before 15 Jan, so only February (first day 1 Feb) counts: 900.
    expect(inRange(values, range, 'wechat', 'impressions')?.point).toMatchObject({ value: 900, from: '2026-02-01', to: '2026-02-28' });
    // Baidu: W05 (Thu 29 Jan) and W06 (Thu 5 Feb): 3,000 + 4,000 = 7,000 impressions, 60 + 100 = 160 clicks.
    expect(inRange(values, range, 'baidu', 'impressions')?.value).toBe(7000);
    expect(inRange(values, range, 'baidu', 'ctr')?.value).toBe(160 / 7000);
    // All channels: 7,000 + 900 = 7,900 impressions.
    const series = aggregateValues(values, 'month', BUILTIN_DEFINITIONS, range);
    expect(selectOverall(series, { kind: 'channel', metric: 'impressions', period: range.from, segment: null }, BUILTIN_DEFINITIONS)?.value).toBe(7900);
  });

  it('a range that holds no anchor day has no figure; an undated value still answers', () => {
    // 2 to 4 Jan: W01's Thursday is 1 Jan, no month starts inside.
    const range = { from: '2026-01-02', to: '2026-01-04' };
    expect(inRange(values, range, 'baidu', 'impressions')).toBeUndefined();
    const undated = [value(channel('baidu'), 'impressions', null, null, 42)];
    expect(aggregateValues(undated, 'month', BUILTIN_DEFINITIONS, range)[0]?.points).toEqual([{ period: null, value: 42, count: 1, from: null, to: null }]);
  });
});

describe('custom ranges add up (property)', () => {
  const START = '2025-11-01';
  const grains = fc.constantFrom<Grain>('day', 'week', 'month', 'quarter');
  // Rows of two channels: one value grain each, a period starting its bucket, impressions and clicks (clicks ≤ impressions).
  const rows = fc.uniqueArray(
    fc.record({
      channel: fc.constantFrom('a', 'b'),
      grain: grains,
      day: fc.integer({ min: 0, max: 120 }),
      impressions: fc.integer({ min: 1, max: 10_000 }),
      clickShare: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    { selector: (row) => `${row.channel}|${periodBucket(addDays(START, row.day), row.grain)}`, minLength: 5, maxLength: 60 },
  );
  const ranges = fc.tuple(fc.integer({ min: -10, max: 130 }), fc.integer({ min: 0, max: 100 })).map(([start, length]) => ({ from: addDays(START, start), to: addDays(START, start + length) }));
  const valuesOf = (generated: { channel: string; grain: Grain; day: number; impressions: number; clickShare: number }[]) =>
    generated.flatMap((row) => {
      const period = periodBucket(addDays(START, row.day), row.grain);
      const clicks = Math.floor(row.impressions * row.clickShare);
      return [value(channel(row.channel), 'impressions', period, row.grain, row.impressions), value(channel(row.channel), 'clicks', period, row.grain, clicks)];
    });
  const overall = (values: MetricValue[], range: DateRange, metric: string) =>
    selectOverall(aggregateValues(values, 'month', BUILTIN_DEFINITIONS, range), { kind: 'channel', metric, period: range.from, segment: null }, BUILTIN_DEFINITIONS);
  const storedSum = (values: MetricValue[], range: DateRange, metric: string) =>
    values.filter((v) => v.metric === metric && v.period !== null && inDateRange(rangeAnchor(v.period, v.grain), range)).reduce((total, v) => total + v.value, 0);

  it('counts equal the sum of the stored values whose anchor day is inside; a ratio is the ratio of those sums', () => {
    fc.assert(
      fc.property(rows, ranges, (generated, range) => {
        const values = valuesOf(generated);
        const impressions = storedSum(values, range, 'impressions');
        const clicks = storedSum(values, range, 'clicks');
        expect(overall(values, range, 'impressions')?.value ?? 0).toBe(impressions);
        expect(overall(values, range, 'clicks')?.value ?? 0).toBe(clicks);
        const ctr = overall(values, range, 'ctr');
        if (impressions === 0) expect(ctr).toBeUndefined();
        else {
          expect(ctr?.point).toMatchObject({ numerator: clicks, denominator: impressions });
          expect(ctr?.value).toBe(clicks / impressions);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a range split in two adds up for counts', () => {
    fc.assert(
      fc.property(rows, ranges, fc.double({ min: 0, max: 1, noNaN: true }), (generated, range, at) => {
        const values = valuesOf(generated);
        const days = Math.round((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000);
        const end = addDays(range.from, Math.floor(at * days));
        const first = { from: range.from, to: end };
        const second = { from: addDays(end, 1), to: range.to };
        const total = (r: DateRange) => (r.from > r.to ? 0 : (overall(values, r, 'impressions')?.value ?? 0));
        expect(total(first) + total(second)).toBe(total(range));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the days a bucket covers, as the period selector states them', () => {
  // Q1 2026 holds W01 (Mon 29 Dec 2025 – Sun 4 Jan) and W02 (5 – 11 Jan) by their Thursdays; W52 (22 – 28 Dec) is Q4.
  const weekly = [
    value(channel('a'), 'impressions', '2025-12-22', 'week', 1),
    value(channel('a'), 'impressions', '2025-12-29', 'week', 2),
    value(channel('b'), 'impressions', '2026-01-05', 'week', 3),
  ];

  it('a quarter of weeks covers 29 Dec 2025 to 11 Jan 2026, reaching before the quarter', () => {
    const series = aggregateValues(weekly, 'quarter', BUILTIN_DEFINITIONS);
    expect(bucketCoverage(series, '2026-01-01', 'quarter', null)).toEqual({
      from: '2025-12-29',
      to: '2026-01-11',
      own: { from: '2026-01-01', to: '2026-03-31' },
      beyond: true,
    });
    // Q4 2025 holds W52 only, inside the quarter.
    expect(bucketCoverage(series, '2025-10-01', 'quarter', null)).toMatchObject({ from: '2025-12-22', to: '2025-12-28', beyond: false });
    expect(bucketCoverage(series, '2026-04-01', 'quarter', null)).toBeNull();
  });

  it('a range covers the whole of the values filed inside it', () => {
    const range = { from: '2026-01-01', to: '2026-01-06' };
    const series = aggregateValues(weekly, 'month', BUILTIN_DEFINITIONS, range);
    // W01 only (W02's Thursday is 8 Jan): 29 Dec to 4 Jan.
    expect(bucketCoverage(series, range.from, 'month', range)).toEqual({ from: '2025-12-29', to: '2026-01-04', own: range, beyond: true });
  });
});
