import { describe, expect, it } from 'vitest';
import { FixedPeriodSchema, fixedPeriodEnd, parseFixedPeriod } from '../../../src/import/fixedPeriod';
import { MetricsMappingSchema, type MetricsMapping } from '../../../src/import/mapping';
import { createRecordBuilder } from '../../../src/import/records';

describe('a fixed period for a file with no period column', () => {
  it('reads the periods people write, calendar or custom', () => {
    expect(parseFixedPeriod('2026-03')).toEqual({ start: '2026-03-01', grain: 'month' });
    expect(parseFixedPeriod('2026-Q2')).toEqual({ start: '2026-04-01', grain: 'quarter' });
    expect(parseFixedPeriod('2026')).toEqual({ start: '2026-01-01', grain: 'year' });
    expect(parseFixedPeriod('2026-03-15')).toEqual({ start: '2026-03-15', grain: 'day' });
    // ISO week 1 of 2026 starts on Monday 29 December 2025.
    expect(parseFixedPeriod('2026-W01')).toEqual({ start: '2025-12-29', grain: 'week' });
    expect(parseFixedPeriod('2026-03-01..2026-03-31')).toEqual({ start: '2026-03-01', grain: 'month', end: '2026-03-31' });
    // A custom week from Wednesday to Tuesday, and a fiscal month from the 15th.
    expect(parseFixedPeriod('2026-03-04..2026-03-10')).toEqual({ start: '2026-03-04', grain: 'week', end: '2026-03-10' });
    expect(parseFixedPeriod('2026-02-15 .. 2026-03-14')).toEqual({ start: '2026-02-15', grain: 'month', end: '2026-03-14' });
    expect(parseFixedPeriod('2026-01-01..2026-03-31')).toEqual({ start: '2026-01-01', grain: 'quarter', end: '2026-03-31' });
  });

  it('refuses what is no whole day, week, month, quarter or year', () => {
    for (const text of ['2026-13', '2026-02-30', '2026-03-01..2026-03-20', '2026-03-10..2026-03-01', 'March', '2026-W54']) {
      expect(parseFixedPeriod(text), text).toBeUndefined();
    }
  });

  it('checks a range against its grain and names the field that is wrong', () => {
    expect(fixedPeriodEnd('2026-02-01', 'month')).toBe('2026-02-28');
    expect(fixedPeriodEnd('2028-02-01', 'month')).toBe('2028-02-29');
    const wrongEnd = FixedPeriodSchema.safeParse({ start: '2026-03-01', grain: 'month', end: '2026-03-30' });
    expect(wrongEnd.success).toBe(false);
    expect(wrongEnd.error?.issues[0]).toMatchObject({ path: ['end'], message: 'A month starting 2026-03-01 ends 2026-03-31, not 2026-03-30' });
    const lateStart = FixedPeriodSchema.safeParse({ start: '2026-01-31', grain: 'month' });
    expect(lateStart.error?.issues[0]?.path).toEqual(['start']);
    expect(FixedPeriodSchema.safeParse({ start: '2026-02-30', grain: 'day' }).error?.issues[0]?.path).toEqual(['start']);
  });

  const undated = (fixedPeriod: MetricsMapping['fixedPeriod'], period?: number): MetricsMapping => ({
    kind: 'metrics',
    headerRow: 0,
    dayFirst: false,
    skipTotals: true,
    target: { kind: 'channel', column: 0 },
    ...(period === undefined ? {} : { period }),
    ...(fixedPeriod ? { fixedPeriod } : {}),
    layout: { layout: 'wide', metrics: [{ column: 1, metric: 'visits' }] },
  });

  it('is refused next to a period column', () => {
    const both = MetricsMappingSchema.safeParse(undated({ start: '2026-03-01', grain: 'month' }, 2));
    expect(both.error?.issues[0]?.path).toEqual(['fixedPeriod']);
  });

  it('files every value of the file under it', () => {
    const builder = createRecordBuilder(undated({ start: '2026-03-04', grain: 'week', end: '2026-03-10' }), ['channel', 'visits']);
    [['channel', 'visits'], ['Baidu', 120], ['Zhihu', 35]].forEach((row, i) => builder.push(row, i + 1));
    const result = builder.finish();
    if (result.kind !== 'metrics') throw new Error('expected metrics');
    expect(result.records.map(({ targetKey, period, grain, value }) => ({ targetKey, period, grain, value }))).toEqual([
      { targetKey: 'Baidu', period: '2026-03-04', grain: 'week', value: 120 },
      { targetKey: 'Zhihu', period: '2026-03-04', grain: 'week', value: 35 },
    ]);
    expect(result.periods).toEqual({ from: '2026-03-04', to: '2026-03-10' });
  });
});
