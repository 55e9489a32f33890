import { expect, test } from './fixtures';
import { cardByTitle, cardTitlesIn, waitSaved } from './support/editor';
import { createMap, createProject } from './support/home';

test('captures ten cards across two cells with the keyboard only, saved and undoable', async ({ page }) => {
  await createProject(page, 'Workshop');
  await createMap(page, 'Kick-off');
  const first = { stageIndex: 0, laneIndex: 0 };
  const second = { stageIndex: 1, laneIndex: 0 };
  expect(await page.getByTestId('card').count()).toBe(0);

  // Q opens capture in the first cell.
  await page.keyboard.press('q');
  const input = page.getByTestId('capture-input');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('');
  const firstStage = await page.getByTestId('capture').getAttribute('data-stage-id');

  const titles = Array.from({ length: 10 }, (_, i) => `Idea ${i + 1}`);
  for (const [i, title] of titles.entries()) {
    if (i === 5) {
      await page.keyboard.press('Tab');
      await expect(page.getByTestId('capture')).not.toHaveAttribute('data-stage-id', firstStage!);
    }
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
    // The input stays open, empty and focused for the next one.
    await expect(input).toHaveValue('');
    await expect(input).toBeFocused();
    await expect(cardByTitle(page, title)).toBeVisible();
  }
  await expect.poll(() => cardTitlesIn(page, first)).toEqual(titles.slice(0, 5));
  await expect.poll(() => cardTitlesIn(page, second)).toEqual(titles.slice(5));
  // Enter on an empty input adds nothing.
  await page.keyboard.press('Enter');
  expect(await page.getByTestId('card').count()).toBe(10);
  // Shift+Tab goes back to the first cell.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('capture')).toHaveAttribute('data-stage-id', firstStage!);
  await page.screenshot({ path: 'test-results/artefacts/capture.png' });

  // Undo takes back the last card, redo brings it again.
  await page.keyboard.press('Escape');
  await expect(input).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(cardByTitle(page, 'Idea 10')).toHaveCount(0);
  expect(await page.getByTestId('card').count()).toBe(9);
  await page.keyboard.press('Control+Shift+z');
  await expect(cardByTitle(page, 'Idea 10')).toBeVisible();

  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('map-editor')).toBeVisible();
  await expect(page.getByTestId('card')).toHaveCount(10);
  expect(await cardTitlesIn(page, first)).toEqual(titles.slice(0, 5));
  expect(await cardTitlesIn(page, second)).toEqual(titles.slice(5));
});

test('capture starts in the selected card’s cell; with nothing typed, Ctrl+Z takes back the last card', async ({ page }) => {
  await createProject(page, 'Workshop');
  await createMap(page, 'Kick-off');
  await page.getByRole('button', { name: 'Quick capture' }).click();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Anchor');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');

  await cardByTitle(page, 'Anchor').getByTestId('card-title').click();
  await page.keyboard.press('q');
  await page.keyboard.type('Second');
  await page.keyboard.press('Enter');
  await expect.poll(() => cardTitlesIn(page, { stageIndex: 1, laneIndex: 0 })).toEqual(['Anchor', 'Second']);
  await page.keyboard.press('Control+z');
  await expect(cardByTitle(page, 'Second')).toHaveCount(0);
  await expect(page.getByTestId('capture-input')).toBeFocused();
});
