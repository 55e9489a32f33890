import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { encodeGbk } from '../helpers/gbk';
import { expect, test } from './fixtures';
import { createMap, createProject } from './support/home';
import { nextStep, openImportWizard, wizard } from './support/importWizard';
import { switchLanguage } from './support/language';
import { artefact } from './support/workshop';

/**
 * A consultant's weekly channel report, saved by Chinese Excel (GBK, a title
 * row, a totals row, rounded rate columns, new-visitor columns), imported
 * through the wizard into the paid-channel template with nothing wired by
 * hand: the metric lanes, the funnel and both indexes fill in, in English and
 * Chinese. Every number is worked out by hand from the two rows below. WeChat's
 * CTR column says 1.60 % where 150 / 10,000 is 1.50 %: the review names row 4
 * and the counts are used.
 */
const REPORT = [
  '渠道投放周报（2026年第1周）',
  '周,渠道,展示量,点击量,点击率,访客数,新访客数,访问次数,跳出率,平均停留时长,访问深度,注册数,激活数,转化数,交易数,新访客交易数,付费用户数',
  '2026年第1周,百度搜索,"20,000",500,2.50%,400,300,480,40.00%,00:01:35,2.5,80,60,40,40,18,36',
  '2026年第1周,微信朋友圈,"10,000",150,1.60%,120,60,150,30.00%,00:02:10,3.2,30,27,12,12,3,11',
  '合计,,"30,000",650,2.17%,520,360,630,,,,110,87,52,52,21,47',
].join('\r\n');

const tile = (page: Page, metric: string) => page.locator(`[data-testid="metric-tile"][data-metric="${metric}"]`).getByTestId('metric-tile-value');

test('a channel report fills the paid-channel template: metric lanes, the funnel and both indexes, in English and Chinese', async ({ page, host }) => {
  await createProject(page, 'Client report');
  await createMap(page, 'Paid funnel', { template: 'builtin:paidChannel' });
  const file = path.join(host.projectsDir, '周报.csv');
  fs.writeFileSync(file, encodeGbk(`${REPORT}\r\n`));

  const dialog = await openImportWizard(page, file);
  await nextStep(page, 'mapping');
  await nextStep(page, 'reading');
  await nextStep(page, 'review');
  await expect(dialog.getByTestId('import-rate-notices')).toContainText('Rows 4: CTR of WeChat is 1.60% in the file, but 150 / 10000 = 1.50%');
  await artefact(page, 'figures-0-review');
  await dialog.getByRole('button', { name: 'Import 2 valid rows' }).click();
  await expect(wizard(page)).toBeHidden();

  // The lanes, all channels added up. Impressions 20,000 + 10,000; CTR (500 + 150) / 30,000 = 2.17 %; visitors 400 + 120;
  // bounce (0.40 × 480 + 0.30 × 150) / 630 = 237 / 630 = 37.6 %; dwell (95 × 480 + 130 × 150) / 630 = 103.3 s;
  // depth (2.5 × 480 + 3.2 × 150) / 630 = 2.67; activation 87 / 110 = 79.1 %; conversion 52 / 520 = 10 %.
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect(tile(page, 'impressions')).toContainText('30,000');
  await expect(tile(page, 'ctr')).toContainText('2.2%');
  await expect(tile(page, 'visitors')).toContainText('520');
  await expect(tile(page, 'bounceRate')).toContainText('37.6%');
  await expect(tile(page, 'dwellTime')).toContainText('1m 43s');
  await expect(tile(page, 'pagesPerVisit')).toContainText('2.67');
  await expect(tile(page, 'activationRate')).toContainText('79.1%');
  await expect(tile(page, 'conversionRate')).toContainText('10%');
  await artefact(page, 'figures-1-lanes');

  // The funnel counts each stage's own metric: impressions → clicks → visitors → conversions.
  await page.getByTestId('panel-toggle-metrics').click();
  await page.getByRole('tab', { name: 'Funnel' }).click();
  const rows = page.getByTestId('funnel-row');
  await expect(rows.getByTestId('funnel-volume')).toHaveText(['30,000', '650', '520', '52']);
  await expect(rows.getByTestId('funnel-step-metric')).toHaveText(['Impressions', 'Clicks', 'Visitors', 'Conversions']);
  // 650 / 30,000 = 2.2 %; 520 / 650 = 80.0 %; 52 / 520 = 10.0 %
  await expect(rows.getByTestId('funnel-conversion')).toHaveText(['2.2%', '80.0%', '10.0%', '—']);
  await artefact(page, 'figures-2-funnel');

  // Indexes. First visit, all channels: (21 / 52) / (360 / 520) = 0.58; Baidu (18 / 40) / (300 / 400) = 0.60; WeChat (3 / 12) / (60 / 120) = 0.50.
  await page.getByRole('tab', { name: 'Derived' }).click();
  await expect(page.getByTestId('first-visit-index')).toHaveText([/^All channels: 0\.58/, /^Search engine \(SEO\/SEM\): 0\.60/, /^WeChat: 0\.50/]);
  // Quality: paying 36 / 47 over visits 480 / 630 = 1.01; WeChat (11 / 47) / (150 / 630) = 0.98.
  const quality = page.getByTestId('channel-quality-row');
  await expect(quality).toHaveCount(2);
  await expect(quality.nth(0)).toContainText('Search engine (SEO/SEM)');
  await expect(quality.nth(0)).toContainText('1.01');
  await expect(quality.nth(1)).toContainText('WeChat');
  await expect(quality.nth(1)).toContainText('0.98');
  await expect(page.getByTestId('overall-row').filter({ hasText: 'CTR' })).toContainText('2.2%');
  await expect(page.getByTestId('rate-notices')).toContainText('CTR of WeChat: the file says 1.60%, its counts give 1.50% (周报.csv, rows 4)');
  await artefact(page, 'figures-3-derived');

  await switchLanguage(page, '简体中文');
  await page.getByRole('button', { name: '适应视图' }).click();
  await expect(tile(page, 'impressions')).toContainText('3万');
  await expect(tile(page, 'dwellTime')).toContainText('1分43秒');
  await page.getByRole('tab', { name: '衍生指标' }).click();
  await expect(page.getByTestId('first-visit-index').first()).toHaveText(/^全部渠道：?:? ?0\.58/);
  await expect(page.getByTestId('channel-quality-row').nth(0)).toContainText('搜索引擎');
  await artefact(page, 'figures-4-derived-zh');
});
