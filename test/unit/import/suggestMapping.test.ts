import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/import/sheetLayout';
import { guessDayFirst, metricKeyFor, suggestMapping } from '../../../src/import/suggestMapping';

const suggest = (rows: Cell[][], headerRow = 0) => suggestMapping(rows, headerRow, (rows[headerRow] ?? []).map(String));
const layoutOf = (mapping: ReturnType<typeof suggest>) => (mapping?.kind === 'metrics' ? mapping.layout : undefined);

describe('suggestMapping', () => {
  it('proposes a wide mapping for a Chinese channel table under a title', () => {
    const rows: Cell[][] = [['2026年3月渠道数据'], [], ['日期', '渠道', '展示量', '点击量', '备注', '点击数'], ['2026/3/5', '百度', '1,234', '56', '', '56']];
    expect(suggest(rows, 2)).toEqual({
      kind: 'metrics',
      headerRow: 2,
      dayFirst: false,
      skipTotals: true,
      target: { kind: 'channel', column: 1 },
      period: 0,
      layout: {
        layout: 'wide',
        // 点击数 is clicks again: the first column is kept.
        metrics: [
          { column: 2, metric: 'impressions' },
          { column: 3, metric: 'clicks' },
        ],
      },
    });
  });

  it('prefers a stage column to a channel column, and reads the segment column', () => {
    const mapping = suggest([['渠道', '阶段', '人群', '访客数'], ['百度', '认知', '新客', '10']]);
    expect(mapping).toMatchObject({ target: { kind: 'stage', column: 1 }, segment: 2 });
  });

  it('targets UTM fields when there is no stage or channel column, and the whole map when nothing names a target', () => {
    expect(suggest([['utm_source', 'utm_campaign', 'Sessions'], ['baidu', 'x', '1']])).toMatchObject({ target: { kind: 'utm', source: 0, campaign: 1 } });
    expect(suggest([['Date', 'Sessions'], ['2026-03-05', '1']])).toMatchObject({ target: { kind: 'map' }, period: 0 });
  });

  it('proposes the long layout with the metric names found in the rows', () => {
    const rows: Cell[][] = [
      ['渠道', '日期', '指标', '数值'],
      ['百度', '2026-03-05', '展示量', '1,000'],
      ['百度', '2026-03-05', 'CTR', '5%'],
      ['百度', '2026-03-05', '满意度', '4.5'],
      ['百度', '2026-03-05', '展示量', '1,000'],
    ];
    expect(suggest(rows)).toMatchObject({ layout: { layout: 'long', metricColumn: 2, valueColumn: 3, names: { 展示量: 'impressions', CTR: 'ctr' } } });
  });

  it('proposes a transition log from an id, a stage and a time column', () => {
    expect(suggest([['客户ID', '阶段', '进入时间'], ['C001', 'MQL', '13/3/2026 9:30']])).toEqual({
      kind: 'transitions',
      headerRow: 0,
      dayFirst: true,
      skipTotals: true,
      entity: 0,
      stage: 1,
      timestamp: 2,
    });
    expect(suggest([['Lead ID', 'Stage', 'Timestamp'], ['L1', 'SQL', '2026-03-05 09:30']])).toMatchObject({ kind: 'transitions', entity: 0, stage: 1, timestamp: 2 });
  });

  it('guesses day first from the sample dates', () => {
    expect(suggest([['Date', 'Clicks'], ['3/5/2026', '1'], ['25/3/2026', '2']])).toMatchObject({ dayFirst: true });
    expect(suggest([['Date', 'Clicks'], ['3/25/2026', '1']])).toMatchObject({ dayFirst: false });
  });

  it('proposes segment columns as the same metric under the built-in segment, beside the all-user column', () => {
    const headers = ['渠道', '访客数', '新访客数', '交易数', '新访客交易数', '老访客交易数', '付费用户数', '访问次数', '新访客数'];
    expect(layoutOf(suggest([headers, ['百度', '1', '1', '1', '1', '1', '1', '1', '1']]))).toEqual({
      layout: 'wide',
      // The second 新访客数 is the same metric and segment again: the first column is kept.
      metrics: [
        { column: 1, metric: 'visitors' },
        { column: 2, metric: 'visitors', segment: 'new' },
        { column: 3, metric: 'transactions' },
        { column: 4, metric: 'transactions', segment: 'new' },
        { column: 5, metric: 'transactions', segment: 'returning' },
        { column: 6, metric: 'payingUsers' },
        { column: 7, metric: 'visits' },
      ],
    });
    expect(layoutOf(suggest([['Channel', 'New visitors', 'Returning visitor orders'], ['Google', '1', '2']]))).toEqual({
      layout: 'wide',
      metrics: [
        { column: 1, metric: 'visitors', segment: 'new' },
        { column: 2, metric: 'transactions', segment: 'returning' },
      ],
    });
  });

  it('gives null when no column is a metric or a log', () => {
    expect(suggest([['名称', '备注'], ['a', 'b']])).toBeNull();
  });
});

describe('guessDayFirst', () => {
  it('decides only when a date is unambiguous and they agree', () => {
    expect(guessDayFirst(['3/5/2026', '13/5/2026'])).toBe(true);
    expect(guessDayFirst(['3/5/2026', '5/13/2026'])).toBe(false);
    expect(guessDayFirst(['3/5/2026', '4/6/2026'])).toBeUndefined();
    expect(guessDayFirst(['13/5/2026', '5/13/2026'])).toBeUndefined();
    expect(guessDayFirst(['2026-03-05', 46086, null])).toBeUndefined();
  });
});

describe('metricKeyFor', () => {
  it('gives no key for a name that also names a segment: a long file cannot file it under one, and 新访客数 is not all visitors', () => {
    expect(['新访客数', '老访客交易数', 'New visitors', 'Mobile visitors'].map(metricKeyFor)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('maps metric names and headers in Chinese and English to metric keys', () => {
    expect(['曝光量', 'UV', '访问次数', 'Bounce rate', '平均停留时间', 'Avg. session duration', '交易', '付费', '金额', '备注'].map(metricKeyFor)).toEqual([
      'impressions',
      'visitors',
      'visits',
      'bounceRate',
      'dwellTime',
      'dwellTime',
      'transactions',
      'payingUsers',
      'revenue',
      undefined,
    ]);
  });
});
