import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cell, header, laneNames, stageNames } from './support/editor';
import { createMap, createProject } from './support/home';

const position = (page: Page) => page.getByTestId('presentation-position');

/** Names of the stage headers not dimmed by presentation mode. */
const litStages = (page: Page) => page.locator('[data-testid="stage-header"]:not(.jc-stage--dimmed) .jc-stage__name').allTextContents();

test('presents the map stage by stage with the keyboard, hides lanes for the room, and gives the filter back on exit', async ({ page }) => {
  await createProject(page, 'Workshop');
  await createMap(page, 'Onboarding');
  const stages = await stageNames(page);
  expect(stages).toHaveLength(6);

  // The user's own filter hides the thoughts lane.
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByRole('checkbox', { name: 'Thoughts' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(header(page, 'lane', 'Thoughts')).toHaveCount(0);
  const cardsBefore = await page.getByTestId('card').count();

  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByTestId('presentation-chrome')).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Map editor toolbar' })).toBeHidden();
  await expect(page.getByTestId('inspector')).toBeHidden();
  await expect(position(page)).toHaveText(`Stage 1 of 6 · ${stages[0]}`);
  await expect.poll(() => litStages(page)).toEqual([stages[0]]);
  await expect(header(page, 'lane', 'Thoughts')).toHaveCount(0);

  // Right, Down, Space and PageDown step forward; the last stage is where it stops.
  const forward = ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'ArrowRight'];
  for (const [i, key] of forward.entries()) {
    await page.keyboard.press(key);
    await expect(position(page)).toHaveText(`Stage ${i + 2} of 6 · ${stages[i + 1]}`);
    await expect.poll(() => litStages(page)).toEqual([stages[i + 1]]);
  }
  await page.keyboard.press('ArrowRight');
  await expect(position(page)).toHaveText(`Stage 6 of 6 · ${stages[5]}`);
  await page.keyboard.press('Home');
  await expect(position(page)).toHaveText(`Stage 1 of 6 · ${stages[0]}`);
  await page.keyboard.press('End');
  await expect(position(page)).toHaveText(`Stage 6 of 6 · ${stages[5]}`);
  for (const [i, key] of ['ArrowLeft', 'ArrowUp', 'PageUp'].entries()) {
    await page.keyboard.press(key);
    await expect(position(page)).toHaveText(`Stage ${5 - i} of 6 · ${stages[4 - i]}`);
  }

  // The current stage is in the middle of the screen, larger than when editing.
  const current = header(page, 'stage', stages[2]!);
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await expect
    .poll(async () => {
      const box = (await current.boundingBox())!;
      return Math.abs(box.x + box.width / 2 - (pane.x + pane.width / 2)) < 4 && box.width >= 248 * 1.25 - 1;
    })
    .toBe(true);

  // Hide a lane for the room.
  await page.getByTestId('presentation-chrome').getByRole('button', { name: 'Lanes' }).click();
  await page.getByRole('checkbox', { name: 'Backstage' }).uncheck();
  await expect(header(page, 'lane', 'Backstage')).toHaveCount(0);
  await page.getByTestId('presentation-chrome').getByRole('button', { name: 'Lanes' }).click();
  await page.screenshot({ path: 'test-results/artefacts/presentation.png' });

  // Nothing can be edited: a double-click on a cell adds no card.
  const spot = (await cell(page, { stageIndex: 2, laneIndex: 0 }).boundingBox())!;
  await page.mouse.dblclick(spot.x + spot.width / 2, spot.y + spot.height - 10);
  await expect(page.getByTestId('card-title-input')).toHaveCount(0);
  expect(await page.getByTestId('card').count()).toBe(cardsBefore);

  // Escape leaves: the toolbar is back, the user's own filter too (Thoughts hidden, Backstage shown).
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation-chrome')).toHaveCount(0);
  await expect(page.getByRole('toolbar', { name: 'Map editor toolbar' })).toBeVisible();
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect.poll(() => laneNames(page)).toContain('Backstage');
  expect(await laneNames(page)).not.toContain('Thoughts');
  await expect(page.locator('.jc-stage--dimmed')).toHaveCount(0);
});

test('F5 starts presenting at the stage of the selected card, and the exit button leaves', async ({ page }) => {
  await createProject(page, 'Workshop');
  await createMap(page, 'Onboarding');
  const stages = await stageNames(page);
  await header(page, 'stage', stages[3]!).locator('.jc-stage__name').click();
  await page.keyboard.press('F5');
  await expect(position(page)).toHaveText(`Stage 4 of 6 · ${stages[3]}`);
  await page.getByRole('button', { name: 'Exit' }).click();
  await expect(page.getByTestId('presentation-chrome')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByTestId('presentation-chrome')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('toolbar', { name: 'Map editor toolbar' })).toBeVisible();
});
