import { describe, expect, it } from 'vitest';
import {
  CHANNEL_QUALITY_INDEX_FORMULA,
  channelQualityIndex,
  channelQualityIndexes,
  DERIVED_METRICS,
  deriveMissingValues,
  FIRST_VISIT_CONVERSION_INDEX_FORMULA,
  firstVisitConversionIndex,
  safeDivide,
} from '../../../src/metrics/derived';
import type { MetricValue } from '../../../src/model/metrics';

const derived = (key: string) => {
  const metric = DERIVED_METRICS.find((d) => d.key === key);
  if (!metric) throw new Error(`no derived metric ${key}`);
  return metric;
};

describe('DERIVED_METRICS', () => {
  it.each([
    ['ctr', { clicks: 50, impressions: 1000 }, 0.05, 'CTR = clicks / impressions', '点击率 = 点击量 / 展示量'],
    ['bounceRate', { bounces: 420, visits: 1200 }, 0.35, 'Bounce rate', '跳出率'],
    ['conversionRate', { conversions: 30, visitors: 1500 }, 0.02, 'conversions / visitors', '转化 / 访客数'],
    ['activationRate', { activations: 45, signUps: 60 }, 0.75, 'activations / sign-ups', '激活 / 注册'],
  ])('%s of %o is %d, with its formula in both languages', (key, inputs, expected, en, zh) => {
    const metric = derived(key);
    expect(metric.compute(inputs)).toBeCloseTo(expected, 12);
    expect(metric.unit).toBe('percent');
    expect(metric.formula.en).toContain(en);
    expect(metric.formula.zh).toContain(zh);
    expect(Object.keys(inputs).sort()).toEqual([...metric.inputs].sort());
  });

  it('gives undefined, never NaN or Infinity, for a zero denominator or a missing input', () => {
    for (const metric of DERIVED_METRICS) {
      const [numerator, denominator] = metric.inputs as [string, string];
      expect(metric.compute({ [numerator]: 5, [denominator]: 0 })).toBeUndefined();
      expect(metric.compute({ [numerator]: 0, [denominator]: 0 })).toBeUndefined();
      expect(metric.compute({ [denominator]: 10 })).toBeUndefined();
      expect(metric.compute({})).toBeUndefined();
      expect(metric.compute({ [numerator]: 0, [denominator]: 10 })).toBe(0);
    }
    expect(safeDivide(1, Number.NaN)).toBeUndefined();
    expect(safeDivide(Number.POSITIVE_INFINITY, 2)).toBeUndefined();
  });
});

describe('deriveMissingValues', () => {
  const v = (metric: string, value: number, period: string | null = '2026-03-01', segment = ''): MetricValue => ({
    target: { kind: 'channel', id: 'wechat' },
    metric,
    period,
    grain: period ? 'month' : null,
    segment,
    value,
  });

  it('computes a rate where the file gave its inputs at the same target, period and segment', () => {
    const out = deriveMissingValues([v('clicks', 50), v('impressions', 1000), v('clicks', 9, '2026-04-01'), v('impressions', 300, '2026-05-01'), v('activations', 3, null, '新客'), v('signUps', 4, null, '新客')]);
    expect(out).toEqual([
      { ...v('ctr', 0.05), value: 0.05 }, // 50 / 1000
      { ...v('activationRate', 0.75, null, '新客') }, // 3 / 4
    ]);
  });

  it('never replaces a stored value and skips a zero denominator', () => {
    expect(deriveMissingValues([v('clicks', 50), v('impressions', 1000), v('ctr', 0.06)])).toEqual([]);
    expect(deriveMissingValues([v('clicks', 0), v('impressions', 0)])).toEqual([]);
    expect(deriveMissingValues([])).toEqual([]);
  });
});

describe('firstVisitConversionIndex', () => {
  it('divides new visitors’ share of transactions by their share of visits', () => {
    // (30 / 100) / (600 / 1000) = 0.3 / 0.6 = 0.5: a new visitor converts half as well
    expect(firstVisitConversionIndex({ newVisitorTransactions: 30, transactions: 100, newVisitorVisits: 600, visits: 1000 })).toBeCloseTo(0.5, 12);
    // (60 / 100) / (600 / 1000) = 1: like a returning visitor
    expect(firstVisitConversionIndex({ newVisitorTransactions: 60, transactions: 100, newVisitorVisits: 600, visits: 1000 })).toBeCloseTo(1, 12);
    expect(FIRST_VISIT_CONVERSION_INDEX_FORMULA.en).toContain('1 means a new visitor converts like a returning one');
    expect(FIRST_VISIT_CONVERSION_INDEX_FORMULA.zh).toContain('新访客');
  });

  it('is undefined when a share cannot be taken', () => {
    expect(firstVisitConversionIndex({ newVisitorTransactions: 3, transactions: 0, newVisitorVisits: 600, visits: 1000 })).toBeUndefined();
    expect(firstVisitConversionIndex({ newVisitorTransactions: 3, transactions: 10, newVisitorVisits: 0, visits: 1000 })).toBeUndefined();
    expect(firstVisitConversionIndex({ newVisitorTransactions: 3, transactions: 10, newVisitorVisits: 5, visits: 0 })).toBeUndefined();
  });
});

describe('channelQualityIndex', () => {
  it('divides the channel’s share of paying users by its share of visits', () => {
    // (30 / 100) / (200 / 1000) = 0.3 / 0.2 = 1.5
    expect(channelQualityIndex({ channelPaying: 30, totalPaying: 100, channelVisits: 200, totalVisits: 1000 })).toBeCloseTo(1.5, 12);
    expect(channelQualityIndex({ channelPaying: 30, totalPaying: 0, channelVisits: 200, totalVisits: 1000 })).toBeUndefined();
    expect(CHANNEL_QUALITY_INDEX_FORMULA.en).toContain('below 1 means the channel converts worse than average');
    expect(CHANNEL_QUALITY_INDEX_FORMULA.zh).toContain('低于 1');
  });

  it('computes every channel against the channels’ totals', () => {
    // totals: paying 30 + 10 + 60 = 100, visits 200 + 600 + 200 = 1000
    const rows = channelQualityIndexes([
      { channel: 'wechat', paying: 30, visits: 200 },
      { channel: 'douyin', paying: 10, visits: 600 },
      { channel: 'search', paying: 60, visits: 200 },
      { channel: 'empty', paying: 0, visits: 0 },
    ]);
    expect(rows.map((r) => r.channel)).toEqual(['wechat', 'douyin', 'search', 'empty']);
    expect(rows[0]?.index).toBeCloseTo(1.5, 12); // 0.3 / 0.2
    expect(rows[1]?.index).toBeCloseTo(1 / 6, 12); // 0.1 / 0.6
    expect(rows[2]?.index).toBeCloseTo(3, 12); // 0.6 / 0.2
    expect(rows[3]).toEqual({ channel: 'empty', payingShare: 0, visitShare: 0, index: undefined });
    expect(channelQualityIndexes([])).toEqual([]);
    expect(channelQualityIndexes([{ channel: 'a', paying: 0, visits: 0 }])[0]?.index).toBeUndefined();
  });
});
