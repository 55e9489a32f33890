import fs from 'node:fs';
import * as XLSX from '@e965/xlsx';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeGbk } from '../../helpers/gbk';
import { sha256, tempDir } from '../support/files';
import { cliProcess, type CliRun } from './cliSupport';

/**
 * `journey-studio import` with no preset, as a weekly refresh script runs it:
 * real GBK and XLSX files, a project made by `new`, values read back from the
 * project file itself.
 */

/** Every stored metric value as "channel metric period grain = value", channels named by their built-in key. */
function storedValues(projectFile: string): string[] {
  const db = new Database(projectFile, { readonly: true, fileMustExist: true });
  try {
    const channels = new Map(
      (db.prepare('SELECT id, data FROM channels').all() as { id: string; data: string }[]).map(({ id, data }) => [id, (JSON.parse(data) as { builtin?: string }).builtin ?? id]),
    );
    return (db.prepare('SELECT target, metric, period, grain, value FROM metric_values').all() as { target: string; metric: string; period: string; grain: string | null; value: number }[])
      .map(({ target, metric, period, grain, value }) => {
        const parsed = JSON.parse(target) as { kind: string; id?: string };
        const name = parsed.kind === 'channel' ? (channels.get(parsed.id ?? '') ?? parsed.id) : parsed.kind;
        return `${name} ${metric} ${period || '-'} ${grain ?? '-'} = ${value}`;
      })
      .sort();
  } finally {
    db.close();
  }
}

describe('journey-studio import without a preset', () => {
  let temp: ReturnType<typeof tempDir>;
  const run = (argv: string[]): Promise<CliRun> => cliProcess(argv, temp.dir, { TMPDIR: temp.file('tmp') });
  const project = () => temp.file('shop.cjm');

  beforeEach(async () => {
    temp = tempDir('journey-cli-headless-');
    fs.mkdirSync(temp.file('tmp'));
    expect((await run(['new', 'shop.cjm', '--template', 'paidChannel'])).code).toBe(0);
  });
  afterEach(() => temp.remove());

  /** A channel report as Chinese Excel saves it: GBK, a title row above the header, a totals row. */
  const gbkReport = (name: string, rows: (string | number)[][]): string => {
    const text = [['渠道周报 2026年3月'], ['日期', '渠道', '展示量', '点击量'], ...rows, ['合计', '', 99999, 9999]].map((row) => row.join(',')).join('\r\n');
    fs.writeFileSync(temp.file(name), encodeGbk(`${text}\r\n`));
    return temp.file(name);
  };

  /** An undated channel report written by SheetJS, on a first sheet named "周报". */
  const xlsxReport = (name: string, rows: (string | number)[][]): string => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['渠道', '展示量', '点击量'], ...rows]), '周报');
    fs.writeFileSync(temp.file(name), XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    return temp.file(name);
  };

  it('reads a GBK CSV with the proposed mapping; --dry-run prints it and changes nothing', async () => {
    // One import first, so the dry run is measured against a project that has values.
    expect((await run(['import', 'shop.cjm', xlsxReport('base.xlsx', [['B站', 500, 20]]), '--period', '2026-02'])).code).toBe(0);
    const before = storedValues(project());
    const file = gbkReport('week-11.csv', [
      ['2026-03-09', '微信', 12000, 360],
      ['2026-03-09', '小红书', 8000, 240],
      ['2026-03-10', '微信', 11000, 330],
    ]);
    const [projectHash, fileHash] = [sha256(project()), sha256(file)];

    const dry = await run(['import', 'shop.cjm', 'week-11.csv', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Mapping (proposed from the headers): CSV, encoding gb18030; header row 2;');
    expect(dry.stdout).toMatch(/^Layout: wide \(one column per metric\); rows are about: channel\.$/m);
    expect(dry.stdout).toMatch(/^A +日期 +period$/m);
    expect(dry.stdout).toMatch(/^B +渠道 +channel$/m);
    expect(dry.stdout).toMatch(/^C +展示量 +metric impressions$/m);
    expect(dry.stdout).toMatch(/^微信 +channel "WeChat"$/m);
    expect(dry.stdout).toMatch(/^小红书 +channel "Xiaohongshu"$/m);
    expect(dry.stdout).toMatch(/^Would import \(dry run, nothing written\) week-11\.csv into "[^"]+" with the proposed mapping: 3 rows; 6 added/m);
    expect(sha256(project())).toBe(projectHash);
    expect(sha256(file)).toBe(fileHash);
    expect(storedValues(project())).toEqual(before);

    const done = await run(['import', 'shop.cjm', 'week-11.csv', '--json']);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ committed: true, preset: null, mappingFrom: 'proposed', rows: 3, added: 6, problems: 0, unmatched: [] });
    expect(storedValues(project())).toEqual(
      [
        ...before,
        'wechat impressions 2026-03-09 day = 12000',
        'wechat clicks 2026-03-09 day = 360',
        'xiaohongshu impressions 2026-03-09 day = 8000',
        'xiaohongshu clicks 2026-03-09 day = 240',
        'wechat impressions 2026-03-10 day = 11000',
        'wechat clicks 2026-03-10 day = 330',
      ].sort(),
    );
  });

  it('files an undated XLSX under --period, names its first sheet, and a saved preset reproduces the same values', async () => {
    const march = xlsxReport('march.xlsx', [
      ['微信', 20000, 500],
      ['B站', 7000, 140],
    ]);
    const saved = await run(['import', 'shop.cjm', march, '--period', '2026-03', '--save-preset', 'Monthly channels', '--json']);
    expect(saved.code).toBe(0);
    expect(JSON.parse(saved.stdout)).toMatchObject({ committed: true, savedPreset: 'Monthly channels', mapping: { fixedPeriod: { start: '2026-03-01', grain: 'month' } } });
    const marchValues = [
      'bilibili clicks 2026-03-01 month = 140',
      'bilibili impressions 2026-03-01 month = 7000',
      'wechat clicks 2026-03-01 month = 500',
      'wechat impressions 2026-03-01 month = 20000',
    ];
    expect(storedValues(project())).toEqual(marchValues);
    const db = new Database(project(), { readonly: true });
    expect(db.prepare('SELECT file_name, sheet, preset_name FROM imports').all()).toEqual([{ file_name: 'march.xlsx', sheet: '周报', preset_name: 'Monthly channels' }]);
    db.close();

    // A corrected file through the preset replaces the month's values; the first file through it gives them back exactly.
    const corrected = xlsxReport('march-corrected.xlsx', [
      ['微信', 21000, 520],
      ['B站', 7000, 140],
    ]);
    const replaced = await run(['import', 'shop.cjm', corrected, '--preset', 'monthly CHANNELS']);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain('with preset "Monthly channels": 2 rows; 0 added, 2 changed, 0 removed, 2 unchanged');
    expect(storedValues(project())).toContain('wechat impressions 2026-03-01 month = 21000');
    expect((await run(['import', 'shop.cjm', march, '--preset', 'Monthly channels'])).code).toBe(0);
    expect(storedValues(project())).toEqual(marchValues);
  });

  it('files a custom week range under its start day', async () => {
    const run1 = await run(['import', 'shop.cjm', xlsxReport('wk.xlsx', [['微信', 3000, 90]]), '--period', '2026-03-04..2026-03-10']);
    expect(run1.code).toBe(0);
    expect(storedValues(project())).toEqual(['wechat clicks 2026-03-04 week = 90', 'wechat impressions 2026-03-04 week = 3000']);
    const bad = await run(['import', 'shop.cjm', 'wk.xlsx', '--period', '2026-03-04..2026-03-12']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--period: "2026-03-04..2026-03-12" is not a period');
  });

  it('keeps UTM values as they are, and says so in the dry run', async () => {
    fs.writeFileSync(temp.file('utm.csv'), 'utm_source,utm_medium,clicks\nbaidu,cpc,10\nwechat,social,5\n');
    const dry = await run(['import', 'shop.cjm', 'utm.csv', '--period', '2026-W10', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^Layout: wide \(one column per metric\); rows are about: UTM values\.$/m);
    expect(dry.stdout).toContain('Period: every value in the week 2026-03-02 to 2026-03-08 (--period).');
    expect(dry.stdout).toMatch(/^source=baidu medium=cpc +UTM source=baidu medium=cpc$/m);
    expect(dry.stdout).toMatch(/^source=wechat medium=social +UTM source=wechat medium=social$/m);
    expect(storedValues(project())).toEqual([]);
  });

  it('--strict imports nothing when a channel matches nothing, and lists it', async () => {
    const file = gbkReport('odd.csv', [
      ['2026-03-09', '微信', 12000, 360],
      ['2026-03-09', '神秘渠道', 10, 1],
    ]);
    const strict = await run(['import', 'shop.cjm', file, '--strict']);
    expect(strict).toMatchObject({ code: 1, stdout: '' });
    expect(strict.stderr).toContain('left out: "神秘渠道"');
    expect(strict.stderr).toContain('Nothing was imported: odd.csv has 1 name matched to nothing (--strict).');
    expect(storedValues(project())).toEqual([]);

    const lenient = await run(['import', 'shop.cjm', file]);
    expect(lenient.code).toBe(0);
    expect(storedValues(project())).toEqual(['wechat clicks 2026-03-09 day = 360', 'wechat impressions 2026-03-09 day = 12000']);
  });

  it('--mapping: a bad field is named and nothing is imported; a good file maps the columns', async () => {
    const file = xlsxReport('m.xlsx', [['微信', 100, 5]]);
    const mapping = { kind: 'metrics', headerRow: 0, target: { kind: 'channel', column: 0 }, layout: { layout: 'wide', metrics: [{ column: 2, metric: '2nd clicks' }] } };
    fs.writeFileSync(temp.file('bad.json'), JSON.stringify(mapping));
    const bad = await run(['import', 'shop.cjm', file, '--mapping', 'bad.json', '--period', '2026-03']);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toContain('--mapping bad.json is not a valid import mapping:\n  layout.metrics[0].metric: A metric key is a letter');
    const wrongEnd = { mapping: { ...mapping, fixedPeriod: { start: '2026-03-01', grain: 'month', end: '2026-03-30' }, layout: { layout: 'wide', metrics: [{ column: 2, metric: 'clicks' }] } } };
    fs.writeFileSync(temp.file('end.json'), JSON.stringify(wrongEnd));
    const end = await run(['import', 'shop.cjm', file, '--mapping', 'end.json']);
    expect(end.code).toBe(2);
    expect(end.stderr).toContain('mapping.fixedPeriod.end: A month starting 2026-03-01 ends 2026-03-31, not 2026-03-30');
    expect(storedValues(project())).toEqual([]);

    fs.writeFileSync(temp.file('good.json'), JSON.stringify({ ...mapping, layout: { layout: 'wide', metrics: [{ column: 2, metric: 'clicks' }] } }));
    expect((await run(['import', 'shop.cjm', file, '--mapping', 'good.json', '--period', '2026-03'])).code).toBe(0);
    expect(storedValues(project())).toEqual(['wechat clicks 2026-03-01 month = 5']);
  });

  it('import-json makes a new project that exports the same document, and never replaces a file', async () => {
    expect((await run(['import', 'shop.cjm', xlsxReport('r.xlsx', [['微信', 20000, 500]]), '--period', '2026-03', '--save-preset', 'Monthly'])).code).toBe(0);
    expect((await run(['export', 'shop.cjm', '--format', 'json', '--out', 'shop.json'])).code).toBe(0);
    const created = await run(['import-json', 'copy', 'shop.json']);
    expect(created).toMatchObject({ code: 0, stdout: `${temp.file('copy.cjm')}\n` });
    expect(storedValues(temp.file('copy.cjm'))).toEqual(storedValues(project()));
    expect((await run(['export', 'copy.cjm', '--format', 'json', '--out', 'copy.json'])).code).toBe(0);
    const document = (file: string) => {
      const { exportedAt: _exportedAt, ...rest } = JSON.parse(fs.readFileSync(temp.file(file), 'utf8')) as Record<string, unknown>;
      return rest;
    };
    expect(document('copy.json')).toEqual(document('shop.json'));

    const hash = sha256(temp.file('copy.cjm'));
    const again = await run(['import-json', 'copy.cjm', 'shop.json']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists; import-json creates a new project file and never replaces one');
    expect(sha256(temp.file('copy.cjm'))).toBe(hash);
  });
});
