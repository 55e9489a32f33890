import { expect, type Page } from '@playwright/test';

/**
 * Project-home and project-view steps as a user performs them, through the
 * accessible names of the English UI.
 */

/** Creates a project from the home screen and waits until its (empty) project view shows. */
export async function createProject(page: Page, name: string, fileName?: string): Promise<void> {
  await page.getByRole('button', { name: 'New project' }).click();
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await dialog.getByLabel('Project name').fill(name);
  if (fileName !== undefined) await dialog.getByLabel('File name').fill(fileName);
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
}

/** A card of the New map dialog's template gallery: "builtin:<key>" or "project:<id>". */
export const templateOption = (page: Page, choice: string) =>
  page.getByRole('dialog', { name: 'New journey map' }).locator(`[data-testid="template-option"][data-template="${choice}"]`);

/**
 * Creates a map in the open project, from the built-in starter layout unless
 * `starter` is false (blank) or `template` names another gallery card; the app
 * then opens it in the editor.
 */
export async function createMap(page: Page, name: string, options: { starter?: boolean; template?: string } = {}): Promise<void> {
  await page.getByRole('button', { name: 'New map' }).click();
  const dialog = page.getByRole('dialog', { name: 'New journey map' });
  await dialog.getByLabel('Map name').fill(name);
  const choice = options.template ?? (options.starter === false ? 'builtin:blank' : 'builtin:starter');
  await templateOption(page, choice).click();
  await expect(templateOption(page, choice).getByRole('radio')).toBeChecked();
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('map-editor')).toBeVisible();
}

/** Opens a map from the project view's map list. */
export async function openMap(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Open map ${name}`, exact: true }).click();
  await expect(page.getByTestId('map-editor')).toBeVisible();
}

/** Goes back to the home screen with the breadcrumb's "Projects" link. */
export async function goHome(page: Page): Promise<void> {
  await page.getByTestId('breadcrumb').getByRole('link', { name: 'Projects' }).click();
  await expect(page.getByRole('button', { name: 'New project' })).toBeVisible();
}

/** Opens a project from the recent list on the home screen. */
export async function openRecentProject(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
}

/** Chooses a file in the in-app picker titled `title` by typing its full path into "Location". */
export async function pickPath(page: Page, title: string, path: string): Promise<void> {
  const picker = page.getByRole('dialog', { name: title });
  await expect(picker).toBeVisible();
  await picker.getByLabel('Location').fill(path);
  await picker.getByRole('button', { name: 'Go' }).click();
  await expect(picker).toBeHidden();
}

/** Opens "Open project…" and picks the project file at `path` by typing it. */
export async function openProjectByPath(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Open project…' }).click();
  await pickPath(page, 'Open project', path);
}

/** Chooses `item` in the "…" menu of the map card called `mapName`. */
export async function mapAction(page: Page, mapName: string, item: 'Rename' | 'Duplicate' | 'Save as template…' | 'Delete'): Promise<void> {
  await page.getByRole('button', { name: `Actions for map ${mapName}`, exact: true }).click();
  // Menu items are named "<icon name> <label>".
  await page.getByRole('menuitem', { name: new RegExp(`\\s${item}$`) }).click();
}

/** Names of the maps listed in the project view, in their order. */
export async function mapNames(page: Page): Promise<string[]> {
  return page.getByTestId('map-item').locator('.map-card-name').allTextContents();
}

/** Names of the projects in the home screen's recent list, most recent first. */
export async function recentNames(page: Page): Promise<string[]> {
  return page.getByTestId('recent-project').locator('.recent-name').allTextContents();
}
