import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pickOption } from './support/catalog';
import { addCard, addLane, addStage, cardByTitle, connectCards, header, selectCard, selectedCardTitles, waitSaved } from './support/editor';
import { acceptGap, activeTab, gapRows, gapsPanel, ruleSwitch, showGapsTab } from './support/gaps';
import { createMap, createProject, pickPath } from './support/home';
import { switchLanguage } from './support/language';
import { reopen } from './support/mapApi';
import { artefact } from './support/workshop';

/**
 * The scenario: a touchpoint no internal step supports is a gap on the
 * canvas and in the panel; a supporting backstage step closes it. Then
 * accepting (undoable), reopening, switching a rule off (kept after a
 * reload), a customer expectation, the report and its CSV export, and the
 * panel in Chinese. Lanes: 0 touchpoints, 1 backstage; stages 0 Find, 1 Collect.
 */

const TOUCHPOINTS = 0;
const BACKSTAGE = 1;
/** Opens or closes the inspector with its toolbar toggle. */
async function setInspector(page: Page, open: boolean): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Inspector', exact: true });
  if ((await toggle.getAttribute('aria-pressed')) !== String(open)) await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', String(open));
}

const stageGapCount = (page: Page, stage: string) => header(page, 'stage', stage).getByTestId('stage-gap-count');

test('gaps: shown on the canvas and in the panel, closed by a supporting step, accepted, rules, expectations, report and export', async ({ page, host }) => {
  await createProject(page, 'Retail');
  await createMap(page, 'Store pickup', { starter: false });
  await addStage(page, 'Find');
  await addStage(page, 'Collect');
  await addLane(page, 'Touchpoints');
  await addLane(page, 'Backstage');
  // Room for the map between the gap panel and the canvas edge: the inspector opens again for the expectation.
  await setInspector(page, false);
  const open = await showGapsTab(page, 'Open');
  await expect(open.getByTestId('gaps-empty')).toContainText('No gaps found.');
  await page.getByRole('button', { name: 'Fit view' }).click();

  // A touchpoint that nothing internal supports: a gap on the card, the stage header, the toolbar badge and the panel.
  await addCard(page, { stageIndex: 1, laneIndex: TOUCHPOINTS }, 'Pickup notice');
  await expect(cardByTitle(page, 'Pickup notice')).toHaveAttribute('data-gap-severity', 'medium');
  await expect(stageGapCount(page, 'Collect')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('panel-toggle-gaps')).toHaveAttribute('data-count', '1');
  await expect(gapRows(page)).toHaveCount(1);
  const unsupported = gapRows(page, 'unsupportedTouchpoint');
  await expect(unsupported.getByTestId('gap-severity')).toHaveText('Medium');
  await expect(unsupported.getByTestId('gap-rule')).toHaveText('Unsupported touchpoint');
  await expect(unsupported.getByTestId('gap-stage')).toHaveText('Collect');
  await expect(unsupported.getByTestId('gap-why')).toHaveText('“Pickup notice” at Collect is customer-facing, but no frontstage, backstage or support step supports it.');
  await artefact(page, 'gaps-unsupported-touchpoint');

  // A backstage step in the same stage, connected as "supports" (the kind the menu proposes), closes it.
  await addCard(page, { stageIndex: 1, laneIndex: BACKSTAGE }, 'Picks the order');
  await expect(gapRows(page, 'orphanProcess')).toHaveCount(1);
  await connectCards(page, 'Picks the order', 'Pickup notice');
  await expect(gapRows(page)).toHaveCount(0);
  await expect(open.getByTestId('gaps-empty')).toContainText('No gaps found.');
  await expect(open.getByTestId('gaps-empty')).toContainText('10 rules ran');
  await expect(cardByTitle(page, 'Pickup notice')).not.toHaveAttribute('data-gap-severity');
  await expect(stageGapCount(page, 'Collect')).toHaveCount(0);
  await expect(page.getByTestId('panel-toggle-gaps')).toHaveAttribute('data-count', '0');
  await artefact(page, 'gaps-closed');

  // An internal step supporting nothing: clicking its row selects it on the map; accepting it hides it, Ctrl+Z brings it back.
  await addCard(page, { stageIndex: 0, laneIndex: BACKSTAGE }, 'Restock shelves');
  const orphan = gapRows(page, 'orphanProcess');
  await expect(orphan.getByTestId('gap-why')).toHaveText('“Restock shelves” (Backstage, Find) supports nothing the customer sees and leads to no step that does.');
  await orphan.getByTestId('gap-why').click();
  await expect.poll(() => selectedCardTitles(page)).toEqual(['Restock shelves']);
  await acceptGap(page, orphan, 'Runs for the whole store, not one journey');
  await expect(gapRows(page)).toHaveCount(0);
  await expect(cardByTitle(page, 'Restock shelves')).not.toHaveAttribute('data-gap-severity');
  await showGapsTab(page, 'Accepted');
  await expect(gapRows(page, 'orphanProcess').getByTestId('gap-acceptance')).toContainText('Reason: Runs for the whole store, not one journey');
  await waitSaved(page);
  await page.keyboard.press('Control+z');
  await expect(gapRows(page)).toHaveCount(0);
  await showGapsTab(page, 'Open');
  await expect(gapRows(page, 'orphanProcess')).toHaveCount(1);
  await expect(cardByTitle(page, 'Restock shelves')).toHaveAttribute('data-gap-severity', 'low');

  // Accepted again, then reopened from the Accepted tab.
  await acceptGap(page, gapRows(page, 'orphanProcess'), 'Shared across journeys');
  const accepted = await showGapsTab(page, 'Accepted');
  await gapRows(page, 'orphanProcess').getByRole('button', { name: /^Reopen gap/ }).click();
  await expect(accepted.getByTestId('gaps-accepted-empty')).toBeVisible();
  await showGapsTab(page, 'Open');
  await expect(gapRows(page, 'orphanProcess')).toHaveCount(1);

  // Switching the rule off removes its gaps from the panel and the canvas, and stays off after a reload.
  await showGapsTab(page, 'Rules');
  await ruleSwitch(page, 'Orphan process').click();
  await expect(ruleSwitch(page, 'Orphan process')).not.toBeChecked();
  await artefact(page, 'gaps-rules');
  await expect(cardByTitle(page, 'Restock shelves')).not.toHaveAttribute('data-gap-severity');
  await expect(stageGapCount(page, 'Find')).toHaveCount(0);
  await showGapsTab(page, 'Open');
  await expect(gapRows(page, 'orphanProcess')).toHaveCount(0);
  await waitSaved(page);
  await reopen(page);
  await showGapsTab(page, 'Rules');
  await expect(ruleSwitch(page, 'Orphan process')).not.toBeChecked();
  await expect(ruleSwitch(page, 'Unsupported touchpoint')).toBeChecked();
  await showGapsTab(page, 'Open');
  await expect(gapRows(page)).toHaveCount(0);

  // A customer expectation nobody delivers is a high gap; paired with a step marked "not met" it stays one; "met" closes it.
  // (Nothing supports this touchpoint either, so it also stays an unsupported touchpoint: the report's open gap.)
  await addCard(page, { stageIndex: 0, laneIndex: TOUCHPOINTS }, 'Ready within 2 hours');
  await selectCard(page, 'Ready within 2 hours');
  await setInspector(page, true);
  await page.getByTestId('expectation-fields').getByRole('switch').click();
  const expectationGap = gapRows(page, 'expectationGap');
  await expect(expectationGap.getByTestId('gap-why')).toHaveText('The customer expects “Ready within 2 hours” at Find, but no internal step is set to deliver it.');
  await expect(expectationGap.getByTestId('gap-severity')).toHaveText('High');
  await expect(cardByTitle(page, 'Ready within 2 hours')).toHaveAttribute('data-gap-severity', 'high');
  await pickOption(page, 'expectation-deliveredBy', 'Picks the order — Backstage · Collect');
  await pickOption(page, 'expectation-status', 'Not met');
  await expect(expectationGap.getByTestId('gap-why')).toHaveText('The customer expects “Ready within 2 hours” at Find, and “Picks the order” does not deliver it.');
  await artefact(page, 'gaps-expectation');
  await pickOption(page, 'expectation-status', 'Met');
  await expect(expectationGap).toHaveCount(0);
  await expect(cardByTitle(page, 'Ready within 2 hours')).toHaveAttribute('data-gap-severity', 'medium');

  // One more gap, accepted, for the report: per-stage counts of the open gaps and the exported list of all.
  await setInspector(page, false);
  await addCard(page, { stageIndex: 0, laneIndex: TOUCHPOINTS }, 'Parking sign');
  await acceptGap(page, gapRows(page, 'unsupportedTouchpoint').filter({ hasText: 'Parking sign' }), 'Owned by the mall');
  const report = await showGapsTab(page, 'Report');
  const findRow = report.getByTestId('report-stage').filter({ hasText: 'Find' });
  await expect(report.getByTestId('report-stage')).toHaveText([/^Find/, /^Collect/]);
  await expect(report.getByTestId('report-stage').filter({ hasText: 'Collect' }).getByTestId('report-total')).toHaveText('0');
  await expect(findRow.getByTestId('report-medium')).toHaveText('1');
  await expect(findRow.getByTestId('report-high')).toHaveText('0');
  await expect(findRow.getByTestId('report-total')).toHaveText('1');
  await expect(report.getByTestId('report-gap')).toHaveCount(2);
  await artefact(page, 'gaps-report');

  const csvPath = path.join(host.projectsDir, 'gaps.csv');
  await report.getByRole('button', { name: 'Export CSV' }).click();
  await pickPath(page, 'Export gap report', csvPath);
  await expect(page.getByText(`Exported 2 rows to ${csvPath}`)).toBeVisible();
  const lines = fs.readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(lines).toHaveLength(3);
  expect(lines[0]).toBe('Severity,Rule,Stage,Explanation,Cards,Accepted,Reason,Accepted by,Accepted at');
  expect(lines[1]).toBe('Medium,Unsupported touchpoint,Find,"“Ready within 2 hours” at Find is customer-facing, but no frontstage, backstage or support step supports it.",Ready within 2 hours,No,,,');
  expect(lines[2]).toMatch(/^Medium,Unsupported touchpoint,Find,"“Parking sign” at Find .*",Parking sign,Yes,Owned by the mall,,"?\w{3} \d+, \d{4}/);

  // The panel in Chinese.
  await switchLanguage(page, '简体中文');
  await gapsPanel(page).getByRole('tab', { name: /^未处理/ }).click();
  await expect(activeTab(page).getByTestId('gap-rule')).toHaveText('无支撑的触点');
  await expect(activeTab(page).getByTestId('gap-why')).toHaveText('Find阶段的“Ready within 2 hours”面向客户，但没有任何前台、后台或支持流程步骤支撑它。');
  await artefact(page, 'gaps-panel-zh');
});
