import { describe, expect, it } from 'vitest';
import {
  CHANNEL_QUALITY_INDEX_FORMULA,
  DERIVED_METRICS,
  FIRST_VISIT_CONVERSION_INDEX_FORMULA,
  safeDivide,
} from '../../../src/metrics/derived';
import { BUILTIN_DEFINITIONS } from '../../../src/metrics/definitions';

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

  it('divides the same counts as the ratio definitions the engine aggregates', () => {
    for (const metric of DERIVED_METRICS) {
      const definition = BUILTIN_DEFINITIONS.find((d) => d.key === metric.key);
      expect(definition).toMatchObject({ aggregation: 'ratio', numerator: metric.inputs[0], denominator: metric.inputs[1] });
    }
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

describe('index formulas', () => {
  it('say in both languages what the indexes divide', () => {
    expect(FIRST_VISIT_CONVERSION_INDEX_FORMULA.en).toContain("(new visitors' share of transactions) / (new visitors' share of visitors)");
    expect(FIRST_VISIT_CONVERSION_INDEX_FORMULA.zh).toContain('新访客的交易占比 / 新访客的访客占比');
    expect(CHANNEL_QUALITY_INDEX_FORMULA.en).toContain("(channel's share of paying users) / (channel's share of visits)");
    expect(CHANNEL_QUALITY_INDEX_FORMULA.zh).toContain('渠道的付费用户占比 / 渠道的访问占比');
  });
});
