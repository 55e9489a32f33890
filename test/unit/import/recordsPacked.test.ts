import { describe, expect, it } from 'vitest';
import type { MetricsMapping } from '../../../src/import/mapping';
import { unpackMetrics } from '../../../src/import/recordColumns';
import { createRecordBuilder } from '../../../src/import/records';

const mapping: MetricsMapping = {
  kind: 'metrics',
  headerRow: 0,
  dayFirst: false,
  skipTotals: true,
  target: { kind: 'utm', source: 0, medium: 1 },
  period: 2,
  layout: { layout: 'wide', metrics: [{ column: 3, metric: 'impressions' }, { column: 4, metric: 'ctr' }] },
};

describe('packed metric records', () => {
  it('keeps every record of a file bigger than one growth step, in row order, with its key, period and value', () => {
    const builder = createRecordBuilder(mapping, ['来源', '媒介', '日期', '展示量', '点击率']);
    builder.push(['来源', '媒介', '日期', '展示量', '点击率'], 1);
    const rows = 70_000;
    for (let i = 0; i < rows; i++) {
      const day = `2026-03-${String((i % 28) + 1).padStart(2, '0')}`;
      // Every 1000th row has no rate: 69,930 rates in all.
      builder.push([i % 2 === 0 ? 'baidu' : 'wechat', 'cpc', day, `${i + 1}`, i % 1000 === 999 ? '' : `${(i % 100) / 10}%`], i + 2);
    }
    const { summary, packed } = builder.finishPacked();
    expect(packed.length).toBe(rows + rows - 70);
    expect(summary.validRows).toBe(rows);
    expect(summary.targetKeys).toEqual([
      { key: 'baidu\u001fcpc\u001f', rows: 35_000 },
      { key: 'wechat\u001fcpc\u001f', rows: 35_000 },
    ]);
    expect(summary.metrics).toEqual(['impressions', 'ctr']);
    expect(summary.periods).toEqual({ from: '2026-03-01', to: '2026-03-28' });
    // Each key falls on every other day (28 is even): 2 keys × 14 days.
    expect(packed.cellKey.length).toBe(28);
    const records = unpackMetrics(packed);
    expect(records[0]).toEqual({ targetKey: 'baidu\u001fcpc\u001f', metric: 'impressions', period: '2026-03-01', grain: 'day', segment: '', value: 1, row: 2 });
    expect(records[1]).toEqual({ targetKey: 'baidu\u001fcpc\u001f', metric: 'ctr', period: '2026-03-01', grain: 'day', segment: '', value: 0, row: 2 });
    const last = records.at(-1)!;
    // Row 70,001 is i = 69,999: its rate is missing, so its last record is the impressions.
    expect(last).toEqual({ targetKey: 'wechat\u001fcpc\u001f', metric: 'impressions', period: '2026-03-28', grain: 'day', segment: '', value: 70_000, row: 70_001 });
    const ofRow = records.filter((r) => r.row === 65_538);
    // i = 65,536: baidu, day 65,536 % 28 = 16 → 2026-03-17, rate 36 % 100 / 10 = 3.6%.
    expect(ofRow).toEqual([
      { targetKey: 'baidu\u001fcpc\u001f', metric: 'impressions', period: '2026-03-17', grain: 'day', segment: '', value: 65_537, row: 65_538 },
      { targetKey: 'baidu\u001fcpc\u001f', metric: 'ctr', period: '2026-03-17', grain: 'day', segment: '', value: 0.036, row: 65_538 },
    ]);
    expect(builder.finish()).toMatchObject({ kind: 'metrics', records });
  });
});
