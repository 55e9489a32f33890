import type { Locator, Page } from '@playwright/test';
import type { Command } from '../../src/commands/schemas';
import { expect, test } from './fixtures';
import { openDropdown } from './support/catalog';
import { cardByTitle, waitSaved } from './support/editor';
import { createMap, createProject } from './support/home';
import { switchLanguage } from './support/language';
import { applyToMap, reopen } from './support/mapApi';
import { importFile, writeCsv } from './support/metricsApi';
import { artefact } from './support/workshop';

/**
 * The period selector with a custom date range: a weekly ad report on a
 * touchpoint, January by month, then 15 Jan – 20 Feb 2026 as a custom range,
 * the line saying which days the figures cover, in English and Chinese.
 * Every number is added up by hand from the rows below.
 */

const AD_URL = 'https://shop.example.com/landing?utm_source=baidu&utm_medium=cpc&utm_campaign=spring';

const WEEK_ROWS = [
  'week,utm_source,utm_medium,utm_campaign,impressions,clicks',
  '2025-W52,baidu,cpc,spring,1000,10', // Mon 22 Dec – Sun 28 Dec 2025, Thursday 25 Dec
  '2026-W01,baidu,cpc,spring,2000,30', // Mon 29 Dec 2025 – Sun 4 Jan 2026, Thursday 1 Jan
  '2026-W05,baidu,cpc,spring,3000,60', // Mon 26 Jan – Sun 1 Feb, Thursday 29 Jan
  '2026-W06,baidu,cpc,spring,4000,100', // Mon 2 Feb – Sun 8 Feb, Thursday 5 Feb
];

const badge = (card: Locator, metric: string): Locator => card.locator(`[data-testid="metric-badge"][data-metric="${metric}"]`);

async function openSelectors(page: Page): Promise<void> {
  await page.getByTestId('metrics-view-button').click();
  await expect(page.getByTestId('metrics-selectors')).toBeVisible();
}

test('a custom date range shows the figures of the weeks whose Thursday is inside, and says which days they cover', async ({ page, host }) => {
  await createProject(page, 'Ranges');
  await createMap(page, 'Ads', { starter: false });
  await waitSaved(page);
  const commands: Command[] = [
    { name: 'stage.add', args: { stage: { id: 'aw', name: 'Awareness' }, index: 0 } },
    { name: 'lane.add', args: { lane: { id: 'touch', name: 'Touchpoints', type: 'touchpoints' }, index: 0 } },
    { name: 'card.add', args: { cards: [{ id: 'ad', stageId: 'aw', laneId: 'touch', order: 0, title: 'Baidu search ad', url: AD_URL }] } },
  ];
  await applyToMap(page, commands);
  await importFile(page, writeCsv(host.projectsDir, 'weeks.csv', WEEK_ROWS), {
    kind: 'metrics',
    headerRow: 0,
    dayFirst: false,
    skipTotals: true,
    target: { kind: 'utm', source: 1, medium: 2, campaign: 3 },
    period: 0,
    layout: {
      layout: 'wide',
      metrics: [
        { column: 4, metric: 'impressions' },
        { column: 5, metric: 'clicks' },
      ],
    },
  });
  await reopen(page);
  const ad = cardByTitle(page, 'Baidu search ad');

  // By month, the latest is February: W06 only (4,000), its days inside February, so no rule is stated.
  await expect(badge(ad, 'impressions')).toContainText('Impressions 4,000');
  await openSelectors(page);
  await expect(page.getByTestId('metrics-covers')).toHaveText('Covers 2 Feb 2026 – 8 Feb 2026');

  // January: W01 and W05 by their Thursdays, 2,000 + 3,000 = 5,000, covering Mon 29 Dec 2025 to Sun 1 Feb 2026.
  await page.getByRole('combobox', { name: 'Period', exact: true }).click();
  await openDropdown(page).last().getByTitle('2026-01', { exact: true }).click();
  await expect(badge(ad, 'impressions')).toContainText('Impressions 5,000');
  await expect(page.getByTestId('metrics-covers')).toHaveText(
    'Covers 29 Dec 2025 – 1 Feb 2026 · weeks count in the month of their Thursday, longer periods in the month they start',
  );

  // Custom range 15 Jan – 20 Feb 2026: W05 (Thu 29 Jan) + W06 (Thu 5 Feb) = 3,000 + 4,000 = 7,000 impressions, 60 + 100 = 160 clicks.
  await page.getByRole('combobox', { name: 'Period', exact: true }).click();
  await openDropdown(page).last().getByTitle('Custom range…', { exact: true }).click();
  const picker = page.getByTestId('metrics-selectors').locator('.ant-picker-range');
  await picker.locator('input').first().click();
  await picker.locator('input').first().fill('2026-01-15');
  await page.keyboard.press('Enter');
  await picker.locator('input').last().fill('2026-02-20');
  await page.keyboard.press('Enter');
  await expect(badge(ad, 'impressions')).toContainText('Impressions 7,000');
  await expect(badge(ad, 'clicks')).toContainText('Clicks 160');
  await expect(page.getByTestId('metrics-covers')).toHaveText(
    'Covers 26 Jan 2026 – 8 Feb 2026 · a week counts when its Thursday is inside the range; a month, quarter or year only when its first day is',
  );
  await expect(page.getByTestId('metrics-view-button')).toHaveAttribute('data-summary', '15 Jan 2026 – 20 Feb 2026');
  await artefact(page, 'metrics-range-toolbar-en');

  // The Derived tab adds up the same range: all UTM sources 7,000 impressions.
  await page.getByTestId('metrics-view-button').click();
  await page.getByTestId('panel-toggle-metrics').click();
  await page.getByRole('tab', { name: 'Derived' }).click();
  await expect(page.getByTestId('derived-tab')).toContainText('7,000');

  // 2 – 4 Jan holds no Thursday of a week in the file: no figure, and the selectors stay to leave the range.
  await openSelectors(page);
  await picker.locator('input').first().click();
  await picker.locator('input').first().fill('2026-01-02');
  await page.keyboard.press('Enter');
  await picker.locator('input').last().fill('2026-01-04');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('metrics-covers')).toHaveText('No value is filed inside this range');
  await expect(ad.getByTestId('metric-badge')).toHaveCount(0);
  await picker.locator('input').first().click();
  await picker.locator('input').first().fill('2026-01-15');
  await page.keyboard.press('Enter');
  await picker.locator('input').last().fill('2026-02-20');
  await page.keyboard.press('Enter');
  await expect(badge(ad, 'impressions')).toContainText('Impressions 7,000');
  await page.getByTestId('metrics-view-button').click();

  // In Chinese, the same days and rule.
  await switchLanguage(page, '简体中文');
  await openSelectors(page);
  await expect(page.getByTestId('metrics-covers')).toHaveText('覆盖 2026年1月26日 – 2026年2月8日 · 周在其星期四落在范围内时计入；月、季度、年仅在其第一天落在范围内时计入');
  await artefact(page, 'metrics-range-toolbar-zh');

  // Back to the latest period: February again.
  await page.getByRole('combobox', { name: '周期', exact: true }).click();
  await openDropdown(page).last().getByTitle('最新周期', { exact: true }).click();
  await expect(badge(ad, 'impressions')).toContainText('4,000');
  await expect(page.getByTestId('metrics-covers')).toHaveText('覆盖 2026年2月2日 – 2026年2月8日');
});
