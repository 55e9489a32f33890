import fs from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** Workshop steps (comments, dot voting, saved views) as a user performs them in the English UI. */

/** The inspector's comments section. */
export const commentsSection = (page: Page): Locator => page.getByTestId('inspector').getByTestId('comments-section');

/** The thread (in `scope`) whose root comment says `text`. */
export const thread = (scope: Locator, text: string): Locator =>
  scope.getByTestId('comment-thread').filter({ has: scope.page().getByTestId('comment-text').getByText(text, { exact: true }) });

/** Starts a thread in the inspector's comments section with Ctrl+Enter. */
export async function writeComment(page: Page, text: string): Promise<void> {
  const box = commentsSection(page).getByRole('textbox', { name: 'Write a comment…' });
  await box.fill(text);
  await box.press('Control+Enter');
}

/** Opens a side panel with its toolbar button (Comments, Moments, Dot voting). */
export async function openSidePanel(page: Page, name: 'Comments' | 'Moments' | 'Dot voting'): Promise<Locator> {
  const panel = page.getByTestId('workshop-panel');
  await page.getByRole('button', { name, exact: true }).click();
  await expect(panel.getByText(name, { exact: true }).first()).toBeVisible();
  return panel;
}

/** Saves a screenshot under test-results/artefacts/. */
export async function artefact(page: Page, name: string): Promise<void> {
  const folder = path.resolve('test-results/artefacts');
  fs.mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: path.join(folder, `${name}.png`) });
}
