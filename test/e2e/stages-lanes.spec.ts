import { expect, test } from './fixtures';
import {
  addCard,
  cardByTitle,
  dragHeader,
  header,
  headerMenu,
  laneNames,
  renameHeader,
  stageNames,
  waitSaved,
} from './support/editor';
import { createMap, createProject, goHome, openMap, openRecentProject } from './support/home';

const STARTER_STAGES = ['Aware', 'Consider', 'Purchase', 'Onboard', 'Use', 'Advocate'];

test.beforeEach(async ({ page }) => {
  await createProject(page, 'Retail');
  await createMap(page, 'Store visit', { starter: true });
  await expect.poll(() => stageNames(page)).toEqual(STARTER_STAGES);
});

test('stages: rename, reorder by drag and by menu, delete with confirmation, undo, and it all persists', async ({ page }) => {
  await headerMenu(page, 'stage', 'Aware', 'Rename');
  const input = page.getByRole('textbox', { name: 'Stage name' });
  await input.fill('Notice');
  await input.press('Enter');
  await expect.poll(() => stageNames(page)).toEqual(['Notice', 'Consider', 'Purchase', 'Onboard', 'Use', 'Advocate']);

  await dragHeader(page, 'stage', 'Notice', 'Purchase');
  await expect.poll(() => stageNames(page)).toEqual(['Consider', 'Purchase', 'Notice', 'Onboard', 'Use', 'Advocate']);
  await headerMenu(page, 'stage', 'Notice', 'Move left');
  await expect.poll(() => stageNames(page)).toEqual(['Consider', 'Notice', 'Purchase', 'Onboard', 'Use', 'Advocate']);

  await addCard(page, { stageIndex: 3, laneIndex: 0 }, 'Installs the app');
  await headerMenu(page, 'stage', 'Onboard', 'Delete');
  const confirm = page.getByRole('dialog').filter({ hasText: 'Delete stage “Onboard”?' });
  await expect(confirm).toContainText('Its 1 card will be deleted too.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(header(page, 'stage', 'Onboard')).toBeVisible();

  await headerMenu(page, 'stage', 'Onboard', 'Delete');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => stageNames(page)).toEqual(['Consider', 'Notice', 'Purchase', 'Use', 'Advocate']);
  await expect(cardByTitle(page, 'Installs the app')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => stageNames(page)).toEqual(['Consider', 'Notice', 'Purchase', 'Onboard', 'Use', 'Advocate']);
  await expect(cardByTitle(page, 'Installs the app')).toBeVisible();

  await headerMenu(page, 'stage', 'Advocate', 'Delete');
  await expect.poll(() => stageNames(page)).toEqual(['Consider', 'Notice', 'Purchase', 'Onboard', 'Use']);
  await waitSaved(page);

  await goHome(page);
  await page.reload();
  await openRecentProject(page, 'Retail');
  await openMap(page, 'Store visit');
  await expect.poll(() => stageNames(page)).toEqual(['Consider', 'Notice', 'Purchase', 'Onboard', 'Use']);
  await expect(cardByTitle(page, 'Installs the app')).toBeVisible();
});

test('lanes: rename inline, reorder by drag and by menu, delete with confirmation', async ({ page }) => {
  const starterLanes = await laneNames(page);
  expect(starterLanes.slice(0, 3)).toEqual(['Customer actions', 'Touchpoints', 'Thoughts']);

  await renameHeader(page, 'lane', 0, 'Does');
  await expect.poll(async () => (await laneNames(page)).slice(0, 3)).toEqual(['Does', 'Touchpoints', 'Thoughts']);

  await dragHeader(page, 'lane', 'Does', 'Thoughts');
  await expect.poll(async () => (await laneNames(page)).slice(0, 3)).toEqual(['Touchpoints', 'Thoughts', 'Does']);
  await headerMenu(page, 'lane', 'Does', 'Move up');
  await expect.poll(async () => (await laneNames(page)).slice(0, 3)).toEqual(['Touchpoints', 'Does', 'Thoughts']);

  // An empty lane goes without a question; one with cards asks first.
  await headerMenu(page, 'lane', 'Thoughts', 'Delete');
  await expect.poll(async () => (await laneNames(page)).slice(0, 3)).toEqual(['Touchpoints', 'Does', 'Emotions']);
  await addCard(page, { stageIndex: 0, laneIndex: 1 }, 'Walks in');
  await headerMenu(page, 'lane', 'Does', 'Delete');
  const confirm = page.getByRole('dialog').filter({ hasText: 'Delete lane “Does”?' });
  await expect(confirm).toContainText('Its 1 card will be deleted too.');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(async () => (await laneNames(page)).slice(0, 2)).toEqual(['Touchpoints', 'Emotions']);
  await expect(cardByTitle(page, 'Walks in')).toHaveCount(0);
  await expect.poll(() => laneNames(page)).toHaveLength(starterLanes.length - 2);
  await waitSaved(page);
});
