import fs from 'node:fs';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectFile, parseFile, readRows } from '../../../main/services/import/sources';
import { AppError } from '../../../src/api/result';
import type { Cell } from '../../../src/import/sheetLayout';
import { FIXTURES_DIR } from '../../fixtures/generate';
import { tempDir } from '../support/files';

/**
 * XLSX files as Excel users send them, written by ExcelJS (its document and
 * its streaming writer, which puts workbook.xml last) and by hand as
 * LibreOffice writes them, read through the streaming reader.
 */

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir('journey-xlsx-');
});
afterEach(() => temp.remove());

/** What the import makes of a file with the mapping the wizard proposes for it. */
async function importedMetrics(file: string) {
  const { suggestedMapping } = await inspectFile(file);
  if (!suggestedMapping) throw new Error(`no mapping for ${file}`);
  const result = await parseFile(file, suggestedMapping, {});
  if (result.kind !== 'metrics') throw new Error('expected metrics');
  return { ...result, lines: result.records.map((r) => `${r.row} ${r.targetKey} ${r.period}/${r.grain} ${r.metric}=${r.value}`) };
}

/** A little-endian record of a ZIP archive: [offset, width in bytes, value] for each field that is not 0. */
function zipRecord(size: number, fields: readonly (readonly [number, 2 | 4, number])[]): Buffer {
  const bytes = Buffer.alloc(size);
  for (const [at, width, value] of fields) {
    if (width === 2) bytes.writeUInt16LE(value, at);
    else bytes.writeUInt32LE(value, at);
  }
  return bytes;
}

/** A ZIP of text parts (deflated), the way any XLSX writer stores them, in the order given. */
function zipOf(parts: readonly (readonly [string, string])[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of parts) {
    const data = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    // Version 2.0, UTF-8 names, deflated.
    const local = zipRecord(30, [[0, 4, 0x04034b50], [4, 2, 20], [6, 2, 0x800], [8, 2, 8], [14, 4, crc], [18, 4, packed.length], [22, 4, data.length], [26, 2, nameBytes.length]]);
    const entry = zipRecord(46, [[0, 4, 0x02014b50], [4, 2, 20], [6, 2, 20], [8, 2, 0x800], [10, 2, 8], [16, 4, crc], [20, 4, packed.length], [24, 4, data.length], [28, 2, nameBytes.length], [42, 4, offset]]);
    locals.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = zipRecord(22, [[0, 4, 0x06054b50], [8, 2, parts.length], [10, 2, parts.length], [12, 4, directory.length], [16, 4, offset]]);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The parts of a workbook written by hand, in LibreOffice's order (workbook.xml near the end); sheets as [name, sheetData XML, dimension]. */
function handWorkbook(sheets: readonly (readonly [string, string, string])[], options: { date1904?: boolean; sharedStrings?: string; styles?: string } = {}): Buffer {
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  const parts: [string, string][] = [
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'],
    ['xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`],
  ];
  if (options.sharedStrings) parts.push(['xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><sst ${MAIN}>${options.sharedStrings}</sst>`]);
  sheets.forEach(([, rows, dimension], i) =>
    parts.push([`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8"?><worksheet ${MAIN}><sheetPr filterMode="false"/><dimension ref="${dimension}"/><sheetData>${rows}</sheetData></worksheet>`]),
  );
  if (options.styles) parts.push(['xl/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${MAIN}>${options.styles}</styleSheet>`]);
  const sheetList = sheets.map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" state="visible" r:id="rId${i + 2}"/>`).join('');
  parts.push(['xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook ${MAIN}><workbookPr backupFile="false" showObjects="all" date1904="${options.date1904 ? 'true' : 'false'}"/><sheets>${sheetList}</sheets></workbook>`]);
  parts.push(['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>']);
  return zipOf(parts);
}

/** Excel serial of a date (1900 system). */
const serial = (y: number, m: number, d: number): number => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;

/** The channel table of the fixtures, laid out by ExcelJS: merged title, two-row merged header, dates, formulas, rich text, a totals row. */
function channelSheet(book: ExcelJS.Workbook | ExcelJS.stream.xlsx.WorkbookWriter): ExcelJS.Worksheet[] {
  const sheet = book.addWorksheet('渠道数据');
  const date = (d: number) => ({ value: new Date(Date.UTC(2026, 2, d)), numFmt: 'yyyy/m/d' });
  const rows: { value: ExcelJS.CellValue; numFmt?: string }[][] = [
    [{ value: '2026年3月渠道数据' }],
    [{ value: '日期' }, { value: '渠道' }, { value: '流量' }, { value: null }, { value: '点击率' }, { value: '访客数' }, { value: '平均停留时长' }],
    [{ value: null }, { value: null }, { value: '展示量' }, { value: '点击量' }],
    [date(5), { value: { richText: [{ text: '百' }, { font: { bold: true }, text: '度' }] } }, { value: 1234 }, { value: 56 }, { value: { formula: 'D4/C4', result: 56 / 1234 }, numFmt: '0.0%' }, { value: 40 }, { value: 155 / 86400, numFmt: '[h]:mm:ss' }],
    [date(5), { value: '微信' }, { value: 123 }, { value: 12 }, { value: { formula: 'D5/C5', result: 12 / 123 }, numFmt: '0.0%' }, { value: 10 }, { value: 95 / 86400, numFmt: '[h]:mm:ss' }],
    [{ value: serial(2026, 3, 6) }, { value: '百度' }, { value: 2000 }, { value: 100 }, { value: { formula: 'D6/C6', result: 0.05 }, numFmt: '0.0%' }, { value: 90 }, { value: 60 / 86400, numFmt: '[h]:mm:ss' }],
    [{ value: '合计' }, { value: null }, { value: { formula: 'SUM(C4:C6)', result: 3357 } }, { value: { formula: 'SUM(D4:D6)', result: 168 } }, { value: null }, { value: 140 }],
  ];
  rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach(({ value, numFmt }, c) => {
      if (value === null) return;
      const cell = row.getCell(c + 1);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
    });
  });
  for (const range of ['A1:G1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:E3', 'F2:F3', 'G2:G3']) sheet.mergeCells(range);
  const funnel = book.addWorksheet('漏斗');
  funnel.addRow(['阶段', '访客数', '注册']);
  funnel.addRow(['认知', 10000, null]);
  funnel.addRow(['兴趣', 4000, 800]);
  return [sheet, funnel];
}

async function expectChannelWorkbook(file: string): Promise<void> {
  const inspection = await inspectFile(file);
  expect(inspection).toMatchObject({ format: 'xlsx', sheets: ['渠道数据', '漏斗'], sheet: '渠道数据', headerRow: 2, totalRows: 7, totalsRows: [7] });
  expect(inspection.headers).toEqual(['日期', '渠道', '展示量', '点击量', '点击率', '访客数', '平均停留时长']);
  // A date cell and a serial in a General cell give the same serial; rich text is joined; a percentage stays a fraction.
  expect(inspection.rows[3]).toEqual([46086, '百度', 1234, 56, 56 / 1234, 40, '00:02:35']);
  expect(inspection.rows[5]?.[0]).toBe(46087);
  // The same records as the fixture written by SheetJS (whose records sources.test.ts checks by hand).
  const result = await importedMetrics(file);
  expect(result.lines).toEqual((await importedMetrics(path.join(FIXTURES_DIR, 'channels.xlsx'))).lines);
  expect(result.lines).toHaveLength(15);
  expect(result.totalsRows).toEqual([7]);
  const funnel = await inspectFile(file, { sheet: '漏斗' });
  expect(funnel).toMatchObject({ sheet: '漏斗', headers: ['阶段', '访客数', '注册'], totalRows: 3 });
}

describe('XLSX written by ExcelJS', () => {
  it('reads a workbook document: merged title and two-row merged header, dates, formulas, rich text, totals, sheets by name', async () => {
    const book = new ExcelJS.Workbook();
    channelSheet(book);
    const file = temp.file('exceljs.xlsx');
    await book.xlsx.writeFile(file);
    await expectChannelWorkbook(file);
  });

  it('reads what its streaming writer wrote (workbook.xml last, which its own streaming reader trips over)', async () => {
    const file = temp.file('exceljs-stream.xlsx');
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
    for (const sheet of channelSheet(book)) sheet.commit();
    await book.commit();
    await expectChannelWorkbook(file);
  });

  it('shifts the dates of a 1904 workbook to the 1900 serials the import reads, durations unchanged', async () => {
    const book = new ExcelJS.Workbook();
    book.properties.date1904 = true;
    const sheet = book.addWorksheet('Sheet1');
    sheet.addRow(['日期', '渠道', '访客数', '平均停留时长']);
    sheet.addRow([new Date(Date.UTC(2026, 2, 5)), '百度', 40, 155 / 86400]);
    sheet.getCell('A2').numFmt = 'yyyy-mm-dd';
    sheet.getCell('D2').numFmt = 'mm:ss';
    const file = temp.file('1904.xlsx');
    await book.xlsx.writeFile(file);
    // The file holds the 1904 serial (1,462 days less).
    const raw = XLSX.read(fs.readFileSync(file), { type: 'buffer' }).Sheets.Sheet1?.A2 as XLSX.CellObject;
    expect(raw.v).toBe(46086 - 1462);
    const inspection = await inspectFile(file);
    expect(inspection.rows[1]).toEqual([46086, '百度', 40, '00:02:35']);
    expect((await importedMetrics(file)).lines).toEqual(['2 百度 2026-03-05/day visitors=40', '2 百度 2026-03-05/day dwellTime=155']);
  });

  it('keeps percentages stored as numbers with a % format as fractions', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Sheet1');
    sheet.addRow(['渠道', '点击率', '跳出率']);
    sheet.addRow(['百度', 0.045, 0.125]);
    sheet.getCell('B2').numFmt = '0.0%';
    sheet.getCell('C2').numFmt = '0%';
    const file = temp.file('percent.xlsx');
    await book.xlsx.writeFile(file);
    expect((await inspectFile(file)).rows[1]).toEqual(['百度', 0.045, 0.125]);
    expect((await importedMetrics(file)).records.map((r) => `${r.metric}=${r.value}`)).toEqual(['ctr=0.045', 'bounceRate=0.125']);
  });

  it('previews the first rows of a big sheet and counts its rows from its dimension, without reading it all', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Sheet1');
    sheet.addRow(['渠道', '访客数']);
    for (let i = 0; i < 5000; i++) sheet.addRow([`渠道${i}`, i]);
    const file = temp.file('big.xlsx');
    await book.xlsx.writeFile(file);
    const inspection = await inspectFile(file);
    expect(inspection.rows).toHaveLength(200);
    expect(inspection.totalRows).toBe(5001);
    // Read whole, every row is intact, though the text comes in pieces that split tags and characters (the shared strings pass 64 KiB).
    const rows: Cell[][] = [];
    expect(await readRows(file, {}, (row) => rows.push(row))).toMatchObject({ rowsRead: 5001, sheet: 'Sheet1' });
    expect(rows).toEqual([['渠道', '访客数'], ...Array.from({ length: 5000 }, (_, i) => [`渠道${i}`, i])]);
  });

  it('refuses a cell longer than Excel allows, naming the file, sheet, cell and row', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('备注');
    sheet.addRow(['渠道', '备注']);
    sheet.addRow(['百度', 'ok']);
    sheet.addRow(['微信', 'x'.repeat(40_000)]);
    const file = temp.file('long-cell.xlsx');
    await book.xlsx.writeFile(file);
    const seen: number[] = [];
    await expect(readRows(file, {}, (_, n) => seen.push(n))).rejects.toMatchObject({
      code: 'BAD_FILE',
      message: 'long-cell.xlsx cannot be read as a spreadsheet: sheet "备注", row 3: cell B3 holds 40,000 characters, more than Excel allows (32,767)',
      params: { file: 'long-cell.xlsx', sheet: '备注', row: '3' },
    });
    expect(seen).toEqual([1, 2]);
  });
});

/** LibreOffice's styles: upper-case format codes, as it writes them. */
const LIBRE_STYLES =
  '<numFmts count="3"><numFmt numFmtId="164" formatCode="YYYY/M/D"/><numFmt numFmtId="165" formatCode="0.0%"/><numFmt numFmtId="166" formatCode="[HH]:MM:SS"/></numFmts>' +
  '<fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="true"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="true"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="true"/></cellXfs>';

describe('XLSX laid out as LibreOffice writes it', () => {
  const strings = ['日期', '渠道', '流量', '展示量', '点击量', '点击率', '平均停留时长', '合计'];
  // Shared strings with a rich-text item and a phonetic guide (not part of the text); the channel name 百度 in two runs.
  const sharedStrings = `${strings.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join('')}<si><r><t>百</t></r><r><rPr><b val="true"/></rPr><t>度</t></r><rPh sb="0" eb="1"><t>bai</t></rPh></si>`;
  // Covered cells of merged ranges are written empty with a style; A2:A3, B2:B3, C2:D2, E2:E3, F2:F3.
  const rows =
    '<row r="1"><c r="A1" t="inlineStr"><is><t>渠道数据</t></is></c></row>' +
    '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c><c r="D2" s="0"/><c r="E2" t="s"><v>5</v></c><c r="F2" t="s"><v>6</v></c></row>' +
    '<row r="3"><c r="A3" s="0"/><c r="B3" s="0"/><c r="C3" t="s"><v>3</v></c><c r="D3" t="s"><v>4</v></c><c r="E3" s="0"/><c r="F3" s="0"/></row>' +
    '<row r="4"><c r="A4" s="1" t="n"><v>44624</v></c><c r="B4" t="s"><v>8</v></c><c r="C4" t="n"><v>1234</v></c><c r="D4" t="n"><v>56</v></c>' +
    '<c r="E4" s="2" t="n"><f aca="false">D4/C4</f><v>0.0453808752025932</v></c><c r="F4" s="3" t="n"><v>0.00179398148148148</v></c></row>' +
    '<row r="6"><c r="A6" t="s"><v>7</v></c><c r="C6" t="n"><f aca="false">SUM(C4:C5)</f><v>1234</v></c><c r="D6" t="n"><f aca="false">SUM(D4:D5)</f><v>0</v></c></row>';

  it('reads a 1904 workbook with merged headers, shared and rich strings, cached formula results and a totals row', async () => {
    const file = temp.file('libreoffice.xlsx');
    fs.writeFileSync(file, handWorkbook([['渠道数据', rows, 'A1:F6']], { date1904: true, sharedStrings, styles: LIBRE_STYLES }));
    const inspection = await inspectFile(file);
    expect(inspection).toMatchObject({ sheets: ['渠道数据'], headerRow: 2, totalRows: 6, totalsRows: [6] });
    expect(inspection.headers).toEqual(['日期', '渠道', '展示量', '点击量', '点击率', '平均停留时长']);
    expect(inspection.rows[3]).toEqual([46086, '百度', 1234, 56, 0.0453808752025932, '00:02:35']);
    // Row 5 is not in the file: it comes as a blank row, so row numbers stay Excel's; a cached 0 stays 0.
    expect(inspection.rows[4]).toEqual([null, null, null, null, null, null]);
    expect(inspection.rows[5]).toEqual(['合计', null, 1234, 0, null, null]);
  });

  it('reads real dates (ISO text cells) and error cells as Excel shows them, a formula\'s error result too', async () => {
    const file = temp.file('dates-errors.xlsx');
    const sheetRows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>日期</t></is></c><c r="B1" t="inlineStr"><is><t>点击率</t></is></c></row>' +
      '<row r="2"><c r="A2" s="1" t="d"><v>2026-03-05T00:00:00Z</v></c><c r="B2" t="e"><f>C2/D2</f><v>#DIV/0!</v></c><c r="C2" t="e"><v>#N/A</v></c></row>';
    fs.writeFileSync(file, handWorkbook([['Sheet1', sheetRows, 'A1:C2']], { styles: LIBRE_STYLES }));
    expect((await inspectFile(file)).rows[1]).toEqual(['2026-03-05T00:00:00Z', '#DIV/0!', '#N/A']);
  });

  it('reads the chosen sheet only: a damaged other sheet does not matter', async () => {
    const file = temp.file('other-damaged.xlsx');
    fs.writeFileSync(
      file,
      handWorkbook([
        ['好', '<row r="1"><c r="A1" t="inlineStr"><is><t>渠道</t></is></c><c r="B1" t="inlineStr"><is><t>访客数</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>百度</t></is></c><c r="B2"><v>40</v></c></row>', 'A1:B2'],
        ['坏', '<row r="1"><c r="A1"><v>1</v></c></broken>', 'A1'],
      ]),
    );
    const inspection = await inspectFile(file);
    expect(inspection).toMatchObject({ sheets: ['好', '坏'], sheet: '好', rows: [['渠道', '访客数'], ['百度', 40]] });
    const error = inspectFile(file, { sheet: '坏' });
    await expect(error).rejects.toBeInstanceOf(AppError);
    await expect(error).rejects.toMatchObject({ code: 'BAD_FILE', message: expect.stringMatching(/^other-damaged\.xlsx, sheet "坏" cannot be read as a spreadsheet: /) });
  });

  it('previews a sheet damaged after its first rows, and says so when it is read whole', async () => {
    // Far more rows than one piece of inflated text holds, so the damage is in a piece the preview never reads.
    const good = Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>渠道${i}</t></is></c><c r="B${i + 1}"><v>${i}</v></c></row>`).join('');
    const file = temp.file('damaged-late.xlsx');
    fs.writeFileSync(file, handWorkbook([['Sheet1', `${good}<row r="3001"><c r="A3001"><v>1</c></row>`, 'A1:B3001']]));
    const inspection = await inspectFile(file);
    expect(inspection.rows).toHaveLength(200);
    expect(inspection.totalRows).toBe(3001);
    await expect(readRows(file, {}, () => undefined)).rejects.toMatchObject({ code: 'BAD_FILE' });
  });

  it('refuses a row past Excel\'s last row, naming the file, sheet and row, after the rows before it', async () => {
    const file = temp.file('too-many-rows.xlsx');
    const sheetRows = '<row r="1"><c r="A1" t="inlineStr"><is><t>渠道</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>百度</t></is></c></row><row r="1048577"><c r="A1048577"><v>1</v></c></row>';
    fs.writeFileSync(file, handWorkbook([['数据', sheetRows, 'A1:A1048577']]));
    const seen: Cell[][] = [];
    await expect(readRows(file, {}, (row) => seen.push(row))).rejects.toMatchObject({
      code: 'BAD_FILE',
      message: 'too-many-rows.xlsx cannot be read as a spreadsheet: sheet "数据", row 1048577: the sheet goes past Excel\'s last row (1,048,576)',
      params: { file: 'too-many-rows.xlsx', sheet: '数据', row: '1048577' },
    });
    expect(seen).toEqual([['渠道'], ['百度']]);
  });
});

describe('workbooks ExcelJS does not read', () => {
  it('reads an OpenDocument spreadsheet (a ZIP without xl/workbook.xml) through SheetJS', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['渠道', '访客数'], ['百度', 40]]), '数据');
    const file = temp.file('channels.ods');
    fs.writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'ods' }) as Buffer);
    expect(await inspectFile(file)).toMatchObject({ format: 'xlsx', sheets: ['数据'], rows: [['渠道', '访客数'], ['百度', 40]], headers: ['渠道', '访客数'] });
  });
});
