import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { encodeGbk } from '../helpers/gbk';

/**
 * One project, three surfaces, the same numbers: `metrics --json`, the metrics
 * CSV export and the PDF's metrics appendix (drawn by the print view in
 * headless Chromium, read back with pdftotext), from a GBK channel report
 * imported with no preset by the built command (`npm run build` first).
 */

const CLI = path.resolve(process.env.JOURNEY_DIST ?? 'dist', 'main/cli.mjs');

const REPORT = [
  '渠道投放周报（2026年第1周）',
  '周,渠道,展示量,点击量,点击率,访客数,新访客数,访问次数,跳出率,注册数,激活数,转化数,交易数,新访客交易数,付费用户数',
  '2026年第1周,百度搜索,"20,000",500,2.50%,400,300,480,40.00%,80,60,40,40,18,36',
  '2026年第1周,微信朋友圈,"10,000",150,1.50%,120,60,150,30.00%,30,27,12,12,3,11',
  '合计,,"30,000",650,2.17%,520,360,630,,110,87,52,52,21,47',
].join('\r\n');

function journeyStudio(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

const compact = (text: string) => text.replace(/\s+/g, '');

test('metrics --json, the metrics CSV and the PDF appendix print the same figures', async () => {
  test.skip(!fs.existsSync(CLI), `${CLI} is missing: run npm run build first`);
  test.setTimeout(180000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-cli-figures-'));
  try {
    expect((await journeyStudio(['new', 'report.cjm', '--template', 'paidChannel'], dir)).code).toBe(0);
    fs.writeFileSync(path.join(dir, '周报.csv'), encodeGbk(`${REPORT}\r\n`));
    expect((await journeyStudio(['import', 'report.cjm', '周报.csv', '--strict'], dir)).code).toBe(0);

    // 2026-W01 (29 Dec 2025 – 4 Jan 2026) is 2026 Q1 by its Thursday.
    const period = ['--grain', 'quarter', '--period', '2026-Q1'];
    const json = JSON.parse((await journeyStudio(['metrics', 'report.cjm', ...period, '--json'], dir)).stdout) as {
      overall: { metric: string; value: number; valueText: string; formula: string }[];
      firstVisitConversionIndex: { index: number }[];
    };
    const ctr = json.overall.find((f) => f.metric === 'ctr');
    // (500 + 150) / (20,000 + 10,000) = 2.1667 %
    expect(ctr?.value).toBeCloseTo(650 / 30000, 14);
    expect(ctr?.formula).toBe('CTR = Σ Clicks / Σ Impressions = 650 / 30,000');
    // Bounce (0.40 × 480 + 0.30 × 150) / 630 = 237 / 630 = 37.6 %
    expect(json.overall.find((f) => f.metric === 'bounceRate')?.value).toBeCloseTo(237 / 630, 14);

    expect((await journeyStudio(['export', 'report.cjm', '--format', 'csv', '--table', 'metrics', '--grain', 'quarter', '--out', 'metrics.csv'], dir)).code).toBe(0);
    // The table lists every period: the row of all channels' CTR in 2026 Q1.
    const csv = fs.readFileSync(path.join(dir, 'metrics.csv'), 'utf8');
    const overallCtr = csv.split(/\r?\n/).find((line) => line.startsWith('All channels,All channels,CTR,2026-01-01,'));
    expect(overallCtr?.split(',')[5]).toBe(String(650 / 30000));

    const pdf = await journeyStudio(['export', 'report.cjm', '--format', 'pdf', '--appendix', 'metrics', ...period, '--out', 'report.pdf'], dir);
    expect(pdf.code).toBe(0);
    const text = compact(execFileSync('pdftotext', ['-layout', path.join(dir, 'report.pdf'), '-'], { encoding: 'utf8' }));
    expect(text).toContain(compact('CTR = Σ Clicks / Σ Impressions = 650 / 30,000'));
    expect(text).toContain(compact(`All channels CTR ${ctr?.valueText}`));
    expect(text).toContain(compact('Bounce rate = Σ Bounced visits / Σ Visits = 237 / 630'));
    // First-visit conversion index, all channels: (21 / 52) / (360 / 520) = 0.58
    expect(json.firstVisitConversionIndex[0]?.index).toBeCloseTo(21 / 52 / (360 / 520), 12);
    expect(text).toContain(compact('All channels First-visit conversion index 0.58'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
