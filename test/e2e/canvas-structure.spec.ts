import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { addCard, cardByTitle, cell, header, headerMenu, laneNames, stageNames, waitSaved } from './support/editor';
import { createMap, createProject } from './support/home';

test.beforeEach(async ({ page }) => {
  await createProject(page, 'Blueprints');
  await createMap(page, 'Store visit', { starter: true });
  await expect.poll(() => stageNames(page)).toHaveLength(6);
});

/** Waits until the last menu has faded out, so the next one is the only one on screen. */
const menusClosed = (page: Page) => expect(page.locator('.ant-dropdown:not(.ant-dropdown-hidden)')).toHaveCount(0);

/** Chooses "Phase ▸ <item>" in the "…" menu of the stage called `stage`. */
async function stagePhaseMenu(page: Page, stage: string, item: string): Promise<void> {
  await menusClosed(page);
  await page.getByRole('button', { name: `Actions for stage ${stage}`, exact: true }).click();
  await page.getByRole('menuitem', { name: /(^|\s)Phase right$/ }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

const top = async (page: Page, testId: string, attr: string, value: string): Promise<number> => {
  const box = await page.locator(`[data-testid="${testId}"][${attr}="${value}"]`).boundingBox();
  if (!box) throw new Error(`${testId} ${value} is not on screen`);
  return box.y + box.height / 2;
};

test('lanes are grouped into the customer and internal views, with the blueprint lines between them', async ({ page }) => {
  await expect(page.locator('[data-testid="lane-group"][data-group="customer"]')).toHaveText('Customer view');
  await expect(page.locator('[data-testid="lane-group"][data-group="internal"]')).toHaveText('Internal view');
  await expect(page.locator('[data-testid="blueprint-line"][data-line="interaction"]')).toContainText('Line of interaction');
  await expect(page.locator('[data-testid="blueprint-line"][data-line="visibility"]')).toContainText('Line of visibility');

  // The lines run on the edges between Opportunities / Frontstage and Frontstage / Backstage.
  const lanes = await laneNames(page);
  const edgeAbove = async (name: string) => (await header(page, 'lane', name).boundingBox())!.y;
  expect(lanes.indexOf('Frontstage')).toBe(lanes.indexOf('Opportunities') + 1);
  expect(Math.abs((await top(page, 'blueprint-line', 'data-line', 'interaction')) - (await edgeAbove('Frontstage')))).toBeLessThan(3);
  expect(Math.abs((await top(page, 'blueprint-line', 'data-line', 'visibility')) - (await edgeAbove('Backstage')))).toBeLessThan(3);

  // Moving Frontstage up among the customer lanes moves the line of interaction with it.
  await headerMenu(page, 'lane', 'Frontstage', 'Move up');
  await expect.poll(async () => Math.abs((await top(page, 'blueprint-line', 'data-line', 'interaction')) - (await edgeAbove('Frontstage')))).toBeLessThan(3);
  await expect(page.locator('[data-testid="lane-group"][data-group="customer"]')).toHaveCount(2);
});

test('phases group stages: added from the stage menu, renamed, moved and removed', async ({ page }) => {
  await stagePhaseMenu(page, 'Aware', 'plus New phase…');
  const input = page.getByRole('textbox', { name: 'Phase name' });
  await input.fill('Attract');
  await input.press('Enter');
  const attract = page.getByTestId('phase-header').filter({ hasText: 'Attract' });
  await expect(attract).toBeVisible();

  // The phase header spans the stages put into it.
  await stagePhaseMenu(page, 'Consider', 'Attract');
  await expect.poll(async () => Math.round((await attract.boundingBox())!.width / (await header(page, 'stage', 'Aware').boundingBox())!.width)).toBe(2);

  await stagePhaseMenu(page, 'Use', 'plus New phase…');
  await page.getByRole('textbox', { name: 'Phase name' }).fill('Keep');
  await page.getByRole('textbox', { name: 'Phase name' }).press('Enter');
  const phaseNames = () => page.getByTestId('phase-header').allInnerTexts();
  await expect.poll(phaseNames).toEqual(['Attract', 'Keep']);

  await menusClosed(page);
  await page.getByRole('button', { name: 'Actions for phase Keep', exact: true }).click();
  await page.getByRole('menuitem', { name: /Move left$/ }).click();
  await expect.poll(phaseNames).toEqual(['Keep', 'Attract']);
  await expect.poll(async () => (await stageNames(page))[0]).toBe('Use');

  // Clicking a phase header selects it for the inspector; clicking the empty canvas selects nothing.
  await attract.locator('.jc-phase__name').click();
  await expect(attract).toHaveClass(/jc-phase--selected/);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(attract).not.toHaveClass(/jc-phase--selected/);

  await menusClosed(page);
  await page.getByRole('button', { name: 'Actions for phase Attract', exact: true }).click();
  await page.getByRole('menuitem', { name: /Remove phase/ }).click();
  await expect.poll(phaseNames).toEqual(['Keep']);
  await waitSaved(page);
});

test('double-clicking an emotions lane adds no card', async ({ page }) => {
  const lanes = await laneNames(page);
  const emotions = lanes.indexOf('Emotions');
  await addCard(page, { stageIndex: 0, laneIndex: 0 }, 'Walks in');
  const box = (await cell(page, { stageIndex: 2, laneIndex: emotions }).boundingBox())!;
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height - 6);
  await expect(page.getByTestId('card-title-input')).toHaveCount(0);
  await expect(page.getByTestId('card')).toHaveCount(1);
  await expect(cardByTitle(page, 'Walks in')).toBeVisible();
});
