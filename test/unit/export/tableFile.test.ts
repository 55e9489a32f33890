import { read, utils } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { neutralizeCell, safeSheetName, TableShapeError, tableToCsv, tableToXlsx, type TableContent } from '../../../src/export/tableFile';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** Reads the first sheet of an XLSX back with the same library: [header, ...rows], empty cells as null. */
function readXlsx(bytes: Uint8Array) {
  const book = read(bytes, { type: 'array', cellStyles: true });
  const name = book.SheetNames[0]!;
  const sheet = book.Sheets[name]!;
  return { name, sheet, cells: utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null, raw: true }) };
}

/** A tiny RFC 4180 reader, independent of the writer, to check the CSV's fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += char;
    }
  }
  expect(field, 'the CSV ends with CRLF').toBe('');
  return rows;
}

const injections: TableContent = {
  columns: ['Input', 'Note'],
  rows: [
    ['=1+1', 'formula'],
    ['+cmd|" /C calc"!A0', 'DDE'],
    ['-2+3', 'minus'],
    ['@SUM(A1:A2)', 'at'],
    ['\tx', 'tab'],
    ['\rx', 'carriage return'],
    ['-5', 'negative number as text'],
    ['Checkout = slow', 'safe: = not first'],
    [" '=already quoted", 'safe: space first'],
    [-5, 'negative number'],
    [3.25, 'number'],
    [null, 'empty'],
    [true, 'yes'],
    [false, 'no'],
  ],
};

describe('neutralizeCell', () => {
  it('prefixes text starting with = + - @ tab or CR with an apostrophe', () => {
    expect(['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx', '-5'].map(neutralizeCell)).toEqual([
      "'=1+1",
      "'+cmd",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      "'-5",
    ]);
  });

  it('leaves safe text, numbers (negative too), booleans and empty cells as they are', () => {
    for (const value of ['Checkout is slow', 'a=b', ' =1', '', '支付失败', -5, 0, 12.5, true, false, null]) {
      expect(neutralizeCell(value)).toBe(value);
    }
  });
});

describe('tableToCsv', () => {
  it('writes UTF-8 with a BOM, CRLF line ends and the header first', () => {
    const bytes = tableToCsv({ columns: ['Title', 'Severity'], rows: [['Slow checkout', 4]] });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(bytes.slice(3))).toBe('Title,Severity\r\nSlow checkout,4\r\n');
  });

  it('neutralises formula-like text and keeps numbers, booleans and empty cells readable', () => {
    const text = decode(tableToCsv(injections).slice(3));
    expect(text.split('\r\n').slice(0, 3)).toEqual(['Input,Note', "'=1+1,formula", `"'+cmd|"" /C calc""!A0",DDE`]);
    const cells = parseCsv(text).map((row) => row[0]);
    expect(cells).toEqual([
      'Input',
      "'=1+1",
      `'+cmd|" /C calc"!A0`,
      "'-2+3",
      "'@SUM(A1:A2)",
      "'\tx",
      "'\rx",
      "'-5",
      'Checkout = slow',
      " '=already quoted",
      '-5',
      '3.25',
      '',
      'TRUE',
      'FALSE',
    ]);
    // No field a spreadsheet would evaluate: every one starting with a formula character is a plain number.
    for (const cell of cells) if (/^[=+\-@\t\r]/.test(cell!)) expect(cell).toMatch(/^-\d+(\.\d+)?$/);
  });

  it('quotes Chinese text, quotes, commas and line breaks per RFC 4180', () => {
    const table: TableContent = {
      columns: ['标题', 'Note, with comma'],
      rows: [
        ['支付页面加载慢', 'He said "slow"'],
        ['多行\n描述', 'a\r\nb'],
        ['', '客户流失率上升 12%'],
      ],
    };
    const text = decode(tableToCsv(table).slice(3));
    expect(text).toBe('标题,"Note, with comma"\r\n支付页面加载慢,"He said ""slow"""\r\n"多行\n描述","a\r\nb"\r\n,客户流失率上升 12%\r\n');
    expect(parseCsv(text)).toEqual([table.columns, ...table.rows]);
  });

  it('pads short rows and refuses a row longer than the header, naming it', () => {
    expect(decode(tableToCsv({ columns: ['A', 'B', 'C'], rows: [['x']] }).slice(3))).toBe('A,B,C\r\nx,,\r\n');
    const long = () => tableToCsv({ columns: ['A'], rows: [['ok'], ['x', 'y']] });
    expect(long).toThrow(TableShapeError);
    expect(long).toThrow(expect.objectContaining({ field: 'rows[1]', message: 'Row 2 has 2 cells but the table has 1 columns.' }));
  });
});

describe('tableToXlsx', () => {
  it('reads back cell by cell: numbers as numbers, booleans, empty cells, text neutralised', () => {
    const { name, cells, sheet } = readXlsx(tableToXlsx(injections));
    expect(name).toBe('Sheet1');
    expect(cells).toEqual([injections.columns, ...injections.rows.map((row) => row.map(neutralizeCell))]);
    expect(sheet.A11).toMatchObject({ t: 'n', v: -5 });
    expect(sheet.A2).toMatchObject({ t: 's', v: "'=1+1" });
    expect(sheet.A2.f).toBeUndefined();
    expect(sheet.A14).toMatchObject({ t: 'b', v: true });
    expect(sheet.A13).toBeUndefined();
  });

  it('keeps Chinese text, quotes, commas and line breaks (CRLF as Excel\'s LF), in a named sheet with a header filter', () => {
    const table: TableContent = {
      sheetName: '痛点',
      columns: ['标题', '严重度', '说明'],
      rows: [
        ['支付页面加载慢', 5, '用户说："太慢了", 然后离开'],
        ['多行\n描述', 2.5, 'a\r\nb'],
      ],
    };
    const { name, cells, sheet } = readXlsx(tableToXlsx(table));
    expect(name).toBe('痛点');
    expect(cells).toEqual([table.columns, table.rows[0], ['多行\n描述', 2.5, 'a\nb']]);
    expect(sheet['!autofilter']).toEqual({ ref: 'A1:C3' });
  });

  it('fits column widths to the content, counting Chinese characters double', () => {
    const table: TableContent = { columns: ['A', 'Title', '说明'], rows: [[1, 'A fairly long pain point title', '很长的中文说明文字']] };
    const { sheet } = readXlsx(tableToXlsx(table));
    const widths = (sheet['!cols'] ?? []).map((col) => col.wch);
    expect(widths).toEqual([6, 'A fairly long pain point title'.length + 2, 9 * 2 + 2]);
    const huge = readXlsx(tableToXlsx({ columns: ['x'], rows: [['y'.repeat(500)]] })).sheet;
    expect(huge['!cols']?.[0]?.wch).toBe(60);
  });

  it('makes any requested sheet name acceptable to Excel', () => {
    expect(safeSheetName('Onboarding / Web [v2]')).toBe('Onboarding _ Web _v2_');
    expect(safeSheetName("'quoted'")).toBe('quoted');
    expect(safeSheetName('History')).toBe('History_');
    expect(safeSheetName(undefined)).toBe('Sheet1');
    expect(safeSheetName('???')).toBe('___');
    expect(readXlsx(tableToXlsx({ sheetName: 'a/b', columns: ['x'], rows: [] })).name).toBe('a_b');
  });

  it('refuses a row longer than the header, naming it', () => {
    expect(() => tableToXlsx({ columns: ['A'], rows: [['x', 'y']] })).toThrow(expect.objectContaining({ field: 'rows[0]' }));
  });
});
