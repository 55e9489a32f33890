import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateValues, combineValues } from '../../../src/metrics/aggregate';
import { selectValue } from '../../../src/metrics/selectValue';
import { BUILTIN_DEFINITIONS, mergeDefinitions } from '../../../src/metrics/definitions';
import type { Grain, MetricTarget, MetricValue } from '../../../src/model/metrics';

const wechat: MetricTarget = { kind: 'channel', id: 'wechat' };
const douyin: MetricTarget = { kind: 'channel', id: 'douyin' };
const v = (metric: string, period: string | null, value: number, over: Partial<MetricValue> = {}): MetricValue => ({
  target: wechat,
  metric,
  period,
  grain: period === null ? null : 'day',
  segment: '',
  value,
  ...over,
});
const definitions = mergeDefinitions([{ key: 'custom_stock', name: 'Open leads', unit: 'count', aggregation: 'last', direction: 'higherIsBetter' }]);
const pointsOf = (series: ReturnType<typeof aggregateValues>, metric: string, target: MetricTarget = wechat, segment = '') =>
  series.find((s) => s.metric === metric && JSON.stringify(s.target) === JSON.stringify(target) && s.segment === segment)?.points;

describe('combineValues', () => {
  it.each([
    [[1, 2, 3], 'sum', undefined, 6],
    [[1, 2, 3], 'average', undefined, 2],
    [[1, 2, 3], 'last', undefined, 3],
    // (0.1·1000 + 0.04·4000) / 5000 = 260 / 5000 = 0.052
    [[0.1, 0.04], 'weightedAverage', [1000, 4000], 0.052],
    // a missing weight: plain average (0.1 + 0.04) / 2 = 0.07
    [[0.1, 0.04], 'weightedAverage', [1000, Number.NaN], 0.07],
    [[0.1, 0.04], 'weightedAverage', [0, 0], 0.07],
    [[0.1, 0.04], 'weightedAverage', undefined, 0.07],
    [[5], 'average', undefined, 5],
    [[], 'sum', undefined, 0],
  ] as const)('%o by %s (weights %o) is %d', (values, aggregation, weights, expected) => {
    expect(combineValues(values, aggregation, weights)).toBeCloseTo(expected, 12);
  });

  it('has no average of nothing', () => {
    expect(combineValues([], 'average')).toBeNaN();
  });

  it('sums a split like the whole (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 })), fc.nat(), (values, at) => {
        const k = values.length === 0 ? 0 : at % (values.length + 1);
        const parts = [combineValues(values.slice(0, k), 'sum'), combineValues(values.slice(k), 'sum')];
        expect(combineValues(parts, 'sum')).toBe(combineValues(values, 'sum'));
      }),
    );
  });
});

describe('aggregateValues', () => {
  const values: MetricValue[] = [
    // week of Monday 2026-03-02
    v('impressions', '2026-03-02', 1000),
    v('impressions', '2026-03-03', 4000),
    v('clicks', '2026-03-02', 100),
    v('clicks', '2026-03-03', 160),
    v('ctr', '2026-03-02', 0.1),
    v('ctr', '2026-03-03', 0.04),
    v('custom_stock', '2026-03-02', 5),
    v('custom_stock', '2026-03-04', 7),
    v('custom_stock', '2026-03-03', 6),
    v('stageVelocity', '2026-03-02', 2),
    v('stageVelocity', '2026-03-05', 4),
    v('stageVelocity', '2026-03-08', 9), // Sunday: still the same week
    // week of 2026-03-09: the 10th has no impressions, so CTR is a plain average
    v('ctr', '2026-03-09', 0.02),
    v('ctr', '2026-03-10', 0.04),
    v('impressions', '2026-03-09', 500),
    // no period
    v('clicks', null, 999),
    // segments and another target
    v('visits', '2026-03-02', 100, { segment: '新客' }),
    v('visits', '2026-03-02', 300, { segment: '老客' }),
    v('visits', '2026-03-02', 50, { target: douyin }),
    v('custom_unknown', '2026-03-02', 1, { metric: 'custom_unknown' }),
    v('custom_unknown', '2026-03-03', 2, { metric: 'custom_unknown' }),
  ];
  const weekly = aggregateValues(values, 'week', definitions);

  it('sums counts per week, the undated value in its own point first', () => {
    expect(pointsOf(weekly, 'clicks')).toEqual([
      { period: null, value: 999, count: 1, from: null, to: null },
      { period: '2026-03-02', value: 260, count: 2, from: '2026-03-02', to: '2026-03-03' },
    ]);
    expect(pointsOf(weekly, 'impressions')).toEqual([
      { period: '2026-03-02', value: 5000, count: 2, from: '2026-03-02', to: '2026-03-03' },
      { period: '2026-03-09', value: 500, count: 1, from: '2026-03-09', to: '2026-03-09' },
    ]);
  });

  it('weighs CTR by impressions of the same day, and falls back to the plain average when a weight is missing', () => {
    const ctr = pointsOf(weekly, 'ctr');
    expect(ctr?.[0]?.value).toBeCloseTo(0.052, 12); // (0.1·1000 + 0.04·4000) / 5000
    expect(ctr?.[1]?.value).toBeCloseTo(0.03, 12); // (0.02 + 0.04) / 2
  });

  it("takes a 'last' metric's latest period, averages an 'average' metric and sums a metric with no definition", () => {
    expect(pointsOf(weekly, 'custom_stock')?.map((p) => p.value)).toEqual([7]); // 2026-03-04 is the latest
    expect(pointsOf(weekly, 'stageVelocity')?.map((p) => p.value)).toEqual([5]); // (2 + 4 + 9) / 3
    expect(pointsOf(weekly, 'custom_unknown')?.map((p) => p.value)).toEqual([3]);
  });

  it('keeps segments and targets apart, and orders series by target, metric and segment', () => {
    expect(pointsOf(weekly, 'visits', wechat, '新客')?.map((p) => p.value)).toEqual([100]);
    expect(pointsOf(weekly, 'visits', wechat, '老客')?.map((p) => p.value)).toEqual([300]);
    expect(pointsOf(weekly, 'visits', douyin)?.map((p) => p.value)).toEqual([50]);
    const keys = weekly.map((s) => `${s.target.kind === 'channel' ? s.target.id : ''}/${s.metric}/${s.segment}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('buckets by month and quarter', () => {
    const monthly = aggregateValues([v('clicks', '2026-03-02', 1), v('clicks', '2026-03-31', 2), v('clicks', '2026-04-01', 4)], 'month', definitions);
    expect(pointsOf(monthly, 'clicks')?.map((p) => [p.period, p.value])).toEqual([
      ['2026-03-01', 3],
      ['2026-04-01', 4],
    ]);
    const quarterly = aggregateValues([v('clicks', '2026-03-02', 1), v('clicks', '2026-03-31', 2), v('clicks', '2026-04-01', 4)], 'quarter', definitions);
    expect(pointsOf(quarterly, 'clicks')?.map((p) => [p.period, p.value])).toEqual([
      ['2026-01-01', 3],
      ['2026-04-01', 4],
    ]);
  });

  it('gives nothing for nothing, and one point for one value', () => {
    expect(aggregateValues([], 'month', definitions)).toEqual([]);
    expect(aggregateValues([v('clicks', '2026-03-02', 7)], 'day', definitions)).toEqual([
      { target: wechat, metric: 'clicks', segment: '', points: [{ period: '2026-03-02', value: 7, count: 1, from: '2026-03-02', to: '2026-03-02' }] },
    ]);
  });

  const grains = fc.constantFrom<Grain>('day', 'week', 'month', 'quarter', 'year');
  const stored = fc.record({
    day: fc.integer({ min: 0, max: 800 }),
    target: fc.constantFrom(wechat, douyin),
    segment: fc.constantFrom('', '新客'),
    value: fc.integer({ min: -1000, max: 1000 }),
  });
  it('sums a split of the values like the whole, bucket by bucket (property)', () => {
    fc.assert(
      fc.property(fc.array(stored, { maxLength: 60 }), fc.nat(), grains, (rows, at, grain) => {
        const all = rows.map((row) =>
          v('clicks', new Date(Date.UTC(2025, 0, 1 + row.day)).toISOString().slice(0, 10), row.value, { target: row.target, segment: row.segment }),
        );
        const k = at % (all.length + 1);
        const total = new Map<string, number>();
        for (const part of [all.slice(0, k), all.slice(k)])
          for (const s of aggregateValues(part, grain, BUILTIN_DEFINITIONS))
            for (const p of s.points) {
              const key = `${JSON.stringify(s.target)}|${s.segment}|${p.period}`;
              total.set(key, (total.get(key) ?? 0) + p.value);
            }
        const whole = new Map<string, number>();
        for (const s of aggregateValues(all, grain, BUILTIN_DEFINITIONS)) for (const p of s.points) whole.set(`${JSON.stringify(s.target)}|${s.segment}|${p.period}`, p.value);
        expect(whole).toEqual(total);
      }),
    );
  });
});

describe('selectValue', () => {
  const monthlyClicks = (months: [string, number][], over: Partial<MetricValue> = {}) => months.map(([month, value]) => v('clicks', `${month}-01`, value, { grain: 'month', ...over }));
  const query = { target: wechat, metric: 'clicks', period: null, segment: null };

  it('picks the latest bucket, with the previous one, the relative change and the trend', () => {
    const series = aggregateValues(monthlyClicks([['2026-01', 80], ['2026-02', 100], ['2026-03', 150]]), 'month', definitions);
    // (150 − 100) / 100 = 0.5
    expect(selectValue(series, query, definitions)).toEqual({
      value: 150,
      previous: 100,
      change: 0.5,
      sparkline: [
        { period: '2026-01-01', value: 80 },
        { period: '2026-02-01', value: 100 },
        { period: '2026-03-01', value: 150 },
      ],
      point: { period: '2026-03-01', value: 150, count: 1, from: '2026-03-01', to: '2026-03-31' },
    });
    // (100 − 80) / 80 = 0.25; the trend stops at the selected month
    expect(selectValue(series, { ...query, period: '2026-02-01' }, definitions)).toMatchObject({ value: 100, previous: 80, change: 0.25 });
    expect(selectValue(series, { ...query, period: '2026-02-01' }, definitions)?.sparkline).toHaveLength(2);
    expect(selectValue(series, { ...query, period: '2025-12-01' }, definitions)).toBeUndefined();
    expect(selectValue(series, { ...query, metric: 'visits' }, definitions)).toBeUndefined();
  });

  it('with a grain, a gap means no previous value; without, the point before; a previous 0 gives no change', () => {
    const series = aggregateValues(monthlyClicks([['2026-01', 80], ['2026-03', 150]]), 'month', definitions);
    expect(selectValue(series, { ...query, grain: 'month' }, definitions)).toMatchObject({ previous: null, change: null });
    expect(selectValue(series, query, definitions)).toMatchObject({ previous: 80 });
    const fromZero = aggregateValues(monthlyClicks([['2026-02', 0], ['2026-03', 150]]), 'month', definitions);
    expect(selectValue(fromZero, { ...query, grain: 'month' }, definitions)).toMatchObject({ previous: 0, change: null });
    // a fall: (60 − 80) / |80| = −0.25
    const fall = aggregateValues(monthlyClicks([['2026-02', 80], ['2026-03', 60]]), 'month', definitions);
    expect(selectValue(fall, query, definitions)?.change).toBeCloseTo(-0.25, 12);
  });

  it('keeps the trend to the last 12 buckets', () => {
    const months = Array.from({ length: 15 }, (_, i) => [`20${25 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, i] as [string, number]);
    const selected = selectValue(aggregateValues(monthlyClicks(months), 'month', definitions), query, definitions);
    expect(selected?.sparkline).toHaveLength(12);
    expect(selected?.sparkline[0]).toEqual({ period: '2025-04-01', value: 3 });
    expect(selected?.value).toBe(14);
  });

  it("uses the all-users series for all segments when there is one, else combines the segments", () => {
    const withAll = aggregateValues(
      [...monthlyClicks([['2026-03', 500]]), ...monthlyClicks([['2026-03', 100]], { segment: '新客' }), ...monthlyClicks([['2026-03', 300]], { segment: '老客' })],
      'month',
      definitions,
    );
    expect(selectValue(withAll, query, definitions)?.value).toBe(500);
    expect(selectValue(withAll, { ...query, segment: '新客' }, definitions)?.value).toBe(100);

    const segmentsOnly = aggregateValues(
      [
        v('visits', '2026-03-01', 100, { segment: '新客' }),
        v('visits', '2026-03-01', 300, { segment: '老客' }),
        v('impressions', '2026-03-01', 1000, { segment: '新客' }),
        v('impressions', '2026-03-01', 3000, { segment: '老客' }),
        v('ctr', '2026-03-01', 0.1, { segment: '新客' }),
        v('ctr', '2026-03-01', 0.02, { segment: '老客' }),
        v('stageVelocity', '2026-03-01', 3, { segment: '新客' }),
        v('stageVelocity', '2026-03-01', 5, { segment: '老客' }),
      ],
      'month',
      definitions,
    );
    expect(selectValue(segmentsOnly, { ...query, metric: 'visits' }, definitions)?.value).toBe(400); // 100 + 300
    // CTR from each segment's impressions (no clicks stored: clicks implied as rate × impressions): (0.1·1000 + 0.02·3000) / 4000 = 160 / 4000 = 0.04
    expect(selectValue(segmentsOnly, { ...query, metric: 'ctr' }, definitions)?.value).toBeCloseTo(0.04, 12);
    expect(selectValue(segmentsOnly, { ...query, metric: 'stageVelocity' }, definitions)?.value).toBe(4); // (3 + 5) / 2
  });

  it('shows an undated value on its own', () => {
    const series = aggregateValues([v('clicks', null, 42)], 'month', definitions);
    expect(selectValue(series, query, definitions)).toEqual({
      value: 42,
      previous: null,
      change: null,
      sparkline: [{ period: null, value: 42 }],
      point: { period: null, value: 42, count: 1, from: null, to: null },
    });
  });
});
