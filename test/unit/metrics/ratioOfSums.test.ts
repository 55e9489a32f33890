import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateValues } from '../../../src/metrics/aggregate';
import { selectOverall, selectValue } from '../../../src/metrics/selectValue';
import { BUILTIN_DEFINITIONS } from '../../../src/metrics/definitions';
import { isoWeek, periodBucket, valueBucket } from '../../../src/metrics/periods';
import { rateDisagreements, roundingTolerance } from '../../../src/metrics/rateChecks';
import { formulaText } from '../../../src/metrics/figureText';
import type { Grain, MetricTarget, MetricValue } from '../../../src/model/metrics';

const channel = (id: string): MetricTarget => ({ kind: 'channel', id });
const value = (target: MetricTarget, metric: string, period: string | null, v: number, over: Partial<MetricValue> = {}): MetricValue => ({
  target,
  metric,
  period,
  grain: period === null ? null : 'day',
  segment: '',
  value: v,
  ...over,
});
const day = (offset: number) => new Date(Date.UTC(2025, 11, 1 + offset)).toISOString().slice(0, 10);
const grains = fc.constantFrom<Grain>('day', 'week', 'month', 'quarter', 'year');

describe('rates are ratios of summed counts', () => {
  it('ignores a rounded rate column where the counts are there', () => {
    // Clicks 123 of 9,876 impressions: 1.24544... %; the file rounds it to 1.25 %. Baidu 77 / 4,321 = 1.78199... %, written 1.78 %.
    const values = [
      value(channel('baidu'), 'impressions', '2026-03-02', 9876),
      value(channel('baidu'), 'clicks', '2026-03-02', 123),
      value(channel('baidu'), 'ctr', '2026-03-02', 0.0125),
      value(channel('wechat'), 'impressions', '2026-03-02', 4321),
      value(channel('wechat'), 'clicks', '2026-03-02', 77),
      value(channel('wechat'), 'ctr', '2026-03-02', 0.0178),
    ];
    const series = aggregateValues(values, 'month', BUILTIN_DEFINITIONS);
    const query = { metric: 'ctr', period: '2026-03-01', segment: null, grain: 'month' as const };
    expect(selectValue(series, { ...query, target: channel('baidu') }, BUILTIN_DEFINITIONS)?.value).toBe(123 / 9876);
    // All channels: (123 + 77) / (9,876 + 4,321) = 200 / 14,197, not the impression-weighted average of 1.25 % and 1.78 %.
    const overall = selectOverall(series, { ...query, kind: 'channel' }, BUILTIN_DEFINITIONS);
    expect(overall?.value).toBe(200 / 14197);
    expect(overall?.point).toMatchObject({ numerator: 200, denominator: 14197 });
    expect(overall?.value).not.toBeCloseTo((0.0125 * 9876 + 0.0178 * 4321) / 14197, 6);
  });

  it('uses a rate column only where its counts are absent, weighed by the denominator it has', () => {
    // Week of 2 March: 2 % of 1,000 impressions (no clicks column) and 30 clicks of 500 impressions.
    const values = [
      value(channel('a'), 'impressions', '2026-03-02', 1000),
      value(channel('a'), 'ctr', '2026-03-02', 0.02),
      value(channel('a'), 'impressions', '2026-03-03', 500),
      value(channel('a'), 'clicks', '2026-03-03', 30),
    ];
    const series = aggregateValues(values, 'week', BUILTIN_DEFINITIONS);
    // (0.02 · 1,000 + 30) / 1,500 = 50 / 1,500
    const ctr = selectValue(series, { target: channel('a'), metric: 'ctr', period: '2026-03-02', segment: null }, BUILTIN_DEFINITIONS);
    expect(ctr?.value).toBeCloseTo(50 / 1500, 15);
    expect(ctr?.point.approximate).toBeUndefined();
  });

  it('reports a stated rate that its counts contradict beyond the rounding, and no rounded one', () => {
    const values = [
      value(channel('baidu'), 'impressions', '2026-03-02', 9876),
      value(channel('baidu'), 'clicks', '2026-03-02', 123),
      value(channel('baidu'), 'ctr', '2026-03-02', 0.0125), // 1.2454 % rounds to 1.25 %: within 0.005 points
      value(channel('wechat'), 'impressions', '2026-03-02', 4321),
      value(channel('wechat'), 'clicks', '2026-03-02', 77),
      value(channel('wechat'), 'ctr', '2026-03-02', 0.0187), // 1.7820 % is not 1.87 %
    ];
    const found = rateDisagreements(values, BUILTIN_DEFINITIONS);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ metric: 'ctr', target: channel('wechat'), stated: 0.0187, computed: 77 / 4321, tolerance: 0.00005 });
    expect(roundingTolerance(0.125)).toBeCloseTo(0.0005, 12); // 12.5 %: half of 0.1 points
    expect(roundingTolerance(0.12)).toBeCloseTo(0.005, 12); // 12 %: half a point
  });

  const row = fc.record({
    day: fc.integer({ min: 0, max: 200 }),
    channel: fc.constantFrom('baidu', 'wechat', 'douyin'),
    segment: fc.constantFrom('', 'new', 'returning'),
    impressions: fc.integer({ min: 1, max: 100_000 }),
    clickShare: fc.double({ min: 0, max: 1, noNaN: true }),
  });

  it('a ratio over any grouping of rows, periods, channels or segments is the ratio of the summed counts (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), grains, (rows, grain) => {
        // One stored row per channel, day and segment (the importer combines repeats before storing).
        const unique = [...new Map(rows.map((r) => [`${r.channel}|${r.day}|${r.segment}`, r])).values()];
        const values = unique.flatMap((r) => {
          const clicks = Math.floor(r.impressions * r.clickShare);
          const target = channel(r.channel);
          const over = { segment: r.segment };
          // The stated CTR is rounded to 0.01 %: it must never be used, the counts are there.
          return [value(target, 'impressions', day(r.day), r.impressions, over), value(target, 'clicks', day(r.day), clicks, over), value(target, 'ctr', day(r.day), Math.round((clicks / r.impressions) * 1e4) / 1e4, over)];
        });
        const series = aggregateValues(values, grain, BUILTIN_DEFINITIONS);
        const bucketOf = (period: string) => valueBucket(period, 'day', grain);
        const sums = (keep: (v: MetricValue) => boolean, metric: string) => values.filter((v) => v.metric === metric && keep(v)).reduce((t, v) => t + v.value, 0);
        for (const bucket of new Set(values.map((v) => bucketOf(v.period as string)))) {
          for (const segment of ['new', 'returning', null] as const) {
            // null: all users. A channel with an all-users ('') row answers with it; else its segments add up.
            const keepSegment = (v: MetricValue, channelId: string) => {
              if (segment !== null) return v.segment === segment;
              const hasAll = values.some((x) => x.target.kind === 'channel' && x.target.id === channelId && x.segment === '');
              return hasAll ? v.segment === '' : true;
            };
            const inBucket = (v: MetricValue) => bucketOf(v.period as string) === bucket;
            const inGroup = (v: MetricValue) => v.target.kind === 'channel' && inBucket(v) && keepSegment(v, v.target.id);
            const clicks = sums(inGroup, 'clicks');
            const impressions = sums(inGroup, 'impressions');
            const overall = selectOverall(series, { kind: 'channel', metric: 'ctr', period: bucket, segment }, BUILTIN_DEFINITIONS);
            if (impressions === 0) expect(overall).toBeUndefined();
            else expect(overall?.value).toBeCloseTo(clicks / impressions, 12);
            // Counts add up across channels: the overall count is the sum of each channel's.
            const perChannel = ['baidu', 'wechat', 'douyin'].reduce(
              (t, id) => t + (selectValue(series, { target: channel(id), metric: 'clicks', period: bucket, segment }, BUILTIN_DEFINITIONS)?.value ?? 0),
              0,
            );
            const overallClicks = selectOverall(series, { kind: 'channel', metric: 'clicks', period: bucket, segment }, BUILTIN_DEFINITIONS);
            if (overallClicks) expect(overallClicks.value).toBe(perChannel);
          }
        }
      }),
    );
  });
});

describe('weeks belong to their ISO week-year', () => {
  it('files 2026-W01 (29 Dec 2025 to 4 Jan 2026) in January 2026, 2026 Q1 and 2026', () => {
    const values = [value(channel('a'), 'visits', '2025-12-29', 700, { grain: 'week' }), value(channel('a'), 'visits', '2025-12-22', 500, { grain: 'week' })];
    const quarter = aggregateValues(values, 'quarter', BUILTIN_DEFINITIONS)[0]?.points;
    // W52 of 2025 (22 to 28 Dec) stays in 2025 Q4; W01 covers 29 Dec to 4 Jan and is 2026 Q1.
    expect(quarter).toEqual([
      { period: '2025-10-01', value: 500, count: 1, from: '2025-12-22', to: '2025-12-28' },
      { period: '2026-01-01', value: 700, count: 1, from: '2025-12-29', to: '2026-01-04' },
    ]);
    expect(valueBucket('2025-12-29', 'week', 'month')).toBe('2026-01-01');
    expect(valueBucket('2025-12-29', 'week', 'year')).toBe('2026-01-01');
    // A day value stays in its own month: 29 Dec 2025 is December.
    expect(valueBucket('2025-12-29', 'day', 'month')).toBe('2025-12-01');
    // A week straddling months goes wholly to its Thursday's: Mon 30 Mar 2026 to Sun 5 Apr, Thursday 2 April.
    expect(valueBucket('2026-03-30', 'week', 'month')).toBe('2026-04-01');
  });

  it('puts every ISO week in the quarter and year that hold its Thursday (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 30 }), (offset) => {
        const monday = periodBucket(new Date(Date.UTC(2000, 0, 3 + offset)).toISOString().slice(0, 10), 'week');
        const thursday = new Date(Date.parse(`${monday}T00:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10);
        expect(valueBucket(monday, 'week', 'quarter')).toBe(periodBucket(thursday, 'quarter'));
        expect(valueBucket(monday, 'week', 'year')).toBe(`${isoWeek(monday).year}-01-01`);
      }),
    );
  });
});

describe('distinct counts', () => {
  it('add up across channels and segments, and over several periods give a marked upper bound', () => {
    const values = [
      value(channel('a'), 'visitors', '2026-03-02', 100, { grain: 'week' }),
      value(channel('a'), 'visitors', '2026-03-09', 120, { grain: 'week' }),
      value(channel('b'), 'visitors', '2026-03-02', 30, { grain: 'week' }),
    ];
    const weekly = aggregateValues(values, 'week', BUILTIN_DEFINITIONS);
    // One week, two channels: 100 + 30 people, exact.
    const week = selectOverall(weekly, { kind: 'channel', metric: 'visitors', period: '2026-03-02', segment: null }, BUILTIN_DEFINITIONS);
    expect(week?.value).toBe(130);
    expect(week?.point.approximate).toBeUndefined();
    // March: 100 + 120 weekly visitors of channel a; someone who came both weeks is counted twice.
    const monthly = aggregateValues(values, 'month', BUILTIN_DEFINITIONS);
    const march = selectValue(monthly, { target: channel('a'), metric: 'visitors', period: '2026-03-01', segment: null }, BUILTIN_DEFINITIONS);
    expect(march?.value).toBe(220);
    expect(march?.point.approximate).toBe(true);
    expect(formulaText({ metric: 'visitors', point: march!.point }, BUILTIN_DEFINITIONS, 'en')).toBe(
      'sum of 2 values; someone counted in several periods is counted more than once (an upper bound)',
    );
    // Channels a and b in March: still an upper bound.
    expect(selectOverall(monthly, { kind: 'channel', metric: 'visitors', period: '2026-03-01', segment: null }, BUILTIN_DEFINITIONS)?.point).toMatchObject({ value: 250, approximate: true });
  });
});
