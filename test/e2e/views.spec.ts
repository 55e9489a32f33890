import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pickOption } from './support/catalog';
import { addCard, cardByTitle, laneNames, selectCard, waitSaved } from './support/editor';
import { createMap, createProject } from './support/home';
import { artefact } from './support/workshop';

const filterPopover = (page: Page) => page.locator('.ant-popover:not(.ant-popover-hidden)').filter({ hasText: 'Lanes shown' });
const viewsPopover = (page: Page) => page.getByTestId('views-popover');

async function openFilter(page: Page) {
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  await expect(filterPopover(page)).toBeVisible();
  return filterPopover(page);
}

async function closePopovers(page: Page) {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(page.locator('.ant-popover:not(.ant-popover-hidden)')).toHaveCount(0);
}

async function openViews(page: Page) {
  await page.getByTestId('views-button').click();
  await expect(viewsPopover(page)).toBeVisible();
  return viewsPopover(page);
}

const dimmed = (page: Page, title: string) => cardByTitle(page, title).getAttribute('data-dimmed');

/** The filtered look: Thoughts hidden, only severity 5 bright. */
async function expectCriticalView(page: Page): Promise<void> {
  await expect.poll(() => laneNames(page)).not.toContain('Thoughts');
  await expect.poll(() => dimmed(page, 'Minor glitch')).toBe('true');
  await expect.poll(() => dimmed(page, 'Checkout crash')).toBeNull();
}

async function expectEverything(page: Page): Promise<void> {
  await expect.poll(() => laneNames(page)).toContain('Thoughts');
  await expect.poll(() => dimmed(page, 'Minor glitch')).toBeNull();
}

test('saved views: hide a lane and filter by severity, save it, clear, switch back, rename, update, delete, kept after reload', async ({ page }) => {
  test.slow();
  await createProject(page, 'Workshop');
  await createMap(page, 'Checkout');
  const pain = (await laneNames(page)).indexOf('Pain points');
  await addCard(page, { stageIndex: 0, laneIndex: pain }, 'Minor glitch');
  await addCard(page, { stageIndex: 1, laneIndex: pain }, 'Checkout crash');
  await selectCard(page, 'Minor glitch');
  await pickOption(page, 'pain-severity', '1 · Minor annoyance');
  await selectCard(page, 'Checkout crash');
  await pickOption(page, 'pain-severity', '5 · Blocks the customer');
  await waitSaved(page);

  // Hide a lane and show only severity 5.
  let filter = await openFilter(page);
  await filter.getByRole('checkbox', { name: 'Thoughts' }).uncheck();
  await filter.getByRole('checkbox', { name: 'Severity 5' }).check();
  await expect(filter.getByRole('checkbox', { name: 'Thoughts' })).not.toBeChecked();
  await artefact(page, 'views-filter');
  await closePopovers(page);
  await expectCriticalView(page);

  // Save it as a view: it becomes the active one.
  let views = await openViews(page);
  await expect(views).toContainText('No saved views yet');
  await views.getByRole('button', { name: 'Save current view…' }).click();
  const save = page.getByRole('dialog', { name: 'Save the current view' });
  await save.getByLabel('View name').fill('Critical only');
  await save.getByRole('button', { name: 'Save' }).click();
  await expect(save).toBeHidden();
  await expect(page.getByTestId('views-button')).toHaveText(/View: Critical only/);

  // Clear the filters: everything is back and no view is active.
  filter = await openFilter(page);
  await filter.getByRole('button', { name: 'Clear filter' }).click();
  await closePopovers(page);
  await expectEverything(page);
  await expect(page.getByTestId('views-button')).toHaveText(/^Views/);

  // Switch back to the view: the filters return, also in the filter popover.
  views = await openViews(page);
  await expect(views.getByTestId('saved-view')).toContainText(['Critical only1 lane hidden · severity 5']);
  await views.getByRole('button', { name: 'Show view Critical only' }).click();
  await expectCriticalView(page);
  await expect(page.getByTestId('views-button')).toHaveText(/View: Critical only/);
  filter = await openFilter(page);
  await expect(filter.getByRole('checkbox', { name: 'Thoughts' })).not.toBeChecked();
  await expect(filter.getByRole('checkbox', { name: 'Severity 5' })).toBeChecked();
  await expect(filter.getByRole('checkbox', { name: 'Severity 1' })).not.toBeChecked();
  await closePopovers(page);
  await artefact(page, 'views-applied');
  await waitSaved(page);

  // Views are saved with the map; filters themselves are not.
  await page.reload();
  await expectEverything(page);
  views = await openViews(page);
  await views.getByRole('button', { name: 'Show view Critical only' }).click();
  await expectCriticalView(page);

  // Update it with the current filters (Backstage hidden too) and rename it.
  filter = await openFilter(page);
  await filter.getByRole('checkbox', { name: 'Backstage' }).uncheck();
  await closePopovers(page);
  await expect(page.getByTestId('views-button')).toHaveText(/^Views/);
  views = await openViews(page);
  await views.getByRole('button', { name: 'Update view Critical only with the current filters' }).click();
  await expect(views.getByTestId('saved-view')).toContainText(['2 lanes hidden · severity 5']);
  await expect(page.getByTestId('views-button')).toHaveText(/View: Critical only/);
  await views.getByRole('button', { name: 'Rename view Critical only' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename the view' });
  await rename.getByLabel('View name').fill('Severe, no backstage');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename).toBeHidden();
  await expect(page.getByTestId('views-button')).toHaveText(/View: Severe, no backstage/);

  filter = await openFilter(page);
  await filter.getByRole('button', { name: 'Clear filter' }).click();
  await closePopovers(page);
  await expectEverything(page);
  views = await openViews(page);
  await views.getByRole('button', { name: 'Show view Severe, no backstage' }).click();
  await expect.poll(() => laneNames(page)).not.toContain('Backstage');
  await expectCriticalView(page);

  // Delete it; undo brings it back.
  views = await openViews(page);
  await views.getByRole('button', { name: 'Delete view Severe, no backstage' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Delete' }).click();
  await expect(views.getByTestId('saved-view')).toHaveCount(0);
  await expect(page.getByTestId('views-button')).toHaveText(/^Views/);
  await closePopovers(page);
  await page.keyboard.press('Control+z');
  views = await openViews(page);
  await expect(views.getByTestId('saved-view')).toHaveCount(1);
});
