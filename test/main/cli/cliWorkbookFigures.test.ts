import fs from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/files';
import { cli } from './cliSupport';

/**
 * A weekly channel workbook as a spreadsheet program saves it: a title row, a
 * two-level header merged across its groups (流量 over 展示量 / 点击量 / 访客数,
 * 转化 over 交易数 / 新访客交易数 / 付费用户数), ISO week labels, a 合计 row of
 * SUM formulas, written with SheetJS (which the app reads it with), imported
 * with no preset. Figures by month check the ISO week-year rule and ratios
 * of sums, computed by hand below.
 */

// 周, 渠道, 展示量, 点击量, 访客数, 新访客数, 访问次数, 交易数, 新访客交易数, 付费用户数
const WEEKS: (string | number)[][] = [
  ['2025-W52', '百度搜索', 8000, 160, 120, 80, 150, 6, 2, 5], // 22–28 Dec 2025: December
  ['2026-W01', '百度搜索', 9000, 270, 200, 150, 240, 10, 4, 9], // 29 Dec 2025 – 4 Jan 2026: January (its Thursday is 1 Jan)
  ['2026-W01', '小红书', 3000, 45, 40, 30, 50, 2, 1, 2],
  ['2026-W05', '百度搜索', 7000, 140, 110, 70, 130, 8, 3, 7], // 26 Jan – 1 Feb 2026: January (Thursday 29 Jan)
  ['2026-W06', '小红书', 4000, 100, 90, 60, 95, 5, 2, 4], // 2–8 Feb 2026: February
];

function workbook(file: string): void {
  const header1 = ['周', '渠道', '流量', '', '', '', '', '转化', '', ''];
  const header2 = ['', '', '展示量', '点击量', '访客数', '新访客数', '访问次数', '交易数', '新访客交易数', '付费用户数'];
  const first = 4; // the first data row (1-based): title, two header rows
  const last = first + WEEKS.length - 1;
  const sheet = XLSX.utils.aoa_to_sheet([['渠道周报（2025年12月 – 2026年2月）'], header1, header2, ...WEEKS]);
  sheet['!merges'] = [
    { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
    { s: { r: 1, c: 1 }, e: { r: 2, c: 1 } },
    { s: { r: 1, c: 2 }, e: { r: 1, c: 6 } },
    { s: { r: 1, c: 7 }, e: { r: 1, c: 9 } },
  ];
  // 合计: SUM formulas with their cached results, as a spreadsheet program writes them.
  const totalsRow = last + 1;
  XLSX.utils.sheet_add_aoa(sheet, [['合计', '']], { origin: `A${totalsRow}` });
  for (let c = 2; c < 10; c++) {
    const column = XLSX.utils.encode_col(c);
    const sum = WEEKS.reduce((total, row) => total + (row[c] as number), 0);
    sheet[`${column}${totalsRow}`] = { t: 'n', v: sum, f: `SUM(${column}${first}:${column}${last})` };
  }
  sheet['!ref'] = `A1:J${totalsRow}`;
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '周报');
  fs.writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

interface Figures {
  overall: { metric: string; value: number; covers: { from: string; to: string } | null }[];
  firstVisitConversionIndex: { index: number }[];
  channelQualityIndex: { totalPaying: number; totalVisits: number };
}

describe('figures by month from a two-level-header XLSX with a SUM row', () => {
  let temp: ReturnType<typeof tempDir>;
  const run = (argv: string[]) => cli(argv, temp.dir);
  const month = async (period: string): Promise<Figures> => {
    const result = await run(['metrics', 'report.cjm', '--grain', 'month', '--period', period, '--json']);
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as Figures;
  };
  const overall = (figures: Figures, metric: string) => figures.overall.find((f) => f.metric === metric);

  beforeEach(async () => {
    temp = tempDir('journey-cli-workbook-');
    expect((await run(['new', 'report.cjm', '--template', 'paidChannel'])).code).toBe(0);
    workbook(temp.file('周报.xlsx'));
    const dry = await run(['import', 'report.cjm', '周报.xlsx', '--dry-run']);
    // The merged groups give way to the lower header row; the 合计 row is left out.
    expect(dry.stdout).toMatch(/header row 3/);
    expect(dry.stdout).toMatch(/^F +新访客数 +metric visitors, segment new$/m);
    expect(dry.stdout).toMatch(/^I +新访客交易数 +metric transactions, segment new$/m);
    const imported = await run(['import', 'report.cjm', '周报.xlsx', '--strict']);
    expect(imported.code).toBe(0);
  });
  afterEach(() => temp.remove());

  it('January 2026 holds W01 (from 29 Dec) and W05 (to 1 Feb), by their Thursdays', async () => {
    const january = await month('2026-01');
    // Impressions 9,000 + 3,000 + 7,000 = 19,000; clicks 270 + 45 + 140 = 455; CTR 455 / 19,000.
    expect(overall(january, 'impressions')).toMatchObject({ value: 19000, covers: { from: '2025-12-29', to: '2026-02-01' } });
    expect(overall(january, 'ctr')?.value).toBeCloseTo(455 / 19000, 14);
    // First visit: new transactions 4 + 1 + 3 = 8 of 20; new visitors 150 + 30 + 70 = 250 of 350: (8 / 20) / (250 / 350) = 0.56
    expect(january.firstVisitConversionIndex[0]?.index).toBeCloseTo(8 / 20 / (250 / 350), 12);
    // Channel quality totals: paying 9 + 2 + 7 = 18; visits 240 + 50 + 130 = 420.
    expect(january.channelQualityIndex).toMatchObject({ totalPaying: 18, totalVisits: 420 });
  });

  it('December 2025 keeps W52 only and February 2026 W06 only; the 合计 row counts nowhere', async () => {
    const december = await month('2025-12');
    expect(overall(december, 'impressions')?.value).toBe(8000);
    expect(overall(december, 'ctr')?.value).toBeCloseTo(160 / 8000, 14);
    const february = await month('2026-02');
    expect(overall(february, 'impressions')?.value).toBe(4000);
    expect(overall(february, 'ctr')?.value).toBeCloseTo(100 / 4000, 14);
  });
});
