import type { Locator, Page } from '@playwright/test';
import type { Command } from '../../src/commands/schemas';
import { expect, test } from './fixtures';
import { openDropdown } from './support/catalog';
import { cardByTitle, waitSaved } from './support/editor';
import { createMap, createProject } from './support/home';
import { switchLanguage } from './support/language';
import { applyToMap, reopen, savedMap } from './support/mapApi';
import { importFile, saveDefinition, writeCsv } from './support/metricsApi';
import { artefact } from './support/workshop';

/**
 * Goals with a scope, through the UI: a whole-funnel impressions target does
 * not colour each ad's badge, only the whole-map figure a metrics tile shows;
 * a goal added in the definition form for one card colours that card only.
 */

const BAIDU_URL = 'https://shop.example.com/landing?utm_source=baidu&utm_medium=cpc&utm_campaign=spring';
const WECHAT_URL = 'https://shop.example.com/article?utm_source=wechat&utm_medium=social';

async function seedMap(page: Page): Promise<void> {
  await createProject(page, 'Goals');
  await createMap(page, 'Paid funnel', { starter: false });
  await waitSaved(page);
  const commands: Command[] = [
    { name: 'stage.add', args: { stage: { id: 's1', name: 'Awareness' }, index: 0 } },
    { name: 'lane.add', args: { lane: { id: 'touch', name: 'Touchpoints', type: 'touchpoints' }, index: 0 } },
    { name: 'lane.add', args: { lane: { id: 'numbers', name: 'Numbers', type: 'metrics' }, index: 1 } },
    {
      name: 'card.add',
      args: {
        cards: [
          { id: 'ad', stageId: 's1', laneId: 'touch', order: 0, title: 'Baidu search ad', url: BAIDU_URL },
          { id: 'article', stageId: 's1', laneId: 'touch', order: 1, title: 'WeChat article', url: WECHAT_URL },
          { id: 'tile', stageId: 's1', laneId: 'numbers', order: 0, title: 'Impressions', metricKey: 'impressions' },
        ],
      },
    },
  ];
  await applyToMap(page, commands);
  const map = await savedMap(page);
  const extra = map.stages.filter((s) => s.id !== 's1');
  if (extra.length > 0) await applyToMap(page, extra.map((s): Command => ({ name: 'stage.delete', args: { id: s.id } })));
}

const badge = (card: Locator, metric: string): Locator => card.locator(`[data-testid="metric-badge"][data-metric="${metric}"]`);

test('a whole-funnel impressions target colours the whole-map figure, not each ad; a card goal from the form colours that card only', async ({ page, host }) => {
  await seedMap(page);
  await importFile(page, writeCsv(host.projectsDir, 'ads.csv', ['month,utm_source,utm_medium,utm_campaign,impressions,clicks', '2026-03,baidu,cpc,spring,16000,2000', '2026-03,wechat,social,,5000,300']), {
    kind: 'metrics',
    headerRow: 0,
    dayFirst: false,
    skipTotals: true,
    target: { kind: 'utm', source: 1, medium: 2, campaign: 3 },
    period: 0,
    layout: { layout: 'wide', metrics: [{ column: 4, metric: 'impressions' }, { column: 5, metric: 'clicks' }] },
  });
  await saveDefinition(page, { key: 'impressions', name: 'Impressions', nameZh: '展示量', unit: 'count', aggregation: 'sum', direction: 'higherIsBetter', target: 350000 });
  await reopen(page);

  const ad = cardByTitle(page, 'Baidu search ad');
  const article = cardByTitle(page, 'WeChat article');
  const tile = cardByTitle(page, 'Impressions');
  await expect(badge(ad, 'impressions')).toContainText('16,000');
  await expect(badge(ad, 'impressions')).toHaveAttribute('data-status', 'none');
  await expect(badge(article, 'impressions')).toHaveAttribute('data-status', 'none');
  // The tile shows both sources added up, 21,000: the whole map's figure, short of 350,000.
  await expect(tile.getByTestId('metric-tile-value')).toHaveText('21,000');
  await expect(tile.getByTestId('metric-tile')).toHaveAttribute('data-status', 'amber');
  await expect(tile.getByTestId('metric-tile-detail')).toContainText('Target 350,000');

  await page.getByTestId('panel-toggle-metrics').click();
  const panel = page.getByTestId('workshop-panel');
  await panel.getByRole('tab', { name: 'Definitions' }).click();
  await panel.getByRole('button', { name: 'Edit Impressions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit metric' });
  await expect(dialog.getByTestId('definition-thresholds-apply')).toContainText("apply to the whole map's figure only");
  await dialog.getByTestId('goal-add').click();
  const row = dialog.getByTestId('goal-row');
  await row.getByRole('combobox', { name: 'Scope' }).click();
  await openDropdown(page).last().getByTitle('Card', { exact: true }).click();
  await row.getByRole('combobox', { name: 'Which' }).click();
  await openDropdown(page).last().getByTitle('Awareness · Baidu search ad', { exact: true }).click();
  await row.getByTestId('goal-target').fill('20000');
  await artefact(page, 'metric-goals-form-en');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.locator('[data-testid="definition-row"][data-key="impressions"]')).toContainText('350,000');

  // 16,000 misses the card's 20,000; the other ad has no goal of its own; the whole map keeps 350,000.
  await expect(badge(ad, 'impressions')).toHaveAttribute('data-status', 'amber');
  await expect(badge(article, 'impressions')).toHaveAttribute('data-status', 'none');
  await expect(tile.getByTestId('metric-tile-detail')).toContainText('Target 350,000');
  await badge(ad, 'impressions').click();
  const detail = page.getByTestId('metric-detail');
  await expect(detail.getByTestId('metric-detail-target')).toContainText('20,000');
  await expect(detail.getByTestId('metric-detail-goal-scope')).toHaveText('Goal for card Baidu search ad');
  await artefact(page, 'metric-goals-detail-en');
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  // In Chinese: the form's line on where the metric's own goal applies, and the goal row.
  await switchLanguage(page, '简体中文');
  await panel.getByRole('button', { name: '编辑 展示量' }).click();
  const zhDialog = page.getByRole('dialog', { name: '编辑指标' });
  await expect(zhDialog.getByTestId('definition-thresholds-apply')).toContainText('只用于整张地图的数值');
  await expect(zhDialog.getByTestId('goal-row')).toHaveCount(1);
  await expect(zhDialog.getByTestId('goal-row')).toContainText('卡片');
  await expect(zhDialog.getByTestId('goal-target')).toHaveValue('20000');
  await zhDialog.getByTestId('goal-row').scrollIntoViewIfNeeded();
  await artefact(page, 'metric-goals-form-zh');
});
