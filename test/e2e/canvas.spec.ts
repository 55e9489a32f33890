import { expect, test } from './fixtures';
import { addCard, cardByTitle, waitSaved } from './support/editor';
import { createMap, createProject } from './support/home';

test('stage and lane headers stay in view while the map is panned, and cards beneath them stay clickable', async ({ page }) => {
  await createProject(page, 'Sticky headers');
  await createMap(page, 'Long journey');
  await addCard(page, { stageIndex: 4, laneIndex: 7 }, 'Far corner');
  await waitSaved(page);

  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  // Scroll pans the canvas down and to the right, past the top header row and the first column.
  for (let i = 0; i < 2; i += 1) await page.mouse.wheel(250, 250);

  const stage = page.getByTestId('stage-header').filter({ hasText: 'Use' });
  const lane = page.getByTestId('lane-header').filter({ hasText: 'Backstage' });
  await expect(async () => {
    const stageBox = (await stage.boundingBox())!;
    const laneBox = (await lane.boundingBox())!;
    expect(Math.abs(stageBox.y - pane.y)).toBeLessThan(4);
    expect(Math.abs(laneBox.x - pane.x)).toBeLessThan(4);
  }).toPass({ timeout: 5000 });

  // The card sits in the column of a header node; the column is transparent to the pointer.
  await cardByTitle(page, 'Far corner').click();
  await expect(page.locator('.react-flow__node-card.selected')).toHaveCount(1);
});
