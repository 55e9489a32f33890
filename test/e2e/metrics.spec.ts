import type { Locator, Page } from '@playwright/test';
import type { Command } from '../../src/commands/schemas';
import { expect, test } from './fixtures';
import { openDropdown } from './support/catalog';
import { cardByTitle, selectCard, waitSaved } from './support/editor';
import { createMap, createProject } from './support/home';
import { switchLanguage } from './support/language';
import { applyToMap, reopen, savedMap } from './support/mapApi';
import { importFile, saveDefinition, writeCsv } from './support/metricsApi';
import { artefact } from './support/workshop';

/**
 * Metrics on the map, from real imports: badges on touchpoints matched by
 * UTM fields, a metrics-lane tile, the period and segment selectors, the
 * funnel, provenance, the UTM builder and stage velocity. Every number below
 * is worked out by hand from the CSV files written here.
 */

const AD_URL = 'https://shop.example.com/landing?utm_source=baidu&utm_medium=cpc&utm_campaign=spring';

/** A blank map with four stages named like the files' keys, a touchpoints lane and a metrics lane. */
async function seedMap(page: Page): Promise<void> {
  await createProject(page, 'Metrics');
  await createMap(page, 'Shop funnel', { starter: false });
  await waitSaved(page);
  const stages = ['Awareness', 'Visit', 'Sign-up', 'Purchase'].map((name, i) => ({ id: `s${i + 1}`, name }));
  const commands: Command[] = [
    ...stages.map((stage, index): Command => ({ name: 'stage.add', args: { stage, index } })),
    { name: 'lane.add', args: { lane: { id: 'touch', name: 'Touchpoints', type: 'touchpoints' }, index: 0 } },
    { name: 'lane.add', args: { lane: { id: 'numbers', name: 'Numbers', type: 'metrics' }, index: 1 } },
    {
      name: 'card.add',
      args: {
        cards: [
          { id: 'ad', stageId: 's1', laneId: 'touch', order: 0, title: 'Baidu search ad', url: AD_URL },
          { id: 'article', stageId: 's2', laneId: 'touch', order: 0, title: 'WeChat article', url: 'https://shop.example.com/article' },
          { id: 'tile', stageId: 's2', laneId: 'numbers', order: 0, title: 'Visitors', metricKey: 'visitors' },
          { id: 'plainTile', stageId: 's3', laneId: 'numbers', order: 0, title: 'Sign-ups' },
        ],
      },
    },
  ];
  await applyToMap(page, commands);
  const map = await savedMap(page);
  // A blank map may start with stages of its own: the seeded ones must be the only ones, in order.
  const extra = map.stages.filter((s) => !stages.some((seeded) => seeded.id === s.id));
  if (extra.length > 0) await applyToMap(page, extra.map((s): Command => ({ name: 'stage.delete', args: { id: s.id } })));
}

/** Visitors per stage and segment, February and March 2026 (all segments: 8000/3200/800/200 and 10000/4000/1000/250). */
const STAGE_ROWS = [
  'month,stage,segment,visitors',
  '2026-02,Awareness,New,6000',
  '2026-02,Awareness,Returning,2000',
  '2026-02,Visit,New,2500',
  '2026-02,Visit,Returning,700',
  '2026-02,Sign-up,New,500',
  '2026-02,Sign-up,Returning,300',
  '2026-02,Purchase,New,80',
  '2026-02,Purchase,Returning,120',
  '2026-03,Awareness,New,7000',
  '2026-03,Awareness,Returning,3000',
  '2026-03,Visit,New,3000',
  '2026-03,Visit,Returning,1000',
  '2026-03,Sign-up,New,600',
  '2026-03,Sign-up,Returning,400',
  '2026-03,Purchase,New,100',
  '2026-03,Purchase,Returning,150',
];

/** Ad-platform numbers by UTM fields, with Chinese headers (CTR as the platform wrote it). */
const UTM_ROWS = [
  '月份,utm_source,utm_medium,utm_campaign,展示量,点击量,点击率',
  '2026-02,baidu,cpc,spring,10000,1000,10%',
  '2026-03,baidu,cpc,spring,16000,2000,12.5%',
  '2026-03,wechat,social,,5000,300,6%',
];

async function importAll(page: Page, folder: string): Promise<void> {
  await importFile(page, writeCsv(folder, 'stages.csv', STAGE_ROWS), {
    kind: 'metrics',
    headerRow: 0,
    dayFirst: false,
    skipTotals: true,
    target: { kind: 'stage', column: 1 },
    period: 0,
    segment: 2,
    layout: { layout: 'wide', metrics: [{ column: 3, metric: 'visitors' }] },
  });
  await importFile(page, writeCsv(folder, 'ads.csv', UTM_ROWS), {
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
        { column: 6, metric: 'ctr' },
      ],
    },
  });
  // CTR: 10 % is the target, below 8 % amber, below 5 % red.
  await saveDefinition(page, { key: 'ctr', name: 'CTR', nameZh: '点击率', unit: 'percent', aggregation: 'weightedAverage', weightBy: 'impressions', direction: 'higherIsBetter', target: 0.1, amber: 0.08, red: 0.05 });
  await reopen(page);
}

const badge = (card: Locator, metric: string): Locator => card.locator(`[data-testid="metric-badge"][data-metric="${metric}"]`);

/** Chooses `option` in the select labelled `label` under the toolbar's period-and-segment button, then closes it. */
async function chooseInToolbar(page: Page, label: string, option: string): Promise<void> {
  const button = page.getByTestId('metrics-view-button');
  await button.click();
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await openDropdown(page).last().getByTitle(option, { exact: true }).click();
  await expect(openDropdown(page)).toHaveCount(0);
  await button.click();
  await expect(page.getByTestId('metrics-selectors')).toBeHidden();
}

test('imported metrics show on cards, the metrics lane and the funnel, follow the period and segment, and name their source', async ({ page, host }) => {
  await seedMap(page);
  // Before any import: no selectors, no badges, and the panel says how to bring numbers in.
  await reopen(page);
  await expect(page.getByTestId('metrics-view-button')).toHaveCount(0);
  await page.getByTestId('panel-toggle-metrics').click();
  await expect(page.getByTestId('metrics-empty').first()).toContainText('Use Import in the toolbar');
  await page.getByTestId('panel-toggle-metrics').click();
  await importAll(page, host.projectsDir);
  const ad = cardByTitle(page, 'Baidu search ad');
  const tile = cardByTitle(page, 'Visitors');

  // March, all segments: 16,000 impressions (+60 % on 10,000), 2,000 clicks (+100 %), CTR 12.5 % (+25 % on 10 %) — green against 10 %.
  await expect(page.getByTestId('metrics-view-button')).toHaveAttribute('data-summary', '2026-03');
  await expect(badge(ad, 'impressions')).toContainText('Impressions 16,000 ▲60%');
  await expect(badge(ad, 'clicks')).toContainText('Clicks 2,000 ▲100%');
  await expect(badge(ad, 'ctr')).toContainText('CTR 12.5% ▲25%');
  await expect(badge(ad, 'ctr')).toHaveAttribute('data-status', 'green');
  await expect(page.getByTestId('metric-badge')).toHaveCount(3);

  // The tile: Visit stage, all segments: 3,000 + 1,000 = 4,000, up 25 % on 2,500 + 700 = 3,200; no target.
  await expect(tile.getByTestId('metric-tile-value')).toHaveText('4,000');
  await expect(tile.getByTestId('metric-tile-change')).toHaveText('· ▲25%');
  await expect(tile.getByTestId('metric-tile-detail')).toContainText('No target');
  await expect(cardByTitle(page, 'Sign-ups').getByTestId('metric-tile')).toHaveCount(0);
  await artefact(page, 'metrics-badges-en');

  // February has no earlier month: 3,200 and no change; the badges show February's numbers.
  await chooseInToolbar(page, 'Period', '2026-02');
  await expect(tile.getByTestId('metric-tile-value')).toHaveText('3,200');
  await expect(tile.getByTestId('metric-tile-change')).toHaveCount(0);
  await expect(badge(ad, 'ctr')).toContainText('CTR 10%');
  await expect(badge(ad, 'ctr')).toHaveAttribute('data-status', 'green');

  // Back to the latest month, new visitors only: 3,000, up 20 % on 2,500.
  await chooseInToolbar(page, 'Period', 'Latest (2026-03)');
  await chooseInToolbar(page, 'Segment', 'New');
  await expect(tile.getByTestId('metric-tile-value')).toHaveText('3,000');
  await expect(tile.getByTestId('metric-tile-change')).toHaveText('· ▲20%');

  // The funnel of new visitors in March: 7,000 → 3,000 → 600 → 100: 42.9 %, 20.0 %, 16.7 %.
  await page.getByTestId('panel-toggle-metrics').click();
  const panel = page.getByTestId('workshop-panel');
  const rows = panel.getByTestId('funnel-row');
  await expect(rows).toHaveCount(4);
  await expect(rows.getByTestId('funnel-volume')).toHaveText(['7,000', '3,000', '600', '100']);
  await expect(rows.getByTestId('funnel-conversion')).toHaveText(['42.9%', '20.0%', '16.7%', '—']);
  await expect(rows.getByTestId('funnel-dropoff')).toHaveText(['57.1%', '80.0%', '83.3%', '—']);
  // All segments: 10,000 → 4,000 → 1,000 → 250: 40 %, 25 %, 25 %.
  await chooseInToolbar(page, 'Segment', 'All segments');
  await expect(rows.getByTestId('funnel-conversion')).toHaveText(['40.0%', '25.0%', '25.0%', '—']);
  await expect(rows.getByTestId('funnel-dropoff')).toHaveText(['60.0%', '75.0%', '75.0%', '—']);
  await expect(panel.getByTestId('funnel-formulas')).toContainText('Step conversion = volume of the next step / volume of this step');
  await expect(panel.getByTestId('funnel-formulas')).toContainText('Drop-off = 1 − step conversion');
  await artefact(page, 'metrics-funnel-en');

  // Where the CTR came from: ads.csv, row 3 (the March baidu row under the header).
  await badge(ad, 'ctr').click();
  const detail = page.getByTestId('metric-detail');
  await expect(detail.getByTestId('metric-detail-value')).toHaveText('12.5%');
  await expect(detail.getByTestId('metric-detail-target')).toContainText('10%');
  // Made from the row's counts, 2,000 / 16,000; the file's 12.5 % column agrees and is only checked.
  await expect(detail.getByTestId('metric-detail-formula')).toContainText('CTR = Σ Clicks / Σ Impressions = 2,000 / 16,000');
  await expect(detail.getByTestId('metric-detail-formula')).toContainText('Covers 2026-03-01 – 2026-03-31');
  const sources = detail.getByTestId('provenance-entry');
  await expect(sources).toHaveCount(3);
  await expect(sources.nth(0)).toContainText('Clicks: ads.csv');
  await expect(sources.nth(1)).toContainText('Impressions: ads.csv');
  await expect(sources.nth(2)).toContainText('CTR: ads.csv');
  for (const source of await sources.all()) await expect(source).toContainText('row 3');
  await artefact(page, 'metrics-provenance-en');
  await page.keyboard.press('Escape');

  // The UTM builder tags the article's URL; the WeChat row (CTR 6 %, amber: below 8 %, not below 5 %) then shows on it.
  const article = cardByTitle(page, 'WeChat article');
  await expect(article.getByTestId('metric-badge')).toHaveCount(0);
  await selectCard(page, 'WeChat article');
  const inspector = page.getByTestId('inspector');
  await inspector.getByText('UTM builder').click();
  await expect(inspector.getByLabel('Base URL')).toHaveValue('https://shop.example.com/article');
  await inspector.getByLabel('Source (utm_source)').fill('wechat');
  await inspector.getByLabel('Medium (utm_medium)').fill('social');
  await expect(inspector.getByTestId('utm-result')).toHaveText('https://shop.example.com/article?utm_source=wechat&utm_medium=social');
  await inspector.getByRole('button', { name: "Use as the card's web address" }).click();
  await waitSaved(page);
  expect((await savedMap(page)).cards.article?.url).toBe('https://shop.example.com/article?utm_source=wechat&utm_medium=social');
  await expect(badge(article, 'ctr')).toContainText('CTR 6%');
  await expect(badge(article, 'ctr')).toHaveAttribute('data-status', 'amber');
  await expect(badge(article, 'impressions')).toContainText('Impressions 5,000');
  await artefact(page, 'metrics-utm-en');
  // One undo takes the whole URL back, and the badges go with it.
  await page.keyboard.press('Control+z');
  await expect(article.getByTestId('metric-badge')).toHaveCount(0);
});

test('the metrics-lane tile picks its metric in the inspector; velocity from a transition log; the panel in Chinese', async ({ page, host }) => {
  await seedMap(page);
  await importAll(page, host.projectsDir);
  await importFile(page, writeCsv(host.projectsDir, 'transitions.csv', [
    'lead_id,stage,entered_at',
    'L1,Awareness,2026-01-01',
    'L1,Visit,2026-01-03',
    'L1,Sign-up,2026-01-09',
    'L2,Awareness,2026-01-02',
    'L2,Visit,2026-01-06',
    'L2,Sign-up,2026-01-20',
    'L2,Visit,2026-02-01',
    'L2,Sign-up,2026-02-05',
    'L3,Awareness,2026-02-01',
    'L3,Visit,2026-02-04',
  ]), { kind: 'transitions', headerRow: 0, dayFirst: false, skipTotals: true, entity: 0, stage: 1, timestamp: 2 });
  await reopen(page);

  // A tile without a metric gets one in the inspector: Sign-up, March, all segments: 1,000, up 25 % on 800.
  const signUps = cardByTitle(page, 'Sign-ups');
  await selectCard(page, 'Sign-ups');
  await page.locator('#inspector-card-metric').click();
  await openDropdown(page).last().getByTitle('Visitors', { exact: true }).click();
  await expect(signUps.getByTestId('metric-tile-value')).toHaveText('1,000');
  await expect(signUps.getByTestId('metric-tile-change')).toHaveText('· ▲25%');
  await waitSaved(page);
  expect((await savedMap(page)).cards.plainTile?.metricKey).toBe('visitors');

  // Velocity: Awareness → Visit took 2, 4 and 3 days (average and median 3); L2 went back from Sign-up to Visit once.
  await page.getByTestId('panel-toggle-metrics').click();
  const panel = page.getByTestId('workshop-panel');
  await panel.getByRole('tab', { name: 'Velocity' }).click();
  const moves = panel.getByTestId('velocity-transition');
  await expect(moves.first()).toHaveText('Awareness → Visit: Average days 3 · Median days 3 · Moves 3');
  await expect(panel.getByTestId('velocity-backward')).toContainText('Sign-up → Visit: 1');
  await expect(panel.getByTestId('velocity-current')).toContainText('Visit: 1');
  await expect(panel.getByTestId('velocity-current')).toContainText('Sign-up: 2');
  // The backward move is listed with its days and marked; 1 backward of 7 moves; L2 entered two stages twice: 1 of 3 leads.
  await expect(panel.locator('[data-testid="velocity-transition"][data-direction="backward"]')).toHaveText('↩ BackwardSign-up → Visit: Average days 12 · Median days 12 · Moves 1');
  await expect(panel.getByTestId('velocity-backward-rate')).toHaveText('Backward-move rate 14.3%: 1 backward and 6 forward moves');
  await expect(panel.getByTestId('velocity-reentry-rate')).toContainText('Re-entry rate 33.3%');
  // Days in a stage up to the log's latest time (02-05): L1 in Sign-up since 01-09 (27 d), L2 since 02-05 (0 d).
  await expect(panel.getByTestId('velocity-as-of')).toContainText('2026-02-05');
  await expect(panel.locator('[data-testid="velocity-current-stage"]').filter({ hasText: 'Sign-up' })).toHaveText('Sign-up: 2 · there 13.5 days on average, median 13.5');
  await artefact(page, 'metrics-velocity-en');

  // Derived: the CTR of each UTM row, with its formula on hover.
  await panel.getByRole('tab', { name: 'Derived' }).click();
  const ctrRows = panel.locator('[data-testid="derived-row"][data-metric="ctr"]');
  await expect(ctrRows).toHaveCount(2);
  await expect(ctrRows.filter({ hasText: 'baidu / cpc / spring' })).toContainText('12.5%');
  await expect(ctrRows.filter({ hasText: 'wechat / social' })).toContainText('6%');
  await artefact(page, 'metrics-derived-en');

  // Raising CTR's amber line to 13 % turns the ad's 12.5 % amber.
  const ad = cardByTitle(page, 'Baidu search ad');
  await expect(badge(ad, 'ctr')).toHaveAttribute('data-status', 'green');
  await panel.getByRole('tab', { name: 'Definitions' }).click();
  await panel.getByRole('button', { name: 'Edit CTR' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit metric' });
  await expect(dialog.getByLabel('Amber')).toHaveValue('8');
  await dialog.getByLabel('Amber').fill('13');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(badge(ad, 'ctr')).toHaveAttribute('data-status', 'amber');
  await expect(panel.locator('[data-testid="definition-row"][data-key="ctr"]')).toContainText('13%');
  await artefact(page, 'metrics-definitions-en');

  // The panel's Imports tab lists the three files imported into this map.
  await panel.getByRole('tab', { name: 'Imports' }).click();
  await expect(panel.getByTestId('import-history-item')).toHaveCount(3);
  await expect(panel.getByTestId('import-history-item').filter({ hasText: 'transitions.csv' })).toBeVisible();

  await switchLanguage(page, '简体中文');
  await panel.getByRole('tab', { name: '漏斗' }).click();
  await expect(panel.getByTestId('funnel-formulas')).toContainText('步骤转化率 = 下一步的量 / 本步的量');
  await expect(badge(ad, 'ctr')).toContainText('点击率 12.5% ▲25%');
  await expect(cardByTitle(page, 'Visitors').getByTestId('metric-tile-value')).toHaveText('4,000');
  await artefact(page, 'metrics-zh-CN');
});
