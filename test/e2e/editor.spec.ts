import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import {
  addCard,
  addLane,
  addStage,
  cardByTitle,
  cardTitlesIn,
  cellOfCard,
  connectCards,
  dragCardToCell,
  edges,
  laneNames,
  renameHeader,
  stageNames,
  waitSaved,
} from './support/editor';
import { createMap, createProject, goHome, openMap, openRecentProject } from './support/home';

const AD_SEEN = '在小红书看到广告';

test('build a map, drag, connect, undo/redo, and find it all again after a reload', async ({ page }, testInfo) => {
  await createProject(page, 'Onboarding research');
  await createMap(page, 'Sign-up journey', { starter: false });
  await expect(page.getByTestId('empty-map-hint')).toBeVisible();

  await addStage(page);
  await addLane(page, 'Customer actions');
  await expect(page.getByTestId('empty-map-hint')).toBeHidden();
  await renameHeader(page, 'stage', 0, 'Discover');
  await renameHeader(page, 'lane', 0, 'Does');
  await addStage(page, 'Sign up');
  await addLane(page, 'Touchpoints', 'Where');
  expect(await stageNames(page)).toEqual(['Discover', 'Sign up']);
  expect(await laneNames(page)).toEqual(['Does', 'Where']);

  await addCard(page, { stageIndex: 0, laneIndex: 0 }, AD_SEEN);
  await addCard(page, { stageIndex: 0, laneIndex: 0 }, 'Searches the app store');
  await addCard(page, { stageIndex: 1, laneIndex: 0 }, 'Creates an account');
  await addCard(page, { stageIndex: 0, laneIndex: 1 }, 'Social feed');
  expect(await cardTitlesIn(page, { stageIndex: 0, laneIndex: 0 })).toEqual([AD_SEEN, 'Searches the app store']);

  await dragCardToCell(page, 'Searches the app store', { stageIndex: 1, laneIndex: 1 });
  await expect.poll(() => cellOfCard(page, 'Searches the app store')).toEqual({ stageIndex: 1, laneIndex: 1 });
  expect(await cardTitlesIn(page, { stageIndex: 0, laneIndex: 0 })).toEqual([AD_SEEN]);

  await connectCards(page, AD_SEEN, 'Creates an account');
  await expect(edges(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(edges(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(edges(page)).toHaveCount(1);
  await waitSaved(page);

  await page.getByRole('button', { name: 'Fit view' }).click();
  await page.mouse.move(5, 880);
  await expect(page.locator('.ant-tooltip').filter({ visible: true })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('editor.png') });
  fs.mkdirSync(path.resolve('test-results/artefacts'), { recursive: true });
  await page.screenshot({ path: path.resolve('test-results/artefacts/editor.png') });

  // Closing first makes main release the file, so the reopen below reads what reached SQLite.
  await goHome(page);
  await page.reload();
  await openRecentProject(page, 'Onboarding research');
  await openMap(page, 'Sign-up journey');
  await expect(cardByTitle(page, AD_SEEN)).toBeVisible();
  expect(await stageNames(page)).toEqual(['Discover', 'Sign up']);
  expect(await laneNames(page)).toEqual(['Does', 'Where']);
  expect(await cellOfCard(page, AD_SEEN)).toEqual({ stageIndex: 0, laneIndex: 0 });
  expect(await cellOfCard(page, 'Searches the app store')).toEqual({ stageIndex: 1, laneIndex: 1 });
  expect(await cellOfCard(page, 'Creates an account')).toEqual({ stageIndex: 1, laneIndex: 0 });
  expect(await cellOfCard(page, 'Social feed')).toEqual({ stageIndex: 0, laneIndex: 1 });
  await expect(edges(page)).toHaveCount(1);
});

test('the first stage of a blank map can be renamed inline right after it is added', async ({ page }) => {
  await createProject(page, 'Blank start');
  await createMap(page, 'First stage', { starter: false });
  await addStage(page, 'Discover');
  expect(await stageNames(page)).toEqual(['Discover']);
});
