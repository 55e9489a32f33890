import fs from 'node:fs';
import { read, utils } from '@e965/xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../main/services/appServices';
import { dispatch } from '../../main/services/dispatch';
import type { CallRequest } from '../../src/api/contract';
import { listing, tempDir } from './support/files';

const columns = ['Title', '严重度', 'Owner', 'Note'];
const rows: CallRequest<'table.export'>['rows'] = [
  ['支付页面加载慢', 5, '李伟', '=HYPERLINK("http://evil")'],
  ['Unclear fees, "hidden"', 2, null, 'line 1\nline 2'],
  ['-1 star reviews', -3, '@ana', true],
];

describe('table.export', () => {
  let temp: ReturnType<typeof tempDir>;
  let services: AppServices;
  beforeEach(() => {
    temp = tempDir();
    services = createAppServices({ dataDir: temp.file('data'), projectsDir: temp.file('projects'), appVersion: '1.0.0', host: 'browser' });
  });
  afterEach(() => {
    services.dispose();
    temp.remove();
  });
  const exportTable = (request: Partial<CallRequest<'table.export'>>) =>
    dispatch(services.handlers, 'table.export', { format: 'csv', columns, rows, path: temp.file('out/pains.csv'), ...request });

  it('writes a CSV with a BOM, CRLF and neutralised formulas, and says how many rows', async () => {
    expect(await exportTable({})).toEqual({ ok: true, value: { path: temp.file('out/pains.csv'), rows: 3 } });
    const bytes = fs.readFileSync(temp.file('out/pains.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      [
        'Title,严重度,Owner,Note',
        `支付页面加载慢,5,李伟,"'=HYPERLINK(""http://evil"")"`,
        '"Unclear fees, ""hidden""",2,,"line 1\nline 2"',
        "'-1 star reviews,-3,'@ana,TRUE",
        '',
      ].join('\r\n'),
    );
    expect(listing(temp.file('out')), 'no temporary file is left behind').toEqual(['pains.csv']);
  });

  it('writes an XLSX whose cells read back as sent, text neutralised, in the named sheet', async () => {
    const reply = await exportTable({ format: 'xlsx', path: temp.file('pains.xlsx'), sheetName: '痛点' });
    expect(reply).toEqual({ ok: true, value: { path: temp.file('pains.xlsx'), rows: 3 } });
    const book = read(fs.readFileSync(temp.file('pains.xlsx')));
    expect(book.SheetNames).toEqual(['痛点']);
    expect(utils.sheet_to_json(book.Sheets['痛点']!, { header: 1, defval: null, raw: true })).toEqual([
      columns,
      ['支付页面加载慢', 5, '李伟', `'=HYPERLINK("http://evil")`],
      ['Unclear fees, "hidden"', 2, null, 'line 1\nline 2'],
      ["'-1 star reviews", -3, "'@ana", true],
    ]);
  });

  it('adds the extension to a bare name, takes relative paths inside the projects folder, and replaces an old file', async () => {
    expect(await exportTable({ format: 'xlsx', path: 'reports/pains' })).toMatchObject({ ok: true, value: { path: temp.file('projects/reports/pains.xlsx') } });
    fs.writeFileSync(temp.file('old.CSV'), 'old content that is longer than the new one'.repeat(100));
    expect(await exportTable({ path: temp.file('old.CSV'), rows: [] })).toMatchObject({ ok: true, value: { path: temp.file('old.CSV'), rows: 0 } });
    expect(fs.readFileSync(temp.file('old.CSV'), 'utf8')).toBe('\ufeffTitle,严重度,Owner,Note\r\n');
  });

  it('refuses a path whose extension does not match the format, naming the file, and writes nothing', async () => {
    const reply = await exportTable({ format: 'csv', path: temp.file('pains.xlsx') });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: '"pains.xlsx" does not end with .csv; a CSV export must be saved as a .csv file.',
        params: { file: 'pains.xlsx', field: 'path', expected: '.csv' },
      },
    });
    expect(await exportTable({ format: 'xlsx', path: temp.file('pains.txt') })).toMatchObject({ ok: false, error: { params: { file: 'pains.txt', expected: '.xlsx' } } });
    expect(listing(temp.dir)).toEqual(['data', 'projects'].filter((name) => fs.existsSync(temp.file(name))));
  });

  it('refuses bad cells and rows longer than the header, naming the field', async () => {
    const badCell = await dispatch(services.handlers, 'table.export', { format: 'csv', columns, rows: [['a', { x: 1 }]], path: temp.file('a.csv') });
    expect(badCell).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(badCell.ok ? '' : badCell.error.message).toContain('rows.0.1');
    const long = await exportTable({ rows: [['a'], ['a', 1, 2, 3, 4]] });
    expect(long).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: 'rows[1]: Row 2 has 5 cells but the table has 4 columns.', params: { field: 'rows[1]', file: 'pains.csv' } },
    });
    expect(fs.existsSync(temp.file('out/pains.csv'))).toBe(false);
    fs.mkdirSync(temp.file('folder.csv'));
    expect(await exportTable({ path: temp.file('folder.csv') })).toMatchObject({ ok: false, error: { code: 'IO', params: { file: 'folder.csv' } } });
  });

  it('lists .csv and .xlsx files in the in-app picker', async () => {
    for (const name of ['a.csv', 'B.CSV', 'c.xlsx', 'd.json', 'e.cjm']) fs.writeFileSync(temp.file(name), '');
    const names = async (kind: 'csv' | 'xlsx') => (await services.handlers['fs.list']({ path: temp.dir, kind })).entries.filter((e) => e.kind !== 'dir').map((e) => [e.name, e.kind]);
    expect(await names('csv')).toEqual([
      ['a.csv', 'csv'],
      ['B.CSV', 'csv'],
    ]);
    expect(await names('xlsx')).toEqual([['c.xlsx', 'xlsx']]);
  });
});
