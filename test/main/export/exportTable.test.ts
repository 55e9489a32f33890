import fs from 'node:fs';
import { read, utils } from '@e965/xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { explainGap } from '../../../src/gaps/gapWords';
import { gapFixture, type GapFixture } from '../gaps/gapSupport';

type Row = (string | number | boolean | null)[];

/** The CSV's bytes as rows (the writer quotes only fields with commas, quotes or line breaks; none of these have them besides the explanations). */
const csvRows = (file: string): string[][] => {
  const bytes = fs.readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const book = read(bytes.subarray(3).toString('utf8'), { type: 'string', raw: true });
  return utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, raw: false, defval: '' });
};

const xlsxSheet = (file: string): { name: string; rows: Row[] } => {
  const book = read(fs.readFileSync(file));
  const name = book.SheetNames[0]!;
  return { name, rows: utils.sheet_to_json<Row>(book.Sheets[name]!, { header: 1, defval: null }) };
};

describe('export.table', () => {
  let f: GapFixture;
  beforeEach(async () => {
    f = await gapFixture();
    await f.call('map.apply', {
      projectId: f.projectId,
      mapId: f.mapId,
      commands: [
        { name: 'lane.add', args: { lane: { id: 'lp', name: 'Pain', type: 'painPoints' } } },
        {
          name: 'card.add',
          args: {
            cards: [
              { id: 'p1', stageId: 'aw', laneId: 'lp', order: 0, title: '=HYPERLINK("http://x","点我")', pain: { severity: 2, frequency: 'rare', owner: 'Ann' } },
              { id: 'p2', stageId: 'co', laneId: 'lp', order: 0, title: '支付太慢', pain: { severity: 5, frequency: 'always', reach: 80, owner: '李梅', status: 'inProgress' } },
            ],
          },
        },
      ],
    });
  });
  afterEach(async () => {
    await f.dispose();
  });

  const ref = () => ({ projectId: f.projectId, mapId: f.mapId });

  it('writes the metric values at the grain as CSV, one row per value with its source file and rows', async () => {
    const file = f.temp.file('out/metrics.csv');
    expect(await f.call('export.table', { ...ref(), table: 'metrics', format: 'csv', path: file })).toEqual({ path: file, rows: 6 });
    const rows = csvRows(file);
    expect(rows[0]).toEqual(['Applies to', 'Name', 'Metric', 'Period', 'Segment', 'Value', 'Unit', 'Target', 'Status', 'Source file', 'Sheet', 'Rows']);
    // march.csv: Awareness on file row 2 (1000 impressions, 50 clicks), Consideration on row 3 (400, 40); CTR is derived, so it has no source.
    expect(rows.slice(1)).toEqual([
      ['Stage', 'Awareness', 'Clicks', '2026-03-01', 'All users', '50', 'count', '', 'No target', 'march.csv', '', '2'],
      ['Stage', 'Awareness', 'CTR', '2026-03-01', 'All users', '0.05', 'percent', '', 'No target', '', '', ''],
      ['Stage', 'Awareness', 'Impressions', '2026-03-01', 'All users', '1000', 'count', '', 'No target', 'march.csv', '', '2'],
      ['Stage', 'Consideration', 'Clicks', '2026-03-01', 'All users', '40', 'count', '', 'No target', 'march.csv', '', '3'],
      ['Stage', 'Consideration', 'CTR', '2026-03-01', 'All users', '0.1', 'percent', '', 'No target', '', '', ''],
      ['Stage', 'Consideration', 'Impressions', '2026-03-01', 'All users', '400', 'count', '', 'No target', 'march.csv', '', '3'],
    ]);
  });

  it('buckets the values by the grain asked for and writes Chinese headers as XLSX, numbers as numbers', async () => {
    const file = f.temp.file('metrics.xlsx');
    await f.call('export.table', { ...ref(), table: 'metrics', format: 'xlsx', path: file, grain: 'week', language: 'zh-CN' });
    const { name, rows } = xlsxSheet(file);
    expect(name).toBe('指标');
    expect(rows[0]).toEqual(['对象类型', '名称', '指标', '周期', '分群', '数值', '单位', '目标', '状态', '来源文件', '工作表', '行']);
    // 2026-03-01 is a Sunday: its ISO week starts on Monday 2026-02-23; 2026-03-02 starts the next week.
    expect(rows.find((row) => row[1] === 'Awareness' && row[5] === 1000)?.[3]).toBe('2026-02-23');
    expect(rows.find((row) => row[1] === 'Consideration' && row[5] === 400)?.[3]).toBe('2026-03-02');
    expect(rows.find((row) => row[1] === 'Awareness' && row[5] === 1000)).toEqual(['阶段', 'Awareness', '展示量', '2026-02-23', '全部用户', 1000, 'count', null, '无目标', 'march.csv', null, '2']);
  });

  it('writes the pain points ranked by priority, text that looks like a formula neutralised', async () => {
    const file = f.temp.file('pains.csv');
    expect(await f.call('export.table', { ...ref(), table: 'painPoints', format: 'csv', path: file })).toEqual({ path: file, rows: 2 });
    const rows = csvRows(file);
    const header = rows[0]!;
    expect(header.slice(0, 4)).toEqual(['Title', 'Stage(s)', 'Severity', 'Frequency']);
    expect(header).not.toContain('Map');
    const column = (name: string) => header.indexOf(name);
    expect(rows.slice(1).map((row) => row[column('Title')])).toEqual(['支付太慢', `'=HYPERLINK("http://x","点我")`]);
    expect(rows[1]![column('Owner')]).toBe('李梅');
    expect(rows[1]![column('Status')]).toBe('In progress');
    expect(rows[2]![column('Frequency')]).toBe('Rare');

    const xlsx = f.temp.file('pains.xlsx');
    await f.call('export.table', { ...ref(), table: 'painPoints', format: 'xlsx', path: xlsx, language: 'zh-CN' });
    const sheet = xlsxSheet(xlsx);
    expect(sheet.name).toBe('痛点');
    expect(sheet.rows[0]!.slice(0, 3)).toEqual(['标题', '阶段', '严重程度']);
    expect(sheet.rows[1]!.slice(0, 4)).toEqual(['支付太慢', 'Consideration', 5, '总是']);
    expect(sheet.rows[2]![0]).toBe(`'=HYPERLINK("http://x","点我")`);
  });

  it('writes the open gaps, most severe first, without accepted ones, worded as the gap panel words them', async () => {
    const file = f.temp.file('gaps.xlsx');
    const { rows: count } = await f.call('export.table', { ...ref(), table: 'gaps', format: 'xlsx', path: file });
    const printed = await f.call('export.printData', { ...ref(), options: { format: 'pdf', parts: { language: 'en' } } as never });
    const { rows } = xlsxSheet(file);
    expect(rows[0]).toEqual(['Severity', 'Rule', 'Stage', 'Explanation', 'Cards']);
    expect(count).toBe(printed.gaps.length);
    expect(rows.slice(1).map((row) => row[3])).toEqual(printed.gaps.map((gap) => explainGap(gap, 'en')));
    expect(rows.slice(1).map((row) => row[1])).not.toContain('Handoff hot spot');
    const ranks: Record<string, number> = { High: 0, Medium: 1, Low: 2 };
    const severities = rows.slice(1).map((row) => ranks[String(row[0])]!);
    expect(severities).toEqual([...severities].sort());
  });

  describe('in Chinese', () => {
    // CTR below its red line at Awareness (5%) and between red and amber at Consideration (10%): two metric gaps, in Chinese metric words.
    beforeEach(async () => {
      const ctr = (await f.call('metrics.get', { ...ref(), grain: 'month' })).definitions.find((d) => d.key === 'ctr')!;
      await f.call('metrics.saveDefinition', { projectId: f.projectId, definition: { ...ctr, target: 0.2, amber: 0.12, red: 0.08 } });
    });

    const HEADER = ['严重程度', '规则', '阶段', '说明', '卡片'];
    const ROWS = [
      ['高', '指标未达标', 'Awareness', 'Awareness的点击率为 5%（目标 20%）。', ''],
      ['高', '没有机会点的痛点', 'Consideration', 'Consideration阶段的痛点“支付太慢”没有任何机会点针对它。', '支付太慢'],
      ['中', '指标未达标', 'Consideration', 'Consideration的点击率为 10%（目标 20%）。', ''],
      ['低', '没有机会点的痛点', 'Awareness', 'Awareness阶段的痛点“=HYPERLINK("http://x","点我")”没有任何机会点针对它。', `'=HYPERLINK("http://x","点我")`],
      ['低', '最慢的阶段转化', 'SQL', '最慢的转化：从MQL到SQL平均耗时 3.0 天（2 次转化）。', ''],
    ];

    it('writes a gaps CSV with Chinese headers, severities, rule names and explanations, cell by cell', async () => {
      const file = f.temp.file('差距.csv');
      expect(await f.call('export.table', { ...ref(), table: 'gaps', format: 'csv', path: file, language: 'zh-CN' })).toEqual({ path: file, rows: ROWS.length });
      expect(csvRows(file)).toEqual([HEADER, ...ROWS]);
    });

    it('writes the same cells to XLSX, on a sheet named in Chinese', async () => {
      const file = f.temp.file('gaps.xlsx');
      await f.call('export.table', { ...ref(), table: 'gaps', format: 'xlsx', path: file, language: 'zh-CN' });
      const { name, rows } = xlsxSheet(file);
      expect(name).toBe('差距');
      expect(rows).toEqual([HEADER, ...ROWS.map((row) => row.map((cell) => (cell === '' ? null : cell)))]);
    });
  });

  it('refuses a file name with another format’s extension, naming the file, and writes nothing', async () => {
    const error = await f.refused('export.table', { ...ref(), table: 'gaps', format: 'csv', path: f.temp.file('gaps.xlsx') });
    expect(error).toMatchObject({ code: 'BAD_REQUEST', params: { file: 'gaps.xlsx', field: 'path' } });
    expect(fs.existsSync(f.temp.file('gaps.xlsx'))).toBe(false);
    expect(await f.refused('export.table', { ...ref(), mapId: 'gone', table: 'gaps', format: 'csv', path: f.temp.file('g.csv') })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
