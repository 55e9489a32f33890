import { expect, test } from './fixtures';
import { addCard, cardByTitle, cellOfCard, selectCard, selectedCardTitles, waitSaved } from './support/editor';
import { createMap, createProject } from './support/home';

const POSTER = 'Sees a poster';
const QUEUE = 'Waits in the queue';

test.beforeEach(async ({ page }) => {
  await createProject(page, 'Shortcuts');
  await createMap(page, 'Keyboard map', { starter: true });
  await addCard(page, { stageIndex: 0, laneIndex: 0 }, POSTER);
});

test('Escape clears the selection; Ctrl+D duplicates, Delete deletes, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo', async ({ page }) => {
  // A new card is selected so it can be typed into; Escape lets go of it.
  await expect.poll(() => selectedCardTitles(page)).toEqual([POSTER]);
  await page.keyboard.press('Escape');
  await expect.poll(() => selectedCardTitles(page)).toEqual([]);

  await selectCard(page, POSTER);
  await page.keyboard.press('Control+d');
  await expect(cardByTitle(page, POSTER)).toHaveCount(2);
  // The copy, not its original, becomes the selection.
  await expect.poll(() => selectedCardTitles(page)).toEqual([POSTER]);
  const copyId = await page.locator('[data-testid="card"].jc-card--selected').getAttribute('data-card-id');
  const copy = page.locator(`[data-testid="card"][data-card-id="${copyId}"]`);
  await expect(copy).toBeVisible();

  await page.keyboard.press('Delete');
  await expect(cardByTitle(page, POSTER)).toHaveCount(1);
  await expect(copy).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(copy).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(copy).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(copy).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(copy).toHaveCount(0);
  await expect(cardByTitle(page, POSTER)).toHaveCount(1);
  await waitSaved(page);
});

test('arrow keys move the selected card to the next stage or lane, and stop at the edge', async ({ page }) => {
  await selectCard(page, POSTER);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => cellOfCard(page, POSTER)).toEqual({ stageIndex: 1, laneIndex: 0 });
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => cellOfCard(page, POSTER)).toEqual({ stageIndex: 1, laneIndex: 1 });
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => cellOfCard(page, POSTER)).toEqual({ stageIndex: 0, laneIndex: 1 });
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => cellOfCard(page, POSTER)).toEqual({ stageIndex: 0, laneIndex: 0 });
  // Already in the first stage: nothing to move to, and nothing to undo either.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+z');
  await expect.poll(() => cellOfCard(page, POSTER)).toEqual({ stageIndex: 0, laneIndex: 1 });
  await expect.poll(() => selectedCardTitles(page)).toEqual([POSTER]);
  await page.keyboard.press('Escape');
  await expect.poll(() => selectedCardTitles(page)).toEqual([]);
});

test('shift-click selects several cards; Delete removes them in one undoable step', async ({ page }) => {
  await addCard(page, { stageIndex: 1, laneIndex: 0 }, QUEUE);
  await addCard(page, { stageIndex: 2, laneIndex: 0 }, 'Pays');
  await selectCard(page, POSTER);
  await selectCard(page, QUEUE, { add: true });
  await expect.poll(() => selectedCardTitles(page)).toEqual([POSTER, QUEUE].sort());

  await page.keyboard.press('Delete');
  await expect(cardByTitle(page, POSTER)).toHaveCount(0);
  await expect(cardByTitle(page, QUEUE)).toHaveCount(0);
  await expect(cardByTitle(page, 'Pays')).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(cardByTitle(page, POSTER)).toBeVisible();
  await expect(cardByTitle(page, QUEUE)).toBeVisible();
  expect(await cellOfCard(page, POSTER)).toEqual({ stageIndex: 0, laneIndex: 0 });
  expect(await cellOfCard(page, QUEUE)).toEqual({ stageIndex: 1, laneIndex: 0 });
  await waitSaved(page);
});
