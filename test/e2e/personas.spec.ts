import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addCard, cardByTitle } from './support/editor';
import { addPersona, addSegment, pickOption, tagCard } from './support/catalog';
import { createMap, createProject } from './support/home';

/**
 * Filtering follows renderer/store/viewStore.ts `cardMatchesFilter`: a card
 * tagged with other personas (segments) only is dimmed; a card without such
 * tags is about everyone and stays as it is.
 */

const CARDS = ['Reads reviews', 'Calls support', 'Compares prices', 'Uses a coupon', 'Walks in'] as const;

/** Titles of the cards drawn dimmed, checked both by their state and by how they look. */
async function dimmedCards(page: Page): Promise<string[]> {
  const dimmed: string[] = [];
  for (const title of CARDS) {
    const card = cardByTitle(page, title);
    const isDimmed = (await card.getAttribute('data-dimmed')) === 'true';
    const opacity = Number(await card.evaluate((element) => getComputedStyle(element).opacity));
    expect(opacity, `opacity of "${title}"`).toBe(isDimmed ? 0.25 : 1);
    if (isDimmed) dimmed.push(title);
  }
  return dimmed;
}

async function openFilter(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByText('Show cards for', { exact: true })).toBeVisible();
}

test('personas and segments are added to the project, tag cards, and filter the map', async ({ page }) => {
  await createProject(page, 'Retail banking');
  await addPersona(page, { name: 'Mei', role: 'Young professional', city: 'Shanghai', quote: 'I want it done on my phone.' });
  const mei = page.getByTestId('persona-row').filter({ hasText: 'Mei' });
  await expect(mei).toContainText('Young professional · Shanghai');
  await expect(mei).toContainText('“I want it done on my phone.”');
  await addPersona(page, { name: 'Robert' });
  await expect(page.getByTestId('persona-row')).toHaveCount(2);

  await addSegment(page, 'Loyal big spenders', [
    { field: 'Tenure', operator: 'greater than', value: '24 months' },
    { field: 'Spend amount', operator: 'between', value: '1000–5000' },
  ]);
  await expect(page.getByTestId('segment-row').filter({ hasText: 'Loyal big spenders' })).toContainText(
    'Tenure greater than 24 months and Spend amount between 1000–5000',
  );
  await addSegment(page, 'Churn risks', [{ field: 'Churn risk', operator: 'is', value: 'high' }]);

  await page.getByRole('tab', { name: 'Maps' }).click();
  await createMap(page, 'Opening an account');
  for (const [stageIndex, title] of CARDS.entries()) await addCard(page, { stageIndex, laneIndex: 0 }, title);
  await tagCard(page, 'Reads reviews', { persona: 'Mei' });
  await tagCard(page, 'Calls support', { persona: 'Robert' });
  await tagCard(page, 'Compares prices', { segment: 'Loyal big spenders' });
  await tagCard(page, 'Uses a coupon', { segment: 'Churn risks' });
  expect(await dimmedCards(page)).toEqual([]);

  await openFilter(page);
  await pickOption(page, 'filter-persona', 'Mei');
  await expect.poll(() => dimmedCards(page)).toEqual(['Calls support']);

  await page.getByRole('button', { name: 'Clear filter' }).click();
  await expect.poll(() => dimmedCards(page)).toEqual([]);
  await pickOption(page, 'filter-segment', 'Loyal big spenders');
  await expect.poll(() => dimmedCards(page)).toEqual(['Uses a coupon']);

  // Both at once: a card must match both.
  await pickOption(page, 'filter-persona', 'Robert');
  await expect.poll(() => dimmedCards(page)).toEqual(['Reads reviews', 'Uses a coupon']);

  await page.getByRole('button', { name: 'Clear filter' }).click();
  await expect.poll(() => dimmedCards(page)).toEqual([]);
  await expect(page.getByRole('button', { name: 'Clear filter' })).toBeDisabled();
});
