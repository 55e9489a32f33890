import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addCard, cardByTitle, waitSaved } from './support/editor';
import { createMap, createProject } from './support/home';

const breadcrumb = (page: Page) => page.getByTestId('breadcrumb');

test('a card links to a sub-journey: opening it keeps a trail back, by breadcrumb, Alt+Left and after a reload', async ({ page }) => {
  await createProject(page, 'Travel');
  await createMap(page, 'Booking', { starter: false });
  await page.getByRole('button', { name: 'Back to project' }).click();
  await createMap(page, 'Trip');
  await addCard(page, { stageIndex: 2, laneIndex: 0 }, 'Books the trip');

  await cardByTitle(page, 'Books the trip').click();
  await page.locator('#inspector-card-linkedMap').click();
  await page.locator('.ant-select-dropdown').getByTitle('Booking', { exact: true }).click();
  await waitSaved(page);
  await cardByTitle(page, 'Books the trip').getByTestId('card-subjourney').click();

  await expect(breadcrumb(page)).toHaveText(/Projects\s*\/\s*Travel\s*\/\s*Trip\s*\/\s*Booking/);
  await expect(breadcrumb(page).locator('[aria-current="page"]')).toHaveText('Booking');
  await expect(page.getByTestId('stage-header')).toHaveCount(0);

  // A reload comes back to the sub-journey with its trail.
  await page.reload();
  await expect(breadcrumb(page).getByRole('link', { name: 'Trip' })).toBeVisible();

  await page.keyboard.press('Alt+ArrowLeft');
  await expect(cardByTitle(page, 'Books the trip')).toBeVisible();
  await expect(breadcrumb(page).locator('[aria-current="page"]')).toHaveText('Trip');

  await cardByTitle(page, 'Books the trip').getByTestId('card-subjourney').click();
  await expect(breadcrumb(page).locator('[aria-current="page"]')).toHaveText('Booking');
  await breadcrumb(page).getByRole('link', { name: 'Trip' }).click();
  await expect(cardByTitle(page, 'Books the trip')).toBeVisible();

  // From a map opened in the project, Alt+Left and the toolbar's back button go to the project.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('button', { name: 'Open map Trip', exact: true })).toBeVisible();
});
