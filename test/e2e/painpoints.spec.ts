import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addPersona, openDropdown, pickOption } from './support/catalog';
import { addCard, addStage, cardByTitle, cellOfCard, header as stageHeader, laneNames, selectCard, waitSaved } from './support/editor';
import { createMap, createProject, pickPath } from './support/home';
import { switchLanguage } from './support/language';

/**
 * Pain points from the inspector to the table and the exported file. Lanes of
 * the starter map: 1 touchpoints, 4 pain points, 5 opportunities. Priorities
 * (100 × severity/5 × frequency/4 × reach/100 ÷ effort), worked out by hand:
 *   Hidden fees  5, always 4, 80 %, S 1  -> 80
 *   登录太复杂     4, assumed sometimes 2, 50 %, M 2 -> 10
 *   Slow delivery 5, rare 1, 20 %, L 3   -> 1.7
 *   =SUM(A1)      not rated              -> no score, last
 */

const TOUCHPOINTS = 1;
const PAINS = 4;
const OPPORTUNITIES = 5;
const CHINESE = '登录太复杂';
const FORMULA = '=SUM(A1)';
const ARTEFACTS = 'test-results/artefacts';

const painFields = (page: Page) => page.getByTestId('pain-fields');
const table = (page: Page) => page.getByTestId('pain-table').first();
const rowTitles = (scope: Locator) => scope.getByTestId('pain-row-title').allTextContents();
const tableRow = (scope: Locator, title: string) => scope.locator('tr.ant-table-row').filter({ has: scope.page().getByTestId('pain-row-title').getByText(title, { exact: true }) });
const header = (scope: Locator, name: string) => scope.locator('th').filter({ hasText: new RegExp(`^${name}$`) });

/** Types into a committing text field of the inspector and commits it with Enter (single line) or Tab (multi-line). */
async function commitText(page: Page, id: string, text: string, key: 'Enter' | 'Tab' = 'Enter'): Promise<void> {
  const field = page.locator(`#${id}`);
  await field.fill(text);
  await field.press(key);
}

async function closeDropdown(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(openDropdown(page)).toHaveCount(0);
}

async function rate(page: Page, title: string, fields: { severity: string; frequency?: string; reach?: string; effort?: string }): Promise<void> {
  await selectCard(page, title);
  await expect(painFields(page)).toBeVisible();
  await pickOption(page, 'pain-severity', fields.severity);
  if (fields.frequency) await pickOption(page, 'pain-frequency', fields.frequency);
  if (fields.reach) await commitText(page, 'pain-reach', fields.reach);
  if (fields.effort) await pickOption(page, 'pain-effort', fields.effort);
  await waitSaved(page);
}

test('pain points: every field in the inspector, canvas look, ranked table, filters, bulk edit, export, project table', async ({ page, host }) => {
  test.setTimeout(240000);
  await createProject(page, 'Retail');
  await addPersona(page, { name: 'Mei' });
  await page.getByRole('tab', { name: 'Maps' }).click();
  await createMap(page, 'Checkout');
  await addCard(page, { stageIndex: 2, laneIndex: TOUCHPOINTS }, 'Checkout page');
  await addCard(page, { stageIndex: 2, laneIndex: PAINS }, 'Hidden fees');
  await addCard(page, { stageIndex: 3, laneIndex: PAINS }, 'Slow delivery');
  await addCard(page, { stageIndex: 1, laneIndex: PAINS }, CHINESE);
  await addCard(page, { stageIndex: 0, laneIndex: PAINS }, FORMULA);
  await addCard(page, { stageIndex: 2, laneIndex: OPPORTUNITIES }, 'Transparent pricing');

  // Every field of one pain point, through the inspector.
  await rate(page, 'Hidden fees', { severity: '5 · Blocks the customer', frequency: 'Always', reach: '80', effort: 'S' });
  await commitText(page, 'pain-impact', 'Carts abandoned at the last step', 'Tab');
  await commitText(page, 'pain-impactMetric', 'Checkout conversion');
  await commitText(page, 'pain-owner', 'Ana');
  await pickOption(page, 'pain-status', 'In progress');
  await pickOption(page, 'pain-evidence', 'Assumed');
  await page.locator('#pain-evidenceSource').fill('Surv');
  await openDropdown(page).getByTitle('Survey', { exact: true }).click();
  await page.locator('#pain-tags').fill('price');
  await page.locator('#pain-tags').press('Enter');
  await page.locator('#pain-tags').fill('trust');
  await page.locator('#pain-tags').press('Enter');
  await closeDropdown(page);
  await pickOption(page, 'pain-about', 'Checkout page · Purchase');
  await pickOption(page, 'card-moment', 'Moment of truth');
  await pickOption(page, 'inspector-card-personas', 'Mei');
  await closeDropdown(page);
  await waitSaved(page);

  const fields = painFields(page);
  await expect(fields.locator('#pain-evidenceSource')).toHaveValue('Survey');
  await expect(fields.getByTestId('priority-score')).toHaveAttribute('data-score', '80');
  await expect(fields.getByTestId('pain-dates')).toContainText('Created');
  await fields.getByTestId('priority-score').hover();
  const explanation = page.getByTestId('priority-explanation');
  await expect(explanation).toContainText('Priority = 100 × (severity ÷ 5) × (frequency ÷ 4) × (reach ÷ 100) ÷ effort');
  await expect(explanation).toContainText('Reach: 80 %');
  await expect(explanation).toContainText('= 80 · Rank 1');
  await expect(page.locator('.ant-popover').filter({ has: explanation })).toHaveCSS('opacity', '1');
  await page.screenshot({ path: `${ARTEFACTS}/painpoints-inspector.png` });
  await page.mouse.move(10, 10);
  await expect(explanation).toBeHidden();
  await fields.locator('#pain-tags').scrollIntoViewIfNeeded();
  await page.getByTestId('inspector').screenshot({ path: `${ARTEFACTS}/painpoints-inspector-fields.png` });

  // The canvas shows severity (strip colour) and evidence level.
  const hidden = cardByTitle(page, 'Hidden fees');
  await expect(hidden).toHaveAttribute('data-evidence', 'assumed');
  await expect(hidden.getByTestId('card-strip')).toHaveCSS('background-color', 'rgb(168, 7, 26)');

  await rate(page, 'Slow delivery', { severity: '5 · Blocks the customer', frequency: 'Rare', reach: '20', effort: 'L' });
  await rate(page, CHINESE, { severity: '4 · Serious' });
  await expect(painFields(page).getByTestId('priority-score')).toHaveAttribute('data-score', '10');

  // An opportunity addressing the pain point, and the links both ways.
  await selectCard(page, 'Transparent pricing');
  await pickOption(page, 'opportunity-addresses', 'Hidden fees');
  await closeDropdown(page);
  await pickOption(page, 'opportunity-status', 'Planned');
  await waitSaved(page);
  await selectCard(page, 'Hidden fees');
  await painFields(page).getByTestId('pain-addressed-by').getByRole('button', { name: 'Select Transparent pricing' }).click();
  await expect(cardByTitle(page, 'Transparent pricing')).toHaveClass(/jc-card--selected/);
  await expect(page.getByTestId('opportunity-addresses-links')).toContainText('Hidden fees');

  // The table, ranked by priority; the switch shows how many pain points there are.
  const viewSwitch = page.getByTestId('editor-view-switch');
  await expect(viewSwitch.getByTestId('pain-count')).toHaveText('Pain points (4)');
  await page.keyboard.press('Control+Shift+T');
  const grid = table(page);
  await expect(grid).toBeVisible();
  await expect.poll(() => rowTitles(grid)).toEqual(['Hidden fees', CHINESE, 'Slow delivery', FORMULA]);
  const hiddenRow = tableRow(grid, 'Hidden fees');
  await expect(hiddenRow).toContainText('Purchase');
  await expect(hiddenRow).toContainText('80 %');
  await expect(hiddenRow.getByRole('combobox', { name: 'Owner' })).toHaveValue('Ana');
  await expect(hiddenRow).toContainText('Mei');
  await expect(hiddenRow).toContainText('price');
  await expect(hiddenRow).toContainText('Transparent pricing');
  await expect(hiddenRow).toContainText('Assumed');

  // Sort by severity (ties keep the higher priority first), then back to priority.
  await header(grid, 'Severity').click();
  await expect.poll(() => rowTitles(grid)).toEqual(['Hidden fees', 'Slow delivery', CHINESE, FORMULA]);
  await header(grid, 'Severity').click();
  await expect.poll(() => rowTitles(grid)).toEqual([CHINESE, 'Hidden fees', 'Slow delivery', FORMULA]);
  await header(grid, 'Priority').click();
  await expect.poll(() => rowTitles(grid)).toEqual(['Hidden fees', CHINESE, 'Slow delivery', FORMULA]);
  await header(grid, 'Priority').click();
  await expect.poll(() => rowTitles(grid)).toEqual(['Slow delivery', CHINESE, 'Hidden fees', FORMULA]);
  await header(grid, 'Priority').click();

  // Filter by severity 5, then by persona.
  await header(grid, 'Severity').locator('.ant-table-filter-trigger').click();
  const filterMenu = page.locator('.ant-table-filter-dropdown').last();
  await filterMenu.getByText('5 · Blocks the customer', { exact: true }).click();
  await filterMenu.getByRole('button', { name: 'OK' }).click();
  await expect.poll(() => rowTitles(grid)).toEqual(['Hidden fees', 'Slow delivery']);
  await expect(grid.getByTestId('pain-table-count')).toHaveText('2 of 4 pain points');
  await grid.getByRole('button', { name: 'Clear filters' }).click();
  await header(grid, 'Personas').locator('.ant-table-filter-trigger').click();
  await page.locator('.ant-table-filter-dropdown').last().getByText('Mei', { exact: true }).click();
  await page.locator('.ant-table-filter-dropdown').last().getByRole('button', { name: 'OK' }).click();
  await expect.poll(() => rowTitles(grid)).toEqual(['Hidden fees']);
  await grid.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => rowTitles(grid)).toHaveLength(4);

  // Inline edit: rating the formula-looking one gives it a score (100 × 0.2 × 0.5 × 0.5 ÷ 2 = 2.5) and moves it up.
  await tableRow(grid, FORMULA).getByRole('combobox', { name: 'Severity' }).click();
  await openDropdown(page).getByTitle('1 · Minor annoyance', { exact: true }).click();
  await expect.poll(() => rowTitles(grid)).toEqual(['Hidden fees', CHINESE, FORMULA, 'Slow delivery']);

  // Bulk edit: two rows solved in one undoable step.
  await tableRow(grid, 'Slow delivery').getByRole('checkbox').check();
  await tableRow(grid, CHINESE).getByRole('checkbox').check();
  const bulk = page.getByTestId('pain-bulk-bar');
  await expect(bulk).toContainText('2 selected');
  await bulk.getByRole('combobox', { name: 'Set status' }).click();
  await openDropdown(page).getByTitle('Solved', { exact: true }).click();
  const statusOf = (title: string) => tableRow(grid, title).locator('.ant-select').filter({ has: page.getByRole('combobox', { name: 'Status' }) });
  await expect(statusOf('Slow delivery')).toContainText('Solved');
  await expect(statusOf(CHINESE)).toContainText('Solved');
  await expect(statusOf('Hidden fees')).toContainText('In progress');
  await waitSaved(page);
  await grid.getByTestId('pain-table-count').click();
  await page.keyboard.press('Control+z');
  await expect(statusOf('Slow delivery')).toContainText('Open');
  await expect(statusOf(CHINESE)).toContainText('Open');
  await page.keyboard.press('Control+Shift+z');
  await expect(statusOf('Slow delivery')).toContainText('Solved');
  await expect(statusOf(CHINESE)).toContainText('Solved');
  await waitSaved(page);
  await page.screenshot({ path: `${ARTEFACTS}/painpoints-table.png` });

  // A row's title shows its card in the inspector, next to the table.
  await tableRow(grid, 'Slow delivery').getByTestId('pain-row-title').click();
  await expect(painFields(page).getByTestId('priority-score')).toHaveAttribute('data-score', '1.7');

  // Export CSV: BOM, translated headers, numbers as numbers, Chinese text, formula neutralised.
  const csvPath = path.join(host.projectsDir, 'pains.csv');
  await grid.getByRole('button', { name: 'Export CSV' }).click();
  await pickPath(page, 'Export pain points', csvPath);
  await expect(page.getByText(`Exported 4 rows to ${csvPath}`)).toBeVisible();
  const bytes = fs.readFileSync(csvPath);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]!.startsWith('Title,Stage(s),Severity,Frequency,Reach %,Effort,Priority,Status,Owner,Evidence,Personas,Segments,Tags,Opportunities,Updated,Description,About')).toBe(true);
  expect(lines[1]).toMatch(/^Hidden fees,Purchase,5,Always,80,S,80,In progress,Ana,Assumed,Mei,,"price, trust",Transparent pricing,\d{4}-\d\d-\d\dT[^,]+,,Checkout page,Carts abandoned at the last step,Checkout conversion,Survey,/);
  expect(lines[2]).toMatch(new RegExp(`^${CHINESE},Consider,4,,,,10,Solved,`));
  expect(lines[3]).toMatch(/^'=SUM\(A1\),Aware,1,,,,2.5,Open,/);
  expect(lines.filter((line) => line !== '')).toHaveLength(5);

  const xlsxPath = path.join(host.projectsDir, 'pains.xlsx');
  await grid.getByRole('button', { name: 'Export XLSX' }).click();
  await pickPath(page, 'Export pain points', xlsxPath);
  await expect(page.getByText(`Exported 4 rows to ${xlsxPath}`)).toBeVisible();
  expect(fs.readFileSync(xlsxPath).subarray(0, 2).toString('latin1')).toBe('PK');

  // "Open in canvas" goes back to the canvas with the card selected.
  await tableRow(grid, 'Slow delivery').getByRole('button', { name: 'Open in canvas: Slow delivery' }).click();
  await expect(grid).toBeHidden();
  await expect(cardByTitle(page, 'Slow delivery')).toHaveClass(/jc-card--selected/);

  // A second map, then the project-wide table.
  await page.getByRole('button', { name: 'Back to project' }).click();
  await createMap(page, 'Returns');
  await addCard(page, { stageIndex: 4, laneIndex: PAINS }, 'Refund takes weeks');
  await rate(page, 'Refund takes weeks', { severity: '3 · Frustrating', frequency: 'Often', reach: '30', effort: 'M' });
  await page.getByRole('button', { name: 'Back to project' }).click();
  await page.getByRole('tab', { name: 'Pain points' }).click();
  const project = page.getByTestId('project-pain-points');
  // Refund takes weeks: 100 × 0.6 × 0.75 × 0.3 ÷ 2 = 6.75 -> 6.8, between 10 and 2.5.
  await expect.poll(() => rowTitles(project)).toEqual(['Hidden fees', CHINESE, 'Refund takes weeks', FORMULA, 'Slow delivery']);
  await expect(tableRow(project, 'Refund takes weeks')).toContainText('Returns');
  await header(project, 'Map').locator('.ant-table-filter-trigger').click();
  await page.locator('.ant-table-filter-dropdown').last().getByText('Returns', { exact: true }).click();
  await page.locator('.ant-table-filter-dropdown').last().getByRole('button', { name: 'OK' }).click();
  await expect.poll(() => rowTitles(project)).toEqual(['Refund takes weeks']);
  await tableRow(project, 'Refund takes weeks').getByRole('combobox', { name: 'Status' }).click();
  await openDropdown(page).getByTitle('In progress', { exact: true }).click();
  await expect(tableRow(project, 'Refund takes weeks').locator('.ant-select').filter({ has: page.getByRole('combobox', { name: 'Status' }) })).toContainText('In progress');
  await project.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => rowTitles(project)).toHaveLength(5);
  await page.screenshot({ path: `${ARTEFACTS}/painpoints-project.png` });

  await tableRow(project, 'Refund takes weeks').getByRole('button', { name: 'Open in canvas: Refund takes weeks' }).click();
  await expect(page.getByTestId('map-editor')).toBeVisible();
  await expect(cardByTitle(page, 'Refund takes weeks')).toHaveClass(/jc-card--selected/);
  await expect(painFields(page).locator('#pain-status')).toBeAttached();
  await expect(painFields(page).locator('.ant-select').filter({ has: page.locator('#pain-status') })).toContainText('In progress');

  // The same table in Chinese.
  await page.getByRole('button', { name: 'Back to project' }).click();
  await page.getByRole('tab', { name: 'Pain points' }).click();
  await switchLanguage(page, '简体中文');
  await expect(header(project, '优先级')).toBeVisible();
  await expect(project.getByTestId('pain-table-count')).toHaveText('显示 5 / 共 5 个痛点');
  await page.screenshot({ path: `${ARTEFACTS}/painpoints-project-zh.png` });
});

test('"Add pain point" on a map without a pain-points lane adds the lane and the card in one undoable step', async ({ page }) => {
  await createProject(page, 'Clinic');
  await createMap(page, 'Visit', { starter: false });
  await addStage(page, 'Arrive');
  await addStage(page, 'Wait');
  await expect(page.getByTestId('editor-view-switch').getByTestId('pain-count')).toHaveText('Pain points (0)');
  await page.getByTestId('editor-view-switch').getByText('Pain points (0)').click();
  const grid = table(page);
  await expect(grid).toContainText('No pain points yet');

  await grid.getByRole('button', { name: 'Add pain point' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add pain point' });
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toContainText('Give the pain point a title');
  await dialog.getByLabel('Title').fill('Queue too long');
  await dialog.getByLabel('Stage').click();
  await openDropdown(page).getByTitle('Wait', { exact: true }).click();
  await dialog.getByLabel('Severity').click();
  await openDropdown(page).getByTitle('4 · Serious', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => rowTitles(grid)).toEqual(['Queue too long']);
  await expect(tableRow(grid, 'Queue too long')).toContainText('Wait');
  // 100 × 0.8 × 0.5 × 0.5 ÷ 2 with frequency, reach and effort assumed.
  await expect(tableRow(grid, 'Queue too long').getByTestId('priority-score')).toHaveAttribute('data-score', '10');
  await waitSaved(page);

  await page.getByTestId('editor-view-switch').getByText('Canvas').click();
  await expect.poll(() => laneNames(page)).toEqual(['Pain points']);
  expect(await cellOfCard(page, 'Queue too long')).toEqual({ stageIndex: 1, laneIndex: 0 });

  await page.keyboard.press('Control+z');
  await expect.poll(() => laneNames(page)).toEqual([]);
  await expect(cardByTitle(page, 'Queue too long')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => laneNames(page)).toEqual(['Pain points']);
  await expect(cardByTitle(page, 'Queue too long')).toBeVisible();

  // A stage marked as a moment in its inspector.
  await stageHeader(page, 'stage', 'Wait').locator('.jc-stage__name').click();
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-subject', 'stage');
  await pickOption(page, 'stage-moment', 'Aha moment');
  await expect(page.locator('.ant-select').filter({ has: page.locator('#stage-moment') })).toContainText('Aha moment');
  await waitSaved(page);
});
