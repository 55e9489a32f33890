import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeGbk } from '../../helpers/gbk';
import { tempDir } from '../support/files';
import { cli } from './cliSupport';

/**
 * The figures a consultant presents, from a channel report made the way
 * Chinese Excel saves one (GBK, a title row, a totals row, a CTR column
 * rounded to 0.01 %, ISO weeks written 2026年第1周), imported with no preset
 * into the paid-channel template, read back through `metrics --json`. Every
 * expected number is worked out by hand below from the rows of the file.
 */

// 周, 渠道, 展示量, 点击量, 点击率, 访客数, 新访客数, 交易数, 新访客交易数, 付费用户数, 访问次数
const ROWS: (string | number)[][] = [
  // 2025-W52 (22 to 28 Dec 2025): 2025 Q4, not in 2026 Q1.
  ['2025年第52周', '百度搜索', '"10,000"', 150, '1.50%', 140, 100, 10, 5, 8, 180],
  // 2026-W01 runs from Monday 29 Dec 2025 to Sunday 4 Jan 2026; its Thursday (1 Jan) puts it in 2026 Q1.
  ['2026年第1周', '百度搜索', '"12,345"', 234, '1.90%', 200, 150, 20, 8, 15, 260], // 234 / 12,345 = 1.8955 %, written 1.90 %
  ['2026年第1周', '微信朋友圈', '"8,000"', 96, '1.20%', 90, 30, 12, 3, 10, 100],
  ['2026年第2周', '百度搜索', '"11,000"', 143, '1.30%', 130, 90, 13, 6, 11, 170],
  ['2026年第2周', '微信朋友圈', '"9,000"', 117, '1.40%', 100, 40, 14, 4, 12, 120], // 117 / 9,000 = 1.30 %: the file's 1.40 % is wrong
];

describe('figures from a real-shaped channel report, through the command line', () => {
  let temp: ReturnType<typeof tempDir>;
  const run = (argv: string[]) => cli(argv, temp.dir);

  beforeEach(async () => {
    temp = tempDir('journey-cli-figures-');
    expect((await run(['new', 'report.cjm', '--template', 'paidChannel'])).code).toBe(0);
    const lines = [
      '渠道投放周报（2026年第1季度）',
      '周,渠道,展示量,点击量,点击率,访客数,新访客数,交易数,新访客交易数,付费用户数,访问次数',
      ...ROWS.map((row) => row.join(',')),
      '合计,,"50,345",740,1.47%,660,410,69,26,56,830',
    ];
    fs.writeFileSync(temp.file('周报.csv'), encodeGbk(`${lines.join('\r\n')}\r\n`));
    const imported = await run(['import', 'report.cjm', '周报.csv', '--strict']);
    expect(imported.code).toBe(0);
    // The contradicted rate is named at import with its row (the header is row 2, WeChat's W02 row is row 7).
    expect(imported.stderr).toContain('Note: rows 7 of 周报.csv: ctr is 1.40% but 117 / 9000 = 1.3000%; the counts are used.');
  });
  afterEach(() => temp.remove());

  it('2026 Q1: counts add up, rates are ratios of the summed counts, W01 counts in Q1, both indexes and the funnel', async () => {
    const result = await run(['metrics', 'report.cjm', '--grain', 'quarter', '--period', '2026-Q1', '--json']);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as {
      period: string;
      overall: { metric: string; value: number; where: string; covers: { from: string; to: string } | null; numerator?: number; denominator?: number }[];
      rates: { metric: string; where: string; value: number }[];
      firstVisitConversionIndex: { where: string; index: number }[];
      channelQualityIndex: { rows: { name: string; index: number }[]; totalPaying: number; totalVisits: number };
      funnel: { stage: string; metric: string; volume: number; conversion: number | null }[];
      rateNotices: { metric: string; stated: number; computed: number; rows: number[]; fileName: string }[];
    };
    expect(out.period).toBe('2026-01-01');
    const overall = (metric: string) => out.overall.find((f) => f.metric === metric);
    // Impressions: 12,345 + 8,000 + 11,000 + 9,000 = 40,345 (W52's 10,000 is 2025 Q4; the totals row is left out).
    expect(overall('impressions')).toMatchObject({ value: 40345, where: 'All channels', covers: { from: '2025-12-29', to: '2026-01-11' } });
    // Clicks 234 + 96 + 143 + 117 = 590; CTR = 590 / 40,345 = 1.46239 %, not any average of the rounded column.
    expect(overall('clicks')?.value).toBe(590);
    expect(overall('ctr')).toMatchObject({ numerator: 590, denominator: 40345 });
    expect(overall('ctr')?.value).toBeCloseTo(590 / 40345, 14);
    // Conversion rate has no conversions column: no figure. Visitors 200 + 90 + 130 + 100 = 520.
    expect(overall('visitors')?.value).toBe(520);
    // Baidu's own CTR over the quarter: (234 + 143) / (12,345 + 11,000).
    const baiduCtr = out.rates.find((r) => r.metric === 'ctr' && r.where !== 'All channels' && r.value > 0.016);
    expect(baiduCtr?.value).toBeCloseTo(377 / 23345, 14);

    // First-visit conversion index, all channels: new transactions 8 + 3 + 6 + 4 = 21 of 59; new visitors 150 + 30 + 90 + 40 = 310 of 520.
    expect(out.firstVisitConversionIndex[0]?.where).toBe('All channels');
    expect(out.firstVisitConversionIndex[0]?.index).toBeCloseTo(21 / 59 / (310 / 520), 12);
    // Channel quality: paying Baidu 15 + 11 = 26, WeChat 10 + 12 = 22 (48); visits Baidu 260 + 170 = 430, WeChat 100 + 120 = 220 (650).
    expect(out.channelQualityIndex.totalPaying).toBe(48);
    expect(out.channelQualityIndex.totalVisits).toBe(650);
    const indexes = out.channelQualityIndex.rows.map((r) => r.index).sort();
    expect(indexes[0]).toBeCloseTo(26 / 48 / (430 / 650), 12);
    expect(indexes[1]).toBeCloseTo(22 / 48 / (220 / 650), 12);

    // The template's funnel: impressions → clicks → visitors (no conversions column, so it ends at the landing page).
    expect(out.funnel.map((s) => [s.metric, s.volume])).toEqual([
      ['impressions', 40345],
      ['clicks', 590],
      ['visitors', 520],
    ]);
    expect(out.funnel[0]?.conversion).toBeCloseTo(590 / 40345, 14);

    // WeChat's 2026-W02 CTR says 1.40 % where 117 / 9,000 = 1.30 %: reported with its row (the header is row 2, so W02 WeChat is row 7).
    expect(out.rateNotices).toEqual([expect.objectContaining({ metric: 'ctr', stated: 0.014, fileName: '周报.csv', rows: [7] })]);
    expect(out.rateNotices[0]?.computed).toBeCloseTo(0.013, 14);
  });

  it('the dry run shows the new-visitor columns as their metric under the built-in segment', async () => {
    const dry = await run(['import', 'report.cjm', '周报.csv', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^F +访客数 +metric visitors$/m);
    expect(dry.stdout).toMatch(/^G +新访客数 +metric visitors, segment new$/m);
    expect(dry.stdout).toMatch(/^I +新访客交易数 +metric transactions, segment new$/m);
  });

  it('2025 Q4 holds only W52', async () => {
    const result = await run(['metrics', 'report.cjm', '--grain', 'quarter', '--period', '2025-Q4', '--json']);
    const out = JSON.parse(result.stdout) as { overall: { metric: string; value: number }[] };
    expect(out.overall.find((f) => f.metric === 'impressions')?.value).toBe(10000);
    expect(out.overall.find((f) => f.metric === 'ctr')?.value).toBeCloseTo(150 / 10000, 14);
  });
});
