import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { addCard, cardByTitle, waitSaved } from './support/editor';
import {
  createMap,
  createProject,
  goHome,
  mapAction,
  mapNames,
  openMap,
  openProjectByPath,
  openRecentProject,
  recentNames,
} from './support/home';

test('the recent list shows the projects created, most recent first, and opens them', async ({ page }) => {
  await expect(page.getByText('No recent projects yet.', { exact: false })).toBeVisible();
  await createProject(page, 'Alpha');
  await goHome(page);
  await createProject(page, 'Beta');
  await goHome(page);
  await expect.poll(() => recentNames(page)).toEqual(['Beta', 'Alpha']);
  await expect(page.getByTestId('recent-project').first()).not.toHaveAttribute('data-missing', 'true');

  await openRecentProject(page, 'Alpha');
  await goHome(page);
  await expect.poll(() => recentNames(page)).toEqual(['Alpha', 'Beta']);
});

test('a recent project whose file is gone is shown as missing', async ({ page, host }) => {
  await createProject(page, 'Gone soon');
  await goHome(page);
  fs.rmSync(path.join(host.projectsDir, 'Gone soon.cjm'));
  await page.reload();
  const row = page.getByTestId('recent-project').filter({ hasText: 'Gone soon' });
  await expect(row).toHaveAttribute('data-missing', 'true');
  await expect(row.getByRole('button', { name: 'Open Gone soon', exact: true })).toBeDisabled();
});

test('maps can be renamed, duplicated with their content, and deleted after confirming', async ({ page }) => {
  await createProject(page, 'Shop');
  await createMap(page, 'Checkout', { starter: true });
  await addCard(page, { stageIndex: 2, laneIndex: 0 }, 'Pays by card');
  await waitSaved(page);
  await page.getByRole('button', { name: 'Back to project' }).click();
  await expect.poll(() => mapNames(page)).toEqual(['Checkout']);

  await mapAction(page, 'Checkout', 'Rename');
  const rename = page.getByRole('dialog', { name: 'Rename map' });
  await rename.getByLabel('Map name').fill('Checkout v2');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename).toBeHidden();
  await expect.poll(() => mapNames(page)).toEqual(['Checkout v2']);

  await mapAction(page, 'Checkout v2', 'Duplicate');
  const duplicate = page.getByRole('dialog', { name: 'Duplicate map' });
  await expect(duplicate.getByLabel('Name of the copy')).toHaveValue('Checkout v2 (copy)');
  await duplicate.getByRole('button', { name: 'Duplicate' }).click();
  await expect(duplicate).toBeHidden();
  await expect.poll(async () => (await mapNames(page)).sort()).toEqual(['Checkout v2', 'Checkout v2 (copy)']);

  await mapAction(page, 'Checkout v2', 'Delete');
  const confirm = page.getByRole('dialog').filter({ hasText: 'Delete “Checkout v2”?' });
  await expect(confirm).toContainText('This cannot be undone.');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => mapNames(page)).toEqual(['Checkout v2 (copy)']);

  // The copy is a map of its own, with the original's cards, and all of this is in the file.
  await goHome(page);
  await page.reload();
  await openRecentProject(page, 'Shop');
  await expect.poll(() => mapNames(page)).toEqual(['Checkout v2 (copy)']);
  await openMap(page, 'Checkout v2 (copy)');
  await expect(cardByTitle(page, 'Pays by card')).toBeVisible();
});

test('opening a file that is not a project says so, names the file, and leaves it untouched', async ({ page, host }) => {
  const bad = path.join(host.projectsDir, 'bad.cjm');
  fs.mkdirSync(host.projectsDir, { recursive: true });
  fs.writeFileSync(bad, 'just some notes, not a database\n');
  const before = fs.readFileSync(bad);
  const filesBefore = fs.readdirSync(host.projectsDir).sort();

  await openProjectByPath(page, bad);
  const alert = page.locator('.ant-notification-notice').filter({ hasText: 'Could not open the project' });
  await expect(alert).toContainText('“bad.cjm” is not a Journey Studio project');
  await expect(page.getByRole('button', { name: 'New project' })).toBeVisible();

  expect(fs.readFileSync(bad).equals(before)).toBe(true);
  expect(fs.readdirSync(host.projectsDir).sort()).toEqual(filesBefore);
});

test('"Save a copy as…" writes a second project file that opens with the same maps', async ({ page, host }) => {
  await createProject(page, 'Original');
  await createMap(page, 'Journey', { starter: true });
  await addCard(page, { stageIndex: 0, laneIndex: 0 }, 'Hears from a friend');
  await waitSaved(page);
  await page.getByRole('button', { name: 'Back to project' }).click();

  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: /Save a copy as…$/ }).click();
  const picker = page.getByRole('dialog', { name: 'Save a copy as' });
  await picker.getByLabel('File name').fill('Backup');
  await picker.getByRole('button', { name: 'Save' }).click();
  const copyPath = path.join(host.projectsDir, 'Backup.cjm');
  await expect(page.getByText(`Copy saved to ${copyPath}`)).toBeVisible();
  expect(fs.existsSync(copyPath)).toBe(true);

  await goHome(page);
  await openProjectByPath(page, copyPath);
  await expect(page.locator('.project-path')).toContainText(copyPath);
  await openMap(page, 'Journey');
  await expect(cardByTitle(page, 'Hears from a friend')).toBeVisible();
});

test('a reload comes back to the same project and map, and a closed tab releases its project', async ({ page, host, context }) => {
  await createProject(page, 'Reloaded');
  await createMap(page, 'Journey');
  await addCard(page, { stageIndex: 0, laneIndex: 0 }, 'Survives reload');
  await waitSaved(page);

  await page.reload();
  await expect(page.getByTestId('breadcrumb')).toContainText('Reloaded');
  await expect(page.getByTestId('breadcrumb')).toContainText('Journey');
  await expect(cardByTitle(page, 'Survives reload')).toBeVisible();

  // A second tab cannot open the project while the first one has it.
  const second = await context.newPage();
  await second.goto(host.url);
  await second.getByRole('button', { name: 'Open Reloaded', exact: true }).click();
  await expect(second.getByText('“Reloaded.cjm” is already open in another Journey Studio window.')).toBeVisible();

  // Closing the first tab releases the file; now the second tab opens it.
  await page.close({ runBeforeUnload: true });
  await expect(async () => {
    await second.getByRole('button', { name: 'Open Reloaded', exact: true }).click();
    await expect(second.getByTestId('map-item')).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 15000 });
});
