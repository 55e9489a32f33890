import { expect, type Locator, type Page } from '@playwright/test';

/** Gap-panel steps as a user performs them in the English UI. */

/** The gap side panel. */
export const gapsPanel = (page: Page): Locator => page.getByTestId('gaps-panel');

/** The panel's tab showing now (antd keeps visited tabs in the page, hidden). */
export const activeTab = (page: Page): Locator => gapsPanel(page).locator('[role="tabpanel"][aria-hidden="false"]');

/** Rows of the tab showing now, of one rule when given. */
export const gapRows = (page: Page, rule?: string): Locator => {
  const rows = activeTab(page).getByTestId('gap-row');
  return rule === undefined ? rows : rows.and(page.locator(`[data-rule="${rule}"]`));
};

/** Opens the gap panel with the toolbar's "Gaps" button (unless it is open) and shows the tab whose label starts with `tab`. */
export async function showGapsTab(page: Page, tab: 'Open' | 'Accepted' | 'Rules' | 'Report'): Promise<Locator> {
  if (!(await gapsPanel(page).isVisible())) await page.getByRole('button', { name: 'Gaps', exact: true }).click();
  await gapsPanel(page).getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
  await expect(gapsPanel(page).getByRole('tab', { name: new RegExp(`^${tab}`) })).toHaveAttribute('aria-selected', 'true');
  return activeTab(page);
}

/** Accepts the open gap `row` with `reason` through the "Accept…" dialog. */
export async function acceptGap(page: Page, row: Locator, reason: string): Promise<void> {
  await row.getByRole('button', { name: /^Accept gap/ }).click();
  const dialog = page.getByRole('dialog', { name: /^Accept this gap/ });
  await dialog.getByLabel('Reason').fill(reason);
  await dialog.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** The rule's on/off switch in the Rules tab. */
export const ruleSwitch = (page: Page, ruleName: string): Locator => activeTab(page).getByRole('switch', { name: `Run “${ruleName}”` });
