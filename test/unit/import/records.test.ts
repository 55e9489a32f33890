import { describe, expect, it } from 'vitest';
import { MAX_LISTED_PROBLEMS, type ImportMapping, type ImportParseResult, type MetricsMapping } from '../../../src/import/mapping';
import { columnLetter, createRecordBuilder } from '../../../src/import/records';
import type { Cell } from '../../../src/import/sheetLayout';

/** Pushes `rows` (row numbers 1, 2, ...) through a builder. */
function build(mapping: ImportMapping, rows: readonly (readonly Cell[])[], headers: readonly string[] = rows[mapping.headerRow]?.map(String) ?? []): ImportParseResult {
  const builder = createRecordBuilder(mapping, headers);
  rows.forEach((row, i) => builder.push(row, i + 1));
  return builder.finish();
}

function metrics(result: ImportParseResult) {
  if (result.kind !== 'metrics') throw new Error('expected metrics');
  return result;
}

const wide = (overrides: Partial<MetricsMapping> = {}): MetricsMapping => ({
  kind: 'metrics',
  headerRow: 0,
  dayFirst: false,
  skipTotals: true,
  target: { kind: 'channel', column: 0 },
  period: 1,
  layout: {
    layout: 'wide',
    metrics: [
      { column: 2, metric: 'impressions' },
      { column: 3, metric: 'clicks' },
      { column: 4, metric: 'dwellTime' },
    ],
  },
  ...overrides,
});

describe('columnLetter', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });
});

describe('createRecordBuilder: wide metrics', () => {
  const rows: Cell[][] = [
    ['渠道', '日期', '展示量', '点击量', '平均停留时长'],
    [' 百度 ', '2026/3/5', '1,234', '56', '00:02:35'],
    ['微信', '2026年3月5日', '1.2万', '-', '2分35秒'],
    [null, null, '', null, ''],
    ['抖音', 46086, 300, 12, 155],
    ['合计', '', '13,534', '68', ''],
  ];

  it('reads every value with its target, period, grain and row', () => {
    const result = metrics(build(wide(), rows));
    expect(result.records).toEqual([
      { targetKey: '百度', metric: 'impressions', period: '2026-03-05', grain: 'day', segment: '', value: 1234, row: 2 },
      { targetKey: '百度', metric: 'clicks', period: '2026-03-05', grain: 'day', segment: '', value: 56, row: 2 },
      { targetKey: '百度', metric: 'dwellTime', period: '2026-03-05', grain: 'day', segment: '', value: 155, row: 2 },
      { targetKey: '微信', metric: 'impressions', period: '2026-03-05', grain: 'day', segment: '', value: 12000, row: 3 },
      { targetKey: '微信', metric: 'dwellTime', period: '2026-03-05', grain: 'day', segment: '', value: 155, row: 3 },
      // Excel serial 46086 is 2026-03-05; a plain number in a duration column is seconds.
      { targetKey: '抖音', metric: 'impressions', period: '2026-03-05', grain: 'day', segment: '', value: 300, row: 5 },
      { targetKey: '抖音', metric: 'clicks', period: '2026-03-05', grain: 'day', segment: '', value: 12, row: 5 },
      { targetKey: '抖音', metric: 'dwellTime', period: '2026-03-05', grain: 'day', segment: '', value: 155, row: 5 },
    ]);
  });

  it('counts blank rows, lists totals rows by number, and summarises targets, metrics and periods', () => {
    const { records: _records, ...summary } = metrics(build(wide(), rows));
    expect(summary).toEqual({
      kind: 'metrics',
      rowsRead: 5,
      validRows: 3,
      blankRows: 1,
      totalsRows: [6],
      problems: [],
      problemCount: 0,
      targetKeys: [
        { key: '百度', rows: 1 },
        { key: '微信', rows: 1 },
        { key: '抖音', rows: 1 },
      ],
      metrics: ['impressions', 'clicks', 'dwellTime'],
      segments: [],
      periods: { from: '2026-03-05', to: '2026-03-05' },
    });
  });

  it('imports the totals row as data when skipTotals is off (its empty date is then a problem)', () => {
    const result = metrics(build(wide({ skipTotals: false }), rows));
    expect(result.totalsRows).toEqual([]);
    expect(result.problems).toEqual([{ row: 6, column: 'B', header: '日期', raw: '', code: 'date', reason: 'the date is empty' }]);
  });

  it('ignores the header row and the title rows above it', () => {
    const titled: Cell[][] = [['2026年3月渠道数据'], [], ...rows.slice(0, 2)];
    const result = metrics(build(wide({ headerRow: 2 }), titled));
    expect(result.rowsRead).toBe(1);
    expect(result.blankRows).toBe(0);
    expect(result.records.map((r) => r.row)).toEqual([4, 4, 4]);
  });

  it('keeps periods of every grain and the range from first to last day', () => {
    const periods: Cell[][] = [
      ['渠道', '日期', '展示量'],
      ['a', '2026-W10', '1'],
      ['a', '2026年3月', '2'],
      ['a', '2026-Q2', '3'],
      ['a', '5/3/2026', '4'],
    ];
    const mapping = wide({ dayFirst: true, layout: { layout: 'wide', metrics: [{ column: 2, metric: 'impressions' }] } });
    const result = metrics(build(mapping, periods));
    expect(result.records.map((r) => [r.period, r.grain])).toEqual([
      ['2026-03-02', 'week'],
      ['2026-03-01', 'month'],
      ['2026-04-01', 'quarter'],
      ['2026-03-05', 'day'],
    ]);
    expect(result.periods).toEqual({ from: '2026-03-01', to: '2026-04-01' });
  });

  it('reads a duration written as a clock or in words for any metric, not only dwell time', () => {
    const mapping = wide({ layout: { layout: 'wide', metrics: [{ column: 2, metric: 'avgCallTime' }] } });
    const result = metrics(build(mapping, [['渠道', '日期', '通话时长'], ['a', '2026-03-05', '00:02:35'], ['b', '2026-03-05', '1小时5分']]));
    expect(result.records.map((r) => r.value)).toEqual([155, 3900]);
  });

  it('names the row, column letter, header and raw text of every refused cell', () => {
    const bad: Cell[][] = [
      ['渠道', '日期', '展示量', '点击量', '平均停留时长'],
      ['百度', '2026-02-30', '1', '2', '3'],
      ['', '2026-03-05', '1', '2', '3'],
      ['微信', '2026-03-05', 'abc', '2', '五分钟'],
    ];
    const result = metrics(build(wide(), bad));
    expect(result.problems).toEqual([
      { row: 2, column: 'B', header: '日期', raw: '2026-02-30', code: 'date', reason: '"2026-02-30" is not a real date' },
      { row: 3, column: 'A', header: '渠道', raw: '', code: 'missingTarget', reason: 'the channel is empty' },
      { row: 4, column: 'C', header: '展示量', raw: 'abc', code: 'number', reason: '"abc" is not a number' },
      { row: 4, column: 'E', header: '平均停留时长', raw: '五分钟', code: 'duration', reason: '"五分钟" is not a duration this app reads' },
    ]);
    // Row 4 still gives its good value.
    expect(result.records).toEqual([{ targetKey: '微信', metric: 'clicks', period: '2026-03-05', grain: 'day', segment: '', value: 2, row: 4 }]);
    expect(result.validRows).toBe(1);
  });

  it('lists at most MAX_LISTED_PROBLEMS problems but counts them all', () => {
    const mapping = wide({ period: undefined });
    const builder = createRecordBuilder(mapping, ['渠道', '日期', '展示量', '点击量', '停留']);
    const total = MAX_LISTED_PROBLEMS + 250;
    for (let i = 0; i < total; i++) builder.push(['a', '', 'x', 'y', '1'], i + 2);
    const result = metrics(builder.finish());
    expect(result.problemCount).toBe(total * 2);
    expect(result.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(result.records).toHaveLength(total);
  });

  it('names columns past Z with two letters', () => {
    const row: Cell[] = Array.from({ length: 28 }, () => '1');
    row[0] = 'a';
    row[27] = 'oops';
    const mapping = wide({ period: undefined, layout: { layout: 'wide', metrics: [{ column: 27, metric: 'clicks' }] } });
    const result = metrics(build(mapping, [Array.from({ length: 28 }, (_, i) => `h${i}`), row]));
    expect(result.problems[0]).toMatchObject({ row: 2, column: 'AB', header: 'h27', raw: 'oops' });
  });
});

describe('createRecordBuilder: targets and segments', () => {
  const base = { kind: 'metrics', headerRow: 0, dayFirst: false, skipTotals: true } as const;

  it('joins UTM fields into one key and refuses rows with none of them', () => {
    const mapping: ImportMapping = {
      ...base,
      target: { kind: 'utm', source: 0, medium: 1, campaign: 2 },
      layout: { layout: 'wide', metrics: [{ column: 3, metric: 'visits' }] },
    };
    const result = metrics(build(mapping, [['utm_source', 'utm_medium', 'utm_campaign', 'Sessions'], ['baidu', 'cpc', '', '420'], ['', '', '', '10']]));
    expect(result.records.map((r) => r.targetKey)).toEqual(['baidu\u001fcpc\u001f']);
    expect(result.problems).toEqual([{ row: 3, column: 'A', header: 'utm_source', raw: '', code: 'missingTarget', reason: 'the UTM source, medium and campaign are all empty' }]);
  });

  it("uses '' for the whole map and reads segments", () => {
    const mapping: ImportMapping = { ...base, target: { kind: 'map' }, segment: 0, layout: { layout: 'wide', metrics: [{ column: 1, metric: 'visits' }] } };
    const result = metrics(build(mapping, [['分群', '访问量'], ['新客', '10'], ['老客', '20'], ['', '5']]));
    expect(result.records.map((r) => [r.targetKey, r.segment, r.value])).toEqual([
      ['', '新客', 10],
      ['', '老客', 20],
      ['', '', 5],
    ]);
    expect(result.segments).toEqual(['新客', '老客']);
    expect(result.periods).toBeNull();
    expect(result.targetKeys).toEqual([{ key: '', rows: 3 }]);
  });

  it("files a wide column's values under the column's own segment, over the row's segment column", () => {
    const mapping: ImportMapping = {
      ...base,
      target: { kind: 'channel', column: 0 },
      segment: 1,
      layout: {
        layout: 'wide',
        metrics: [
          { column: 2, metric: 'visitors' },
          { column: 3, metric: 'visitors', segment: 'new' },
          { column: 4, metric: 'transactions', segment: 'new' },
        ],
      },
    };
    const rows: Cell[][] = [
      ['渠道', '设备', '访客数', '新访客数', '新访客交易数'],
      ['百度', '移动端', '100', '40', '6'],
      ['微信', '', '', '', '3'],
      ['抖音', 'PC', '', '', ''],
    ];
    const result = metrics(build(mapping, rows));
    expect(result.records.map((r) => [r.row, r.targetKey, r.metric, r.segment, r.value])).toEqual([
      [2, '百度', 'visitors', '移动端', 100],
      [2, '百度', 'visitors', 'new', 40],
      [2, '百度', 'transactions', 'new', 6],
      [3, '微信', 'transactions', 'new', 3],
    ]);
    // A row with no value (抖音) is not valid and names no segment.
    expect(result).toMatchObject({ validRows: 2, segments: ['移动端', 'new'], targetKeys: [{ key: '百度', rows: 1 }, { key: '微信', rows: 1 }] });
  });
});

describe('createRecordBuilder: long layout', () => {
  const mapping: ImportMapping = {
    kind: 'metrics',
    headerRow: 0,
    dayFirst: false,
    skipTotals: true,
    target: { kind: 'stage', column: 0 },
    period: 1,
    layout: { layout: 'long', metricColumn: 2, valueColumn: 3, names: { 访客数: 'visitors', 停留时长: 'dwellTime' } },
  };

  it('reads one metric per row through the names map and refuses names it does not know', () => {
    const result = metrics(
      build(mapping, [
        ['阶段', '日期', '指标', '数值'],
        ['认知', '2026-03-05', '访客数', '1,000'],
        ['认知', '2026-03-05', ' 停留时长 ', '155'],
        ['认知', '2026-03-05', '满意度', '4.5'],
        ['认知', '2026-03-05', '访客数', '--'],
      ]),
    );
    expect(result.records.map((r) => [r.metric, r.value, r.row])).toEqual([
      ['visitors', 1000, 2],
      ['dwellTime', 155, 3],
    ]);
    expect(result.problems).toEqual([{ row: 4, column: 'C', header: '指标', raw: '满意度', code: 'unknownMetric', reason: '"满意度" is not mapped to a metric' }]);
    expect(result.validRows).toBe(2);
  });
});

describe('createRecordBuilder: transitions', () => {
  const mapping: ImportMapping = { kind: 'transitions', headerRow: 0, dayFirst: false, skipTotals: true, entity: 0, stage: 1, timestamp: 2 };

  it('reads id, stage and time of day in every written form', () => {
    const result = build(mapping, [
      ['客户ID', '阶段', '进入时间'],
      ['C001', '线索', '2026-03-01 09:00'],
      ['C001', 'MQL', '2026/3/3 10:30:00'],
      ['C001', 'SQL', 46086.395833333336],
      ['C002', 'MQL', '2026年3月5日'],
      ['', 'MQL', '2026-03-05'],
      ['C003', '', 'yesterday'],
    ]);
    if (result.kind !== 'transitions') throw new Error('expected transitions');
    expect(result.transitions).toEqual([
      { entity: 'C001', stageKey: '线索', at: '2026-03-01T09:00:00', row: 2 },
      { entity: 'C001', stageKey: 'MQL', at: '2026-03-03T10:30:00', row: 3 },
      { entity: 'C001', stageKey: 'SQL', at: '2026-03-05T09:30:00', row: 4 },
      { entity: 'C002', stageKey: 'MQL', at: '2026-03-05T00:00:00', row: 5 },
    ]);
    expect(result.stageKeys).toEqual([
      { key: '线索', rows: 1 },
      { key: 'MQL', rows: 2 },
      { key: 'SQL', rows: 1 },
    ]);
    expect(result.entities).toBe(2);
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [6, 'A', 'missingEntity'],
      [7, 'B', 'missingStage'],
      [7, 'C', 'date'],
    ]);
  });
});
