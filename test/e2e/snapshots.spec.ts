import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addCard, cardByTitle, dragCardToCell, selectCard, waitSaved } from './support/editor';
import { createMap, createProject, mapNames } from './support/home';
import { applyToMap, reopen, savedMap } from './support/mapApi';
import { artefact } from './support/workshop';

/**
 * Snapshots of a map: save one before a workshop, change the map, compare the
 * snapshot with the current map (cards added, removed, moved and changed, the
 * emotion curves overlaid), restore it, and duplicate it as a new map.
 */

// Consumer purchase template: stage 1 Arrival, 5 Logistics, 6 After-sales; lane 1 Touchpoints.
const TOUCHPOINTS = 1;

const snapshotRow = (page: Page, name: string) => page.getByTestId('snapshot-row').filter({ has: page.getByTestId('snapshot-name').getByText(name, { exact: true }) });

/** Chooses one side of the comparison in its picker (the open dropdown's option). */
async function pickVersion(page: Page, side: 'before' | 'after', label: string): Promise<void> {
  await page.getByTestId(`compare-${side}`).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: label }).click();
  await expect(page.getByTestId(`compare-${side}`)).toContainText(label);
}

async function workshopEdits(page: Page): Promise<void> {
  await addCard(page, { stageIndex: 5, laneIndex: TOUCHPOINTS }, 'Delivery slot picker');
  await selectCard(page, 'Douyin short video');
  await page.keyboard.press('Delete');
  await expect(cardByTitle(page, 'Douyin short video')).toHaveCount(0);
  await dragCardToCell(page, 'Shipping notifications', { stageIndex: 6, laneIndex: TOUCHPOINTS });
  await waitSaved(page);
  // Renaming a card and raising the emotion curve at Preparation (-1 → +1), written through the API like another window would.
  const map = await savedMap(page);
  expect(Object.values(map.cards).find((c) => c.title === 'Shipping notifications')?.stageId).toBe(map.stages[6]!.id);
  const note = Object.values(map.cards).find((c) => c.title === 'Xiaohongshu note')!;
  const low = Object.values(map.emotions ?? {}).find((p) => p.stageId === map.stages[2]!.id && p.variant === 'asIs' && p.personaId === null)!;
  await applyToMap(page, [
    { name: 'card.edit', args: { id: note.id, patch: { title: 'Xiaohongshu campaign' } } },
    { name: 'emotion.set', args: { point: { ...low, value: 1 } } },
  ]);
  await reopen(page);
}

test('save a snapshot, change the map, compare, restore and duplicate the snapshot', async ({ page }) => {
  await createProject(page, 'Snapshots');
  await createMap(page, 'Purchase', { template: 'builtin:consumerPurchase' });

  await page.getByRole('button', { name: 'Snapshots', exact: true }).click();
  const panel = page.getByTestId('snapshots-panel');
  const nameInput = panel.getByTestId('snapshot-name-input');
  await expect(nameInput).toHaveValue(/^Snapshot \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  await expect(panel.getByText('No snapshots yet', { exact: false })).toBeVisible();
  await nameInput.fill('Workshop 1');
  await nameInput.press('Enter');
  await expect(snapshotRow(page, 'Workshop 1')).toBeVisible();
  await expect(snapshotRow(page, 'Workshop 1')).toContainText('22 cards');
  await expect(page.getByText('Snapshot “Workshop 1” saved')).toBeVisible();
  await expect(nameInput).not.toHaveValue('Workshop 1');

  // The workshop needs the whole canvas.
  await page.getByRole('button', { name: 'Snapshots', exact: true }).click();
  await expect(panel).toBeHidden();
  await workshopEdits(page);
  await page.getByRole('button', { name: 'Snapshots', exact: true }).click();
  await artefact(page, 'snapshots-panel');

  // Compare the snapshot with the map as it is now.
  await snapshotRow(page, 'Workshop 1').getByRole('button', { name: 'Compare with current' }).click();
  const modal = page.getByTestId('compare-modal');
  await expect(modal.getByTestId('compare-summary')).toBeVisible();
  for (const [kind, count] of [['added', 1], ['removed', 1], ['moved', 1], ['changed', 1]] as const) {
    await expect(modal.getByTestId(`compare-${kind}-count`)).toContainText(String(count));
    await expect(modal.getByTestId(`compare-${kind}`).getByTestId('compare-row')).toHaveCount(count);
  }
  await expect(modal.getByTestId('compare-added')).toContainText('Delivery slot picker');
  await expect(modal.getByTestId('compare-removed')).toContainText('Douyin short video');
  await expect(modal.getByTestId('compare-moved').getByTestId('compare-row')).toContainText('Logistics · Touchpoints');
  await expect(modal.getByTestId('compare-moved').getByTestId('compare-row')).toContainText('After-sales · Touchpoints');
  await expect(modal.getByTestId('compare-changed').getByTestId('compare-row')).toContainText('Xiaohongshu note');
  await expect(modal.getByTestId('compare-changed').getByTestId('compare-row')).toContainText('Xiaohongshu campaign');
  await artefact(page, 'compare-cards');

  await modal.getByRole('tab', { name: 'Emotions' }).click();
  const chart = modal.getByTestId('compare-emotions');
  await expect(chart.locator('.recharts-line')).toHaveCount(4);
  await expect(chart).toContainText('Workshop 1 (as-is)');
  await expect(chart).toContainText('Current map (as-is)');
  await expect(chart.locator('.recharts-cartesian-axis-tick-value').filter({ hasText: 'Preparation' })).toHaveCount(1);
  await artefact(page, 'compare-emotions');
  await page.getByTestId('compare-close').click();
  await expect(modal).toBeHidden();

  // Restore: the current map is kept as a snapshot first, and the editor shows the snapshot's map.
  await snapshotRow(page, 'Workshop 1').getByRole('button', { name: 'Restore…' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: 'Restore “Workshop 1”?' });
  await expect(confirm).toContainText('saved first as the snapshot “Before restoring “Workshop 1””');
  await expect(confirm).toContainText('undo history is cleared');
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('Restored “Workshop 1”')).toBeVisible();
  await expect(cardByTitle(page, 'Douyin short video')).toBeVisible();
  await expect(cardByTitle(page, 'Delivery slot picker')).toHaveCount(0);
  await expect(cardByTitle(page, 'Xiaohongshu note')).toBeVisible();
  await expect(snapshotRow(page, 'Before restoring “Workshop 1”')).toBeVisible();
  expect(Object.keys((await savedMap(page)).cards)).toHaveLength(22);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // The backup compares with the restored map the other way round.
  await snapshotRow(page, 'Before restoring “Workshop 1”').getByRole('button', { name: 'Compare with current' }).click();
  await expect(modal.getByTestId('compare-added')).toContainText('Douyin short video');
  await expect(modal.getByTestId('compare-removed')).toContainText('Delivery slot picker');
  await page.getByTestId('compare-close').click();

  // Rename and delete the backup.
  await snapshotRow(page, 'Before restoring “Workshop 1”').getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Rename' }).click();
  await page.getByTestId('name-prompt-input').fill('After workshop 1');
  await page.getByTestId('name-prompt-input').press('Enter');
  await expect(snapshotRow(page, 'After workshop 1')).toBeVisible();
  await snapshotRow(page, 'After workshop 1').getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Delete' }).click();
  await expect(snapshotRow(page, 'After workshop 1')).toHaveCount(0);

  // Duplicate the snapshot as a to-be map of the project.
  await snapshotRow(page, 'Workshop 1').getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Duplicate as new map…' }).click();
  await expect(page.getByTestId('name-prompt-input')).toHaveValue('Purchase (Workshop 1)');
  await page.getByTestId('name-prompt-input').fill('Purchase to-be');
  await page.getByRole('button', { name: 'Create map' }).click();
  await expect(page.getByText('Map “Purchase to-be” created', { exact: false })).toBeVisible();

  // As-is against to-be: two maps with their own ids, matched by names and titles.
  await panel.getByTestId('snapshot-compare').click();
  await pickVersion(page, 'after', 'Purchase to-be');
  await pickVersion(page, 'before', 'Current map');
  await expect(modal).toContainText('Two different maps');
  for (const kind of ['added', 'removed', 'moved', 'changed']) await expect(modal.getByTestId(`compare-${kind}-count`)).toContainText('0');
  await artefact(page, 'compare-as-is-to-be');
  await page.getByTestId('compare-close').click();

  // Back to the project's map list.
  await page.getByTestId('breadcrumb').getByRole('link', { name: 'Snapshots' }).click();
  await expect.poll(() => mapNames(page)).toContain('Purchase to-be');
});
