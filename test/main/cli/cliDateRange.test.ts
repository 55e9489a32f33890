import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/files';
import { cli } from './cliSupport';

/**
 * `journey-studio metrics --from … --to …`: the figures of a custom date range
 * from a weekly channel report imported with no preset into the paid-channel
 * template. A week counts in the range when its Thursday is inside; every
 * expected number is added up by hand from the rows below.
 */

// 周, 渠道, 展示量, 点击量, 访客数
const ROWS: (string | number)[][] = [
  ['2025-W52', '百度搜索', 10000, 150, 140], // Mon 22 Dec – Sun 28 Dec 2025, Thursday 25 Dec
  ['2026-W01', '百度搜索', 12345, 234, 200], // Mon 29 Dec 2025 – Sun 4 Jan 2026, Thursday 1 Jan
  ['2026-W01', '微信朋友圈', 8000, 96, 90],
  ['2026-W02', '百度搜索', 11000, 143, 130], // Mon 5 Jan – Sun 11 Jan, Thursday 8 Jan
  ['2026-W02', '微信朋友圈', 9000, 117, 100],
  ['2026-W06', '百度搜索', 7000, 70, 60], // Mon 2 Feb – Sun 8 Feb, Thursday 5 Feb
  ['2026-W14', '百度搜索', 5000, 50, 40], // Mon 30 Mar – Sun 5 Apr, Thursday 2 Apr: Q2, though it starts in March
];

interface MetricsJson {
  period: string;
  overall: { metric: string; value: number; covers: { from: string; to: string } | null; numerator?: number; denominator?: number }[];
}

describe('metrics over a custom date range, through the command line', () => {
  let temp: ReturnType<typeof tempDir>;
  const run = (argv: string[]) => cli(argv, temp.dir);
  const json = async (argv: string[]) => {
    const result = await run(['metrics', 'report.cjm', '--json', ...argv]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as MetricsJson;
    return { ...out, overall: (metric: string) => out.overall.find((f) => f.metric === metric) };
  };

  beforeEach(async () => {
    temp = tempDir('journey-cli-range-');
    expect((await run(['new', 'report.cjm', '--template', 'paidChannel'])).code).toBe(0);
    const lines = ['周,渠道,展示量,点击量,访客数', ...ROWS.map((row) => row.join(','))];
    fs.writeFileSync(temp.file('weekly.csv'), `${lines.join('\r\n')}\r\n`);
    const imported = await run(['import', 'report.cjm', 'weekly.csv', '--strict']);
    expect(imported.code).toBe(0);
  });
  afterEach(() => temp.remove());

  it('--from 2026-01-01 --to 2026-03-31: the weeks whose Thursday is in Q1, the same figures as --grain quarter --period 2026-Q1', async () => {
    const range = await json(['--from', '2026-01-01', '--to', '2026-03-31']);
    expect(range.period).toBe('2026-01-01');
    // Impressions W01 + W02 + W06: 12,345 + 8,000 + 11,000 + 9,000 + 7,000 = 47,345 (W52's Thursday is 25 Dec, W14's is 2 Apr).
    expect(range.overall('impressions')).toMatchObject({ value: 47345, covers: { from: '2025-12-29', to: '2026-02-08' } });
    // Clicks 234 + 96 + 143 + 117 + 70 = 660; CTR = 660 / 47,345.
    expect(range.overall('clicks')?.value).toBe(660);
    expect(range.overall('ctr')).toMatchObject({ numerator: 660, denominator: 47345 });
    // Visitors 200 + 90 + 130 + 100 + 60 = 580.
    expect(range.overall('visitors')?.value).toBe(580);
    const quarter = await json(['--grain', 'quarter', '--period', '2026-Q1']);
    expect(range.overall.length).toBeGreaterThan(0);
    for (const metric of ['impressions', 'clicks', 'ctr', 'visitors']) expect(range.overall(metric)).toEqual(quarter.overall(metric));
  });

  it('--from 2026-01-01 --to 2026-01-07 holds W01 only (W02’s Thursday is 8 Jan)', async () => {
    const range = await json(['--from', '2026-01-01', '--to', '2026-01-07']);
    // Impressions 12,345 + 8,000 = 20,345; clicks 234 + 96 = 330.
    expect(range.overall('impressions')).toMatchObject({ value: 20345, covers: { from: '2025-12-29', to: '2026-01-04' } });
    expect(range.overall('ctr')).toMatchObject({ numerator: 330, denominator: 20345 });
    expect(range.overall('ctr')?.value).toBe(330 / 20345);
  });

  it('refuses a range that is backwards, not a day, half given or mixed with --period (exit 2, naming the flag)', async () => {
    const refused = async (argv: string[], message: string) => {
      const result = await run(['metrics', 'report.cjm', ...argv]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(message);
    };
    await refused(['--from', '2026-03-31', '--to', '2026-01-01'], '--from 2026-03-31 is after --to 2026-01-01');
    await refused(['--from', '2026-02-30', '--to', '2026-03-31'], '--from "2026-02-30" is not a day of the calendar');
    await refused(['--from', '2026-01-01', '--to', '2026-Q1'], '--to "2026-Q1" is not a day of the calendar');
    await refused(['--from', '2026-01-01'], '--to is missing');
    await refused(['--from', '2026-01-01', '--to', '2026-03-31', '--period', '2026-Q1'], 'leave out --grain and --period');
  });
});
