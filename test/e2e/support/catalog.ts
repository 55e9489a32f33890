import { expect, type Page } from '@playwright/test';
import { selectCard, waitSaved } from './editor';

/**
 * Project catalog (personas, segments) and tagging steps, through the
 * English UI's labels.
 */

/** The dropdown of the antd Select that is open now. */
/** The antd Select dropdown that is open now (closed ones stay in the DOM, hidden). */
export const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

/** Picks `option` in the antd Select whose control has the id `id` (a labelled form field). */
export async function pickOption(page: Page, id: string, option: string): Promise<void> {
  await page.locator(`#${id}`).click();
  // The dropdown of this Select (it holds the listbox `<id>_list`), not another one still fading out.
  const dropdown = openDropdown(page).filter({ has: page.locator(`[id="${id}_list"]`) });
  await dropdown.getByTitle(option, { exact: true }).click();
}

/** Adds a persona in the project view's Personas tab with the drawer's labelled fields. */
export async function addPersona(page: Page, fields: { name: string; role?: string; city?: string; quote?: string }): Promise<void> {
  await page.getByRole('tab', { name: 'Personas' }).click();
  await page.getByRole('button', { name: 'Add persona' }).click();
  const drawer = page.getByRole('dialog', { name: 'New persona' });
  await drawer.getByLabel('Name').fill(fields.name);
  if (fields.role !== undefined) await drawer.getByLabel('Role').fill(fields.role);
  if (fields.city !== undefined) await drawer.getByLabel('City').fill(fields.city);
  if (fields.quote !== undefined) await drawer.getByLabel('Quote').fill(fields.quote);
  await drawer.getByRole('button', { name: 'Save' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByTestId('persona-row').filter({ hasText: fields.name })).toBeVisible();
}

/** A criterion of a segment's rule as its drawer labels it: field and operator by their menu labels. */
export interface CriterionInput {
  field: string;
  operator: string;
  value: string;
}

/** Adds a segment in the project view's Segments tab: its name and the criteria of its rule, in order. */
export async function addSegment(page: Page, name: string, criteria: readonly CriterionInput[]): Promise<void> {
  await page.getByRole('tab', { name: 'Segments' }).click();
  await page.getByRole('button', { name: 'Add segment' }).click();
  const drawer = page.getByRole('dialog', { name: 'New segment' });
  await drawer.getByLabel('Name').fill(name);
  for (const [index, criterion] of criteria.entries()) {
    await drawer.getByRole('button', { name: 'Add criterion' }).click();
    await drawer.getByRole('combobox', { name: 'Field' }).nth(index).click();
    await openDropdown(page).getByTitle(criterion.field, { exact: true }).click();
    await drawer.getByRole('combobox', { name: 'Operator' }).nth(index).click();
    await openDropdown(page).getByTitle(criterion.operator, { exact: true }).click();
    await drawer.getByRole('textbox', { name: 'Value' }).nth(index).fill(criterion.value);
  }
  await drawer.getByRole('button', { name: 'Save' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByTestId('segment-row').filter({ hasText: name })).toBeVisible();
}

/** Selects a card and tags it in the inspector with a persona or a segment. */
export async function tagCard(page: Page, title: string, tag: { persona: string } | { segment: string }): Promise<void> {
  await selectCard(page, title);
  const [field, option] = 'persona' in tag ? ['inspector-card-personas', tag.persona] : ['inspector-card-segments', tag.segment];
  await pickOption(page, field, option);
  const row = page.getByTestId('inspector').locator('.jc-inspector__field').filter({ has: page.locator(`#${field}`) });
  await expect(row.locator('.ant-select-selection-item').filter({ hasText: option })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(openDropdown(page)).toHaveCount(0);
  await waitSaved(page);
}
