import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectFile, parseFile, readRows } from '../../../main/services/import/sources';
import { AppError } from '../../../src/api/result';
import type { ImportMapping, ImportParseResult, MetricRecord } from '../../../src/import/mapping';
import type { Cell } from '../../../src/import/sheetLayout';
import { FIXTURES_DIR, fixtureFiles } from '../../fixtures/generate';
import { encodeGbk } from '../../helpers/gbk';
import { tempDir } from '../support/files';

const fixture = (name: string): string => path.join(FIXTURES_DIR, name);

/** The mapping the wizard proposes for a file (every fixture gets one). */
async function proposed(file: string): Promise<ImportMapping> {
  const inspection = await inspectFile(file);
  if (!inspection.suggestedMapping) throw new Error(`no mapping for ${file}`);
  return inspection.suggestedMapping;
}

function metricsOf(result: ImportParseResult) {
  if (result.kind !== 'metrics') throw new Error('expected metrics');
  return result;
}

/** Records as "row target period/grain metric=value" lines ("metric@segment" under a segment), easy to compare by eye. */
const lines = (records: readonly MetricRecord[]): string[] =>
  records.map((r) => `${r.row} ${r.targetKey} ${r.period}/${r.grain} ${r.metric}${r.segment === '' ? '' : `@${r.segment}`}=${r.value}`);

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

/** The channel table's values, computed by hand from test/fixtures/generate.ts. */
const CHANNEL_RECORDS = [
  '4 百度 2026-03-05/day impressions=1234',
  '4 百度 2026-03-05/day clicks=56',
  '4 百度 2026-03-05/day ctr=0.045',
  '4 百度 2026-03-05/day visitors=40',
  '4 百度 2026-03-05/day visitors@new=30',
  '4 百度 2026-03-05/day bounceRate=0.125',
  '4 百度 2026-03-05/day dwellTime=155',
  '4 百度 2026-03-05/day cost=1200',
  '5 微信 2026-03-05/day impressions=123',
  '5 微信 2026-03-05/day clicks=12',
  '5 微信 2026-03-05/day visitors=10',
  '5 微信 2026-03-05/day bounceRate=0.2',
  '5 微信 2026-03-05/day dwellTime=155',
  '5 微信 2026-03-05/day cost=800',
  '6 抖音 2026-03-05/day impressions=12000',
  '6 抖音 2026-03-05/day clicks=1200',
  '6 抖音 2026-03-05/day ctr=0.1',
  '6 抖音 2026-03-05/day visitors=800',
  '6 抖音 2026-03-05/day visitors@new=600',
  '6 抖音 2026-03-05/day bounceRate=0.35',
  '6 抖音 2026-03-05/day dwellTime=155',
  '6 抖音 2026-03-05/day cost=3.5',
  '7 小红书 2026-03-05/day impressions=300000000',
  '7 小红书 2026-03-05/day clicks=-1234',
  '7 小红书 2026-03-05/day visitors=1000',
  '7 小红书 2026-03-05/day bounceRate=0.4',
  '7 小红书 2026-03-05/day dwellTime=60',
  '8 百度 2026-03-02/week impressions=2000',
  '8 百度 2026-03-02/week clicks=100',
  '8 百度 2026-03-02/week ctr=0.05',
  '8 百度 2026-03-02/week visitors=90',
  '9 微信 2026-03-01/month impressions=5000',
  '9 微信 2026-03-01/month clicks=250',
  '9 微信 2026-03-01/month ctr=0.05',
  '9 微信 2026-03-01/month visitors=200',
  '9 微信 2026-03-01/month visitors@new=150',
  '9 微信 2026-03-01/month bounceRate=0.3',
  '9 微信 2026-03-01/month dwellTime=180',
  '9 微信 2026-03-01/month cost=2000',
];

const CHANNEL_HEADERS = ['日期', '渠道', '展示量', '点击量', '点击率', '访客数', '新访客', '跳出率', '平均停留时长', '花费'];

describe('fixtures', () => {
  it('are what `npm run fixtures` writes (regenerating changes nothing)', () => {
    for (const [name, bytes] of Object.entries(fixtureFiles())) {
      const stored = fs.readFileSync(fixture(name));
      if (name.endsWith('.xlsx')) {
        // Compare cells, not zip bytes.
        const cells = (data: Uint8Array) => {
          const book = XLSX.read(data, { type: 'array' });
          return book.SheetNames.map((sheet) => [sheet, XLSX.utils.sheet_to_json(book.Sheets[sheet] as XLSX.WorkSheet, { header: 1, raw: true })]);
        };
        expect(cells(stored), name).toEqual(cells(bytes));
      } else {
        expect(Buffer.compare(stored, Buffer.from(bytes)), name).toBe(0);
      }
    }
  });
});

describe('the channel table in every encoding', () => {
  const files = [
    ['channels-utf8.csv', 'utf-8', 'validUtf8'],
    ['channels-utf8-bom.csv', 'utf-8', 'bom'],
    ['channels-gbk.csv', 'gb18030', 'notUtf8'],
    ['channels-utf16le.csv', 'utf-16le', 'bom'],
    ['channels-utf16be.csv', 'utf-16be', 'bom'],
    ['channels.tsv', 'utf-8', 'validUtf8'],
    ['channels-semicolon.csv', 'utf-8', 'validUtf8'],
  ] as const;

  for (const [name, encoding, evidence] of files) {
    it(`${name}: detects ${encoding}, skips the title, finds headers and the totals row`, async () => {
      const inspection = await inspectFile(fixture(name));
      expect(inspection.encoding).toEqual({ used: encoding, detected: encoding, evidence, replaced: 0 });
      expect(inspection.format).toBe(name.endsWith('.tsv') ? 'tsv' : 'csv');
      expect(inspection.rows[0]).toEqual(['2026年3月渠道数据']);
      expect(inspection.totalRows).toBe(11);
      expect(inspection.headerRow).toBe(2);
      expect(inspection.headers).toEqual(CHANNEL_HEADERS);
      expect(inspection.totalsRows).toEqual([11]);
      expect(inspection.sheets).toEqual([]);
      expect(inspection.suggestions.slice(0, 3)).toEqual([
        { kind: 'dimension', role: 'period' },
        { kind: 'dimension', role: 'channel' },
        { kind: 'metric', metric: 'impressions' },
      ]);
    });

    it(`${name}: gives the hand-computed records`, async () => {
      const result = metricsOf(await parseFile(fixture(name), await proposed(fixture(name)), {}));
      expect(lines(result.records)).toEqual(CHANNEL_RECORDS);
      expect(result).toMatchObject({ rowsRead: 8, validRows: 6, blankRows: 1, totalsRows: [11], problemCount: 0 });
      expect(result.targetKeys).toEqual([
        { key: '百度', rows: 2 },
        { key: '微信', rows: 2 },
        { key: '抖音', rows: 1 },
        { key: '小红书', rows: 1 },
      ]);
      expect(result.periods).toEqual({ from: '2026-03-01', to: '2026-03-05' });
    });
  }

  it('lets the user override the encoding and shows the damage', async () => {
    const wrong = await inspectFile(fixture('channels-gbk.csv'), { encoding: 'utf-8' });
    expect(wrong.encoding).toMatchObject({ used: 'utf-8', detected: 'gb18030', evidence: 'chosen' });
    expect(wrong.encoding?.replaced).toBeGreaterThan(10);
    expect(wrong.headers).not.toContain('渠道');
  });
});

describe('the channel workbook', () => {
  it('lists sheets, skips the merged title, joins the two-row merged header and keeps serial dates', async () => {
    const inspection = await inspectFile(fixture('channels.xlsx'));
    expect(inspection).toMatchObject({ format: 'xlsx', encoding: null, sheets: ['渠道数据', '漏斗'], sheet: '渠道数据', headerRow: 2, totalRows: 7, totalsRows: [7] });
    expect(inspection.headers).toEqual(['日期', '渠道', '展示量', '点击量', '点击率', '访客数', '平均停留时长']);
    // Row 4 as read: a date serial, a formula's cached value, a duration as shown.
    expect(inspection.rows[3]).toEqual([46086, '百度', 1234, 56, 56 / 1234, 40, '00:02:35']);
  });

  it('gives records with ISO dates, cached formula values and durations in seconds', async () => {
    const result = metricsOf(await parseFile(fixture('channels.xlsx'), await proposed(fixture('channels.xlsx')), {}));
    expect(lines(result.records)).toEqual([
      '4 百度 2026-03-05/day impressions=1234',
      '4 百度 2026-03-05/day clicks=56',
      `4 百度 2026-03-05/day ctr=${56 / 1234}`,
      '4 百度 2026-03-05/day visitors=40',
      '4 百度 2026-03-05/day dwellTime=155',
      '5 微信 2026-03-05/day impressions=123',
      '5 微信 2026-03-05/day clicks=12',
      `5 微信 2026-03-05/day ctr=${12 / 123}`,
      '5 微信 2026-03-05/day visitors=10',
      '5 微信 2026-03-05/day dwellTime=95',
      '6 百度 2026-03-06/day impressions=2000',
      '6 百度 2026-03-06/day clicks=100',
      '6 百度 2026-03-06/day ctr=0.05',
      '6 百度 2026-03-06/day visitors=90',
      '6 百度 2026-03-06/day dwellTime=60',
    ]);
    expect(result.totalsRows).toEqual([7]);
  });

  it('reads the sheet the user chooses, and names the sheets when the choice does not exist', async () => {
    const funnel = await inspectFile(fixture('channels.xlsx'), { sheet: '漏斗' });
    expect(funnel.sheet).toBe('漏斗');
    expect(funnel.headers).toEqual(['阶段', '访客数', '注册', '激活', '付费']);
    const error = await rejection(inspectFile(fixture('channels.xlsx'), { sheet: 'Sheet9' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toBe('channels.xlsx has no sheet "Sheet9"; its sheets are: 渠道数据, 漏斗');
  });
});

describe('layouts and exports', () => {
  it('wide and long layouts of the same numbers give the same records', async () => {
    const key = (r: MetricRecord) => `${r.targetKey} ${r.period} ${r.metric}=${r.value}`;
    const wide = metricsOf(await parseFile(fixture('wide-small.csv'), await proposed(fixture('wide-small.csv')), {}));
    const long = metricsOf(await parseFile(fixture('long-small.csv'), await proposed(fixture('long-small.csv')), {}));
    expect(wide.records.map(key).sort()).toEqual(long.records.map(key).sort());
    expect(wide.records.map(key)).toEqual([
      '百度 2026-03-05 impressions=1000',
      '百度 2026-03-05 clicks=50',
      '百度 2026-03-05 visitors=40',
      '微信 2026-03-05 impressions=2000',
      '微信 2026-03-05 clicks=80',
      '百度 2026-03-06 impressions=1500',
      '百度 2026-03-06 clicks=60',
      '百度 2026-03-06 visitors=45',
    ]);
  });

  it('reads the English ad-platform export month first, leaving out the Total row', async () => {
    const result = metricsOf(await parseFile(fixture('english-export.csv'), await proposed(fixture('english-export.csv')), {}));
    expect(lines(result.records.filter((r) => r.row === 2))).toEqual([
      '2 Google Ads 2026-03-05/day impressions=12000',
      '2 Google Ads 2026-03-05/day clicks=360',
      '2 Google Ads 2026-03-05/day ctr=0.03',
      '2 Google Ads 2026-03-05/day visits=300',
      '2 Google Ads 2026-03-05/day bounceRate=0.415',
      '2 Google Ads 2026-03-05/day dwellTime=105',
      '2 Google Ads 2026-03-05/day conversions=12',
      '2 Google Ads 2026-03-05/day revenue=1234.5',
    ]);
    expect(result.periods).toEqual({ from: '2026-03-05', to: '2026-03-12' });
    expect(result.totalsRows).toEqual([5]);
  });

  it('keys UTM rows by source, medium and campaign', async () => {
    const result = metricsOf(await parseFile(fixture('utm-export.csv'), await proposed(fixture('utm-export.csv')), {}));
    expect(result.targetKeys).toEqual([
      { key: 'baidu\u001fcpc\u001fspring_sale', rows: 2 },
      { key: 'wechat\u001fsocial\u001f', rows: 1 },
    ]);
    expect(result.records.filter((r) => r.metric === 'signUps').map((r) => r.value)).toEqual([21, 4, 19]);
  });

  it('reads the stage funnel by stage, without periods', async () => {
    const result = metricsOf(await parseFile(fixture('stage-funnel.csv'), await proposed(fixture('stage-funnel.csv')), {}));
    expect(result.records.map((r) => `${r.targetKey} ${r.metric}=${r.value}`)).toEqual([
      '认知 visitors=10000',
      '兴趣 visitors=4000',
      '兴趣 signUps=800',
      '转化 signUps=800',
      '转化 activations=300',
      '转化 payingUsers=120',
    ]);
    expect(result.periods).toBeNull();
  });

  it('reads the transition log with backward moves and repeated entries', async () => {
    const result = await parseFile(fixture('transitions.csv'), await proposed(fixture('transitions.csv')), {});
    if (result.kind !== 'transitions') throw new Error('expected transitions');
    expect(result.transitions.map((t) => `${t.entity} ${t.stageKey} ${t.at}`)).toEqual([
      'C001 线索 2026-03-01T09:00:00',
      'C001 MQL 2026-03-03T10:30:00',
      'C001 SQL 2026-03-06T14:00:00',
      'C001 MQL 2026-03-08T09:00:00',
      'C001 SQL 2026-03-10T09:00:00',
      'C002 线索 2026-03-01T09:00:00',
      'C002 MQL 2026-03-04T08:15:00',
      'C003 线索 2026-03-02T00:00:00',
      'C003 MQL 2026-03-09T09:30:00',
    ]);
    expect(result.entities).toBe(3);
    expect(result.stageKeys).toEqual([
      { key: '线索', rows: 3 },
      { key: 'MQL', rows: 4 },
      { key: 'SQL', rows: 2 },
    ]);
  });

  it('lists every invalid cell by row, column letter, header and raw text', async () => {
    const result = metricsOf(await parseFile(fixture('invalid-cells.csv'), await proposed(fixture('invalid-cells.csv')), {}));
    expect(result.problems.map((p) => `${p.row} ${p.column} ${p.header} ${p.raw} ${p.code}`)).toEqual([
      '2 C 展示量 abc number',
      '3 A 日期 2026-02-30 date',
      '4 B 渠道  missingTarget',
      '5 C 展示量 1.2.3 number',
      '5 E 平均停留时长 五分钟 duration',
      '6 D 点击量 12%¥ number',
    ]);
    expect(result.validRows).toBe(3);
  });
});

describe('large and broken files', () => {
  let temp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    temp = tempDir('journey-import-');
  });
  afterEach(() => temp.remove());

  /** A table of `count` rows whose every cell is Chinese, so multi-byte characters straddle read chunks. */
  const bigTable = (count: number): string => {
    const lines = ['渠道,日期,访客数'];
    for (let i = 0; i < count; i++) lines.push(`渠道${i % 97}号,2026年3月${(i % 28) + 1}日,${i}`);
    return lines.join('\r\n') + '\r\n';
  };

  it('streams a GBK file larger than a read chunk without breaking a character', async () => {
    const file = temp.file('big-gbk.csv');
    fs.writeFileSync(file, encodeGbk(bigTable(60000)));
    expect(fs.statSync(file).size).toBeGreaterThan(1.5 * 1024 * 1024);
    const mapping: ImportMapping = {
      kind: 'metrics',
      headerRow: 0,
      dayFirst: false,
      skipTotals: true,
      target: { kind: 'channel', column: 0 },
      period: 1,
      layout: { layout: 'wide', metrics: [{ column: 2, metric: 'visitors' }] },
    };
    const result = metricsOf(await parseFile(file, mapping, {}));
    expect(result.problemCount).toBe(0);
    expect(result.records).toHaveLength(60000);
    expect(result.records[59999]).toEqual({ targetKey: '渠道53号', metric: 'visitors', period: '2026-03-24', grain: 'day', segment: '', value: 59999, row: 60001 });
    expect(result.targetKeys).toHaveLength(97);
    const total = result.records.reduce((sum, r) => sum + r.value, 0);
    expect(total).toBe((59999 * 60000) / 2);
  });

  it('estimates the rows of a big file from its first rows, and counts exactly when reading it all', async () => {
    const file = temp.file('big.csv');
    fs.writeFileSync(file, bigTable(60000));
    const inspection = await inspectFile(file);
    expect(inspection.rows).toHaveLength(200);
    // An estimate from the first 200 rows: within a fifth of the 60,001 rows.
    expect(inspection.totalRows).toBeGreaterThan(48000);
    expect(inspection.totalRows).toBeLessThan(72000);
    const progress = await readRows(file, {}, () => undefined);
    expect(progress).toEqual({ bytesRead: fs.statSync(file).size, totalBytes: fs.statSync(file).size, rowsRead: 60001 });
  });

  it('stops reading when cancelled and says so', async () => {
    const file = temp.file('cancel.csv');
    fs.writeFileSync(file, bigTable(60000));
    const controller = new AbortController();
    let seen = 0;
    const error = await rejection(
      readRows(file, { signal: controller.signal }, () => {
        seen++;
        if (seen === 1000) controller.abort();
      }),
    );
    expect(error.code).toBe('CANCELLED');
    expect(error.params).toEqual({ file: 'cancel.csv' });
    expect(seen).toBe(1000);
    const before = new AbortController();
    before.abort();
    expect((await rejection(parseFile(fixture('channels-utf8.csv'), await proposed(fixture('channels-utf8.csv')), { signal: before.signal }))).code).toBe('CANCELLED');
  });

  it('stops walking a big worksheet when cancelled', async () => {
    const file = temp.file('cancel.xlsx');
    const rows = [['渠道', '访客数'], ...Array.from({ length: 5000 }, (_, i) => [`渠道${i}`, i])];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Sheet1');
    fs.writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const controller = new AbortController();
    let seen = 0;
    const error = await rejection(
      readRows(file, { signal: controller.signal }, () => {
        seen++;
        if (seen === 100) controller.abort();
      }),
    );
    expect(error.code).toBe('CANCELLED');
    expect(seen).toBeLessThan(5001);
  });

  it('reads an Excel workbook saved with a .csv name as a workbook', async () => {
    const file = temp.file('renamed.csv');
    fs.copyFileSync(fixture('channels.xlsx'), file);
    expect((await inspectFile(file)).format).toBe('xlsx');
  });

  it('reads an empty file as no rows and no header', async () => {
    const file = temp.file('empty.csv');
    fs.writeFileSync(file, '');
    const inspection = await inspectFile(file);
    expect(inspection).toMatchObject({ rows: [], totalRows: 0, headerRow: null, headers: [], suggestedMapping: null });
  });

  it('names the file and the reason for unreadable files', async () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ['truncated.xlsx', fs.readFileSync(fixture('channels.xlsx')).subarray(0, 3000), /^truncated\.xlsx cannot be read as a spreadsheet: /],
      ['notes.xlsx', new TextEncoder().encode('日期,渠道\n'), /^notes\.xlsx cannot be read as a spreadsheet: it is not an Excel workbook/],
      ['image.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), /^image\.csv cannot be read as a spreadsheet: it contains binary data/],
    ];
    for (const [name, bytes, message] of cases) {
      fs.writeFileSync(temp.file(name), bytes);
      for (const attempt of [() => inspectFile(temp.file(name)), () => readRows(temp.file(name), {}, () => undefined)]) {
        const error = await rejection(attempt());
        expect(error.code, name).toBe('BAD_FILE');
        expect(error.message, name).toMatch(message);
        expect(error.params?.file, name).toBe(name);
        expect(error.params?.detail, name).toBeTruthy();
      }
    }
  });

  it('says NOT_FOUND for a missing file and BAD_FILE for a folder', async () => {
    const missing = await rejection(inspectFile(temp.file('gone.csv')));
    expect(missing).toMatchObject({ code: 'NOT_FOUND', params: { file: 'gone.csv' } });
    expect((await rejection(readRows(temp.dir, {}, () => undefined))).code).toBe('BAD_FILE');
  });

  it('numbers rows as the spreadsheet does, quoted line breaks included', async () => {
    const file = temp.file('quoted.csv');
    fs.writeFileSync(file, 'a,b\r\n"line 1\nline 2",1\r\n\r\nx,2\r\n');
    const rows: [number, Cell[]][] = [];
    await readRows(file, {}, (row, n) => rows.push([n, row]));
    expect(rows).toEqual([
      [1, ['a', 'b']],
      [2, ['line 1\nline 2', '1']],
      [3, ['']],
      [4, ['x', '2']],
    ]);
  });
});
