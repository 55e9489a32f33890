import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../../src/model/catalog';
import { encodeGbk } from '../../helpers/gbk';
import { importFixture, type ImportFixture } from './importSupport';

/** A CSV as Chinese Excel saves it: GBK, CRLF, unquoted. */
const writeGbkCsv = (f: ImportFixture, name: string, rows: (string | number)[][]): string => {
  const file = f.temp.file(name);
  fs.writeFileSync(file, encodeGbk(rows.map((row) => row.join(',')).join('\r\n') + '\r\n'));
  return file;
};

const HEADER = ['日期', '渠道', '访客数', '新访客数', '交易数', '新访客交易数', '付费用户数', '访问次数'];
/** A channel report with channel names as marketers write them, a title row and a totals row. */
const REPORT = [
  ['2026年3月渠道报表'],
  HEADER,
  ['2026/3/1', '百度搜索', 1200, 800, 60, 30, 45, 1500],
  ['2026/3/1', '百度推广', 300, 250, 15, 10, 12, 360],
  ['2026/3/1', '微信朋友圈', 500, 350, 25, 20, 22, 640],
  ['2026/3/1', '腾讯广告', 200, 150, 8, 6, 7, 230],
  ['2026/3/1', '巨量引擎', 900, 700, 40, 32, 35, 1100],
  ['2026/3/1', '今日头条', 100, 90, 3, 2, 3, 120],
  ['2026/3/1', 'B站', 150, 120, 6, 5, 5, 180],
  ['2026/3/1', '小红书', 400, 300, 30, 22, 26, 520],
  ['2026/3/1', 'Google Ads', 80, 60, 4, 3, 4, 95],
  ['2026/3/1', 'Meta', 70, 50, 2, 1, 2, 85],
  ['2026/3/1', '地推', 600, 480, 18, 15, 16, 700],
  ['2026/3/1', '知乎', 90, 70, 5, 4, 5, 110],
  ['合计', '', 4590, 3420, 216, 150, 182, 5540],
];

describe('a wide GBK channel report with segment columns and marketer channel names', () => {
  let f: ImportFixture;
  beforeEach(async () => (f = await importFixture()));
  afterEach(() => f.dispose());

  /** The project's channel id per built-in key, plus a channel the user added for street promotion (地推). */
  async function channels(): Promise<Record<string, string>> {
    const street: Channel = { id: 'dt', name: 'Street promotion', icon: 'event', color: '#ff5000', mode: 'offline', group: 'offline' };
    await f.call('catalog.apply', { projectId: f.projectId, commands: [{ name: 'channel.add', args: { channel: street } }] });
    const catalog = await f.call('catalog.get', { projectId: f.projectId });
    return Object.fromEntries(catalog.channels.map((channel) => [channel.builtin ?? channel.id, channel.id]));
  }

  /** Reads the project file with raw SQLite while the app has it closed (it holds the file locked while open). */
  async function readFile<T>(read: (db: Database.Database) => T): Promise<T> {
    let result: T | undefined;
    await f.reopen(() => {
      const db = new Database(f.projectFile, { readonly: true });
      try {
        result = read(db);
      } finally {
        db.close();
      }
    });
    return result as T;
  }

  /** Every stored value of the map, read from the project file, as "channel metric period segment = value". */
  function storedValues(db: Database.Database, idToName: Record<string, string>): string[] {
    type Row = { target: string; metric: string; period: string; segment: string; value: number };
    const rows = db.prepare('SELECT target, metric, period, segment, value FROM metric_values WHERE map_id = ?').all(f.mapId) as Row[];
    return rows
      .map((row) => {
        const target = JSON.parse(row.target) as { kind: string; id?: string };
        const who = target.kind === 'channel' ? idToName[target.id!] : target.kind;
        return `${who} ${row.metric} ${row.period} ${row.segment || '-'} = ${row.value}`;
      })
      .sort();
  }


  it('proposes the segment columns, matches the names to the catalog, stores the values, and remembers the hand match', async () => {
    const ids = await channels();
    const file = writeGbkCsv(f, '渠道报表.csv', REPORT);

    const inspection = await f.call('import.inspect', { projectId: f.projectId, path: file });
    expect(inspection.encoding?.used).toBe('gb18030');
    expect(inspection.headerRow).toBe(1);
    expect(inspection.suggestedMapping).toEqual({
      kind: 'metrics',
      headerRow: 1,
      dayFirst: false,
      skipTotals: true,
      target: { kind: 'channel', column: 1 },
      period: 0,
      layout: {
        layout: 'wide',
        metrics: [
          { column: 2, metric: 'visitors' },
          { column: 3, metric: 'visitors', segment: 'new' },
          { column: 4, metric: 'transactions' },
          { column: 5, metric: 'transactions', segment: 'new' },
          { column: 6, metric: 'payingUsers' },
          { column: 7, metric: 'visits' },
        ],
      },
    });

    const { jobId, state } = await f.read(file, inspection.suggestedMapping!);
    expect(state.phase).toBe('ready');
    expect(state.result).toMatchObject({ kind: 'metrics', validRows: 12, totalsRows: [15], segments: ['new'], problemCount: 0 });
    const channel = (key: string) => ({ kind: 'channel', id: ids[key] });
    expect(state.suggestedMatches).toEqual({
      百度搜索: channel('search'),
      百度推广: channel('search'),
      微信朋友圈: channel('wechat'),
      腾讯广告: channel('wechat'),
      巨量引擎: channel('douyin'),
      今日头条: channel('douyin'),
      B站: channel('bilibili'),
      小红书: channel('xiaohongshu'),
      'Google Ads': channel('search'),
      Meta: channel('facebook'),
      知乎: channel('zhihu'),
      // Street promotion is no built-in channel: left to the user.
      地推: null,
    });

    // The user matches 地推 by hand to the channel they added.
    const record = await f.call('import.commit', { jobId, matches: { 地推: { kind: 'channel', id: 'dt' } } });
    expect(record).toMatchObject({ rows: 12, added: 48, changed: 0, removed: 0 });

    const names = Object.fromEntries(Object.entries(ids).map(([key, id]) => [id, key]));
    // Rows matched to the same channel add up: search = 百度搜索 + 百度推广 + Google Ads, wechat = 微信朋友圈 + 腾讯广告, douyin = 巨量引擎 + 今日头条.
    expect(await readFile((db) => storedValues(db, names))).toEqual(
      [
        'search visitors 2026-03-01 - = 1580', // 1200 + 300 + 80
        'search visitors 2026-03-01 new = 1110', // 800 + 250 + 60
        'search transactions 2026-03-01 - = 79', // 60 + 15 + 4
        'search transactions 2026-03-01 new = 43', // 30 + 10 + 3
        'search payingUsers 2026-03-01 - = 61', // 45 + 12 + 4
        'search visits 2026-03-01 - = 1955', // 1500 + 360 + 95
        'wechat visitors 2026-03-01 - = 700',
        'wechat visitors 2026-03-01 new = 500',
        'wechat transactions 2026-03-01 - = 33',
        'wechat transactions 2026-03-01 new = 26',
        'wechat payingUsers 2026-03-01 - = 29',
        'wechat visits 2026-03-01 - = 870',
        'douyin visitors 2026-03-01 - = 1000',
        'douyin visitors 2026-03-01 new = 790',
        'douyin transactions 2026-03-01 - = 43',
        'douyin transactions 2026-03-01 new = 34',
        'douyin payingUsers 2026-03-01 - = 38',
        'douyin visits 2026-03-01 - = 1220',
        'bilibili visitors 2026-03-01 - = 150',
        'bilibili visitors 2026-03-01 new = 120',
        'bilibili transactions 2026-03-01 - = 6',
        'bilibili transactions 2026-03-01 new = 5',
        'bilibili payingUsers 2026-03-01 - = 5',
        'bilibili visits 2026-03-01 - = 180',
        'xiaohongshu visitors 2026-03-01 - = 400',
        'xiaohongshu visitors 2026-03-01 new = 300',
        'xiaohongshu transactions 2026-03-01 - = 30',
        'xiaohongshu transactions 2026-03-01 new = 22',
        'xiaohongshu payingUsers 2026-03-01 - = 26',
        'xiaohongshu visits 2026-03-01 - = 520',
        'facebook visitors 2026-03-01 - = 70',
        'facebook visitors 2026-03-01 new = 50',
        'facebook transactions 2026-03-01 - = 2',
        'facebook transactions 2026-03-01 new = 1',
        'facebook payingUsers 2026-03-01 - = 2',
        'facebook visits 2026-03-01 - = 85',
        'dt visitors 2026-03-01 - = 600',
        'dt visitors 2026-03-01 new = 480',
        'dt transactions 2026-03-01 - = 18',
        'dt transactions 2026-03-01 new = 15',
        'dt payingUsers 2026-03-01 - = 16',
        'dt visits 2026-03-01 - = 700',
        'zhihu visitors 2026-03-01 - = 90',
        'zhihu visitors 2026-03-01 new = 70',
        'zhihu transactions 2026-03-01 - = 5',
        'zhihu transactions 2026-03-01 new = 4',
        'zhihu payingUsers 2026-03-01 - = 5',
        'zhihu visits 2026-03-01 - = 110',
      ].sort(),
    );

    // The next import of the project (closed and opened again above) proposes the hand match.
    const april = writeGbkCsv(f, '四月.csv', [HEADER, ['2026/4/1', '地推', 700, 500, 20, 16, 18, 800], ['2026/4/1', '快手', 1, 1, 1, 1, 1, 1]]);
    const next = await f.read(april, { ...inspection.suggestedMapping!, headerRow: 0 });
    expect(next.state.suggestedMatches).toEqual({ 地推: { kind: 'channel', id: 'dt' }, 快手: channel('kuaishou') });
  });

  it('forgets a remembered hand match once the user matches the name to what its name says', async () => {
    const ids = await channels();
    const mapping = { ...(await f.call('import.inspect', { projectId: f.projectId, path: writeGbkCsv(f, 'a.csv', REPORT) })).suggestedMapping!, headerRow: 0 };
    const rows = [HEADER, ['2026/3/1', '百度推广', 1, 1, 1, 1, 1, 1]];
    // A hand match of 百度推广 to WeChat (a mistake) is remembered ...
    const first = await f.read(writeGbkCsv(f, 'b.csv', rows), mapping);
    await f.call('import.commit', { jobId: first.jobId, matches: { 百度推广: { kind: 'channel', id: ids.wechat! } } });
    const second = await f.read(writeGbkCsv(f, 'c.csv', rows), mapping);
    expect(second.state.suggestedMatches).toEqual({ 百度推广: { kind: 'channel', id: ids.wechat } });
    // ... until the user puts it back on search, which its name says: then the name decides again.
    await f.call('import.commit', { jobId: second.jobId, matches: { 百度推广: { kind: 'channel', id: ids.search! } } });
    const third = await f.read(writeGbkCsv(f, 'd.csv', rows), mapping);
    expect(third.state.suggestedMatches).toEqual({ 百度推广: { kind: 'channel', id: ids.search } });
    expect(await readFile((db) => db.prepare('SELECT count(*) FROM import_aliases').pluck().get())).toBe(0);
  });
});
