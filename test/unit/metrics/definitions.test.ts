import { describe, expect, it } from 'vitest';
import { KNOWN_METRICS } from '../../../src/import/headerSuggestions';
import {
  BUILTIN_DEFINITIONS,
  definitionOf,
  formatMetricValue,
  mergeDefinitions,
  metricName,
  metricStatus,
} from '../../../src/metrics/definitions';
import type { MetricDefinition } from '../../../src/model/metrics';
import { MetricDefinitionSchema } from '../../../src/schema/metrics';

const def = (over: Partial<MetricDefinition>): MetricDefinition => ({
  key: 'x',
  name: 'X',
  unit: 'count',
  aggregation: 'sum',
  direction: 'higherIsBetter',
  ...over,
});

describe('BUILTIN_DEFINITIONS', () => {
  it('defines every metric the importer recognises, each valid against the schema, with a Chinese name', () => {
    const keys = BUILTIN_DEFINITIONS.map((d) => d.key);
    for (const known of KNOWN_METRICS) expect(keys).toContain(known);
    expect(new Set(keys).size).toBe(keys.length);
    for (const definition of BUILTIN_DEFINITIONS) {
      expect(MetricDefinitionSchema.safeParse(definition).success).toBe(true);
      expect(definition.nameZh).toBeTruthy();
    }
  });

  it('makes the rates ratios of their counts and marks the lower-is-better metrics', () => {
    const of = (key: string) => definitionOf(BUILTIN_DEFINITIONS, key);
    expect(of('ctr')).toMatchObject({ unit: 'percent', aggregation: 'ratio', numerator: 'clicks', denominator: 'impressions', nameZh: '点击率' });
    expect(of('bounceRate')).toMatchObject({ unit: 'percent', aggregation: 'ratio', numerator: 'bounces', denominator: 'visits', direction: 'lowerIsBetter' });
    expect(of('conversionRate')).toMatchObject({ aggregation: 'ratio', numerator: 'conversions', denominator: 'visitors' });
    expect(of('activationRate')).toMatchObject({ aggregation: 'ratio', numerator: 'activations', denominator: 'signUps' });
    // every numerator and denominator names a defined count
    for (const d of BUILTIN_DEFINITIONS) for (const part of [d.numerator, d.denominator]) if (part) expect(of(part)).toMatchObject({ unit: 'count', aggregation: expect.stringMatching(/^(sum|distinct)$/) });
    // people counted per period are distinct counts
    for (const key of ['visitors', 'newVisitors', 'payingUsers']) expect(of(key)).toMatchObject({ unit: 'count', aggregation: 'distinct' });
    expect(of('dwellTime')).toMatchObject({ unit: 'seconds', weightBy: 'visits' });
    expect(of('revenue')).toMatchObject({ unit: 'currency', currency: 'CNY', aggregation: 'sum' });
    expect(of('cost')).toMatchObject({ direction: 'lowerIsBetter' });
    expect(of('stageVelocity')).toMatchObject({ unit: 'days', aggregation: 'average', direction: 'lowerIsBetter' });
    // every weightBy names a defined metric
    for (const d of BUILTIN_DEFINITIONS) if (d.weightBy) expect(of(d.weightBy)).toBeDefined();
  });
});

describe('mergeDefinitions', () => {
  it('lets a custom definition override a built-in in place and appends the others', () => {
    const ctr = def({ key: 'ctr', name: 'Click rate', unit: 'percent', aggregation: 'average', amber: 0.02, red: 0.01 });
    const pages = def({ key: 'pagesPerVisit', name: 'Depth', unit: 'ratio', aggregation: 'average', target: 3 });
    const nps = def({ key: 'custom_nps', name: 'NPS', aggregation: 'average' });
    const merged = mergeDefinitions([nps, ctr, pages]);
    expect(merged).toHaveLength(BUILTIN_DEFINITIONS.length + 1);
    expect(merged.findIndex((d) => d.key === 'ctr')).toBe(BUILTIN_DEFINITIONS.findIndex((d) => d.key === 'ctr'));
    expect(definitionOf(merged, 'pagesPerVisit')).toBe(pages);
    // names and thresholds are the project's, but a CTR stays clicks / impressions (older files stored rates as averages)
    expect(definitionOf(merged, 'ctr')).toEqual({ ...ctr, aggregation: 'ratio', numerator: 'clicks', denominator: 'impressions' });
    expect(merged[merged.length - 1]).toBe(nps);
    expect(definitionOf(merged, 'nothing')).toBeUndefined();
  });

  it('keeps one definition per key when customs repeat a key (the last wins)', () => {
    const a = def({ key: 'custom_a', name: 'A1' });
    const b = def({ key: 'custom_a', name: 'A2' });
    const merged = mergeDefinitions([a, b]);
    expect(merged.filter((d) => d.key === 'custom_a')).toEqual([b]);
  });
});

describe('metricStatus', () => {
  const higher = def({ amber: 0.05, red: 0.02 });
  const lower = def({ direction: 'lowerIsBetter', amber: 0.5, red: 0.7 });
  it.each([
    [higher, 0.01, 'red'],
    [higher, 0.02, 'amber'], // at the red threshold: not below it
    [higher, 0.04, 'amber'],
    [higher, 0.05, 'green'],
    [higher, 0.2, 'green'],
    [lower, 0.8, 'red'],
    [lower, 0.7, 'amber'],
    [lower, 0.6, 'amber'],
    [lower, 0.5, 'green'],
    [lower, 0.1, 'green'],
    [def({ red: 10 }), 9, 'red'],
    [def({ red: 10 }), 10, 'green'],
    [def({ amber: 10 }), 9, 'amber'],
    [def({ target: 100 }), 100, 'green'],
    [def({ target: 100 }), 99, 'amber'],
    [def({ target: 3, direction: 'lowerIsBetter' }), 3, 'green'],
    [def({ target: 3, direction: 'lowerIsBetter' }), 3.5, 'amber'],
    [def({}), 5, 'none'],
    [higher, Number.NaN, 'none'],
  ] as const)('%o at %d is %s (whole-map figure)', (definition, value, status) => {
    expect(metricStatus(value, definition, { target: { kind: 'map' }, segment: null })).toBe(status);
  });
});

describe('metricName', () => {
  it('uses the Chinese name in zh-CN and falls back to the English one', () => {
    const ctr = definitionOf(BUILTIN_DEFINITIONS, 'ctr') as MetricDefinition;
    expect(metricName(ctr, 'en')).toBe('CTR');
    expect(metricName(ctr, 'zh-CN')).toBe('点击率');
    expect(metricName(def({ name: 'NPS' }), 'zh-CN')).toBe('NPS');
  });
});

describe('formatMetricValue', () => {
  const percent = def({ unit: 'percent' });
  const cny = def({ unit: 'currency', currency: 'CNY' });
  const usd = def({ unit: 'currency', currency: 'USD' });
  const chf = def({ unit: 'currency', currency: 'CHF' });
  const seconds = def({ unit: 'seconds' });
  const days = def({ unit: 'days' });
  const ratio = def({ unit: 'ratio' });
  const count = def({ unit: 'count' });
  it.each([
    [0.125, percent, 'en', '12.5%'],
    [0.125, percent, 'zh-CN', '12.5%'],
    [1, percent, 'en', '100%'],
    [0.00123, percent, 'en', '0.12%'], // 0.123 % keeps two decimals below 1 %
    [0, percent, 'en', '0%'],
    [1200, cny, 'en', '¥1,200'],
    [1200.5, cny, 'en', '¥1,200.50'],
    [1200, usd, 'en', '$1,200'],
    [1200, chf, 'en', 'CHF 1,200'],
    [-50, cny, 'en', '-¥50'],
    [12000, cny, 'zh-CN', '¥1.2万'], // 12000 / 10^4 = 1.2
    [300_000_000, cny, 'zh-CN', '¥3亿'],
    [12000, cny, 'en', '¥12,000'],
    [155, seconds, 'en', '2m 35s'],
    [155, seconds, 'zh-CN', '2分35秒'],
    [154.6, seconds, 'en', '2m 35s'],
    [45, seconds, 'zh-CN', '45秒'],
    [3725, seconds, 'en', '1h 2m'], // 3725 s = 1 h 2 min 5 s
    [3725, seconds, 'zh-CN', '1小时2分'],
    [3.24, days, 'en', '3.2 d'],
    [3.24, days, 'zh-CN', '3.2 天'],
    [3.456, ratio, 'en', '3.46'],
    [12345, count, 'en', '12,345'],
    [12345, count, 'zh-CN', '1.23万'], // 1.2345 万 to two decimals
    [9999, count, 'zh-CN', '9,999'],
    [123_456_789, count, 'zh-CN', '1.23亿'],
    [1234.56, count, 'en', '1,234.6'],
    [1234.567, undefined, 'en', '1,234.57'],
    [Number.NaN, count, 'en', '—'],
    [Number.POSITIVE_INFINITY, percent, 'zh-CN', '—'],
  ] as const)('%d as %o in %s is %s', (value, definition, language, text) => {
    expect(formatMetricValue(value, definition, language)).toBe(text);
  });
});
