import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitSaved } from './support/editor';
import { doubleClickCurve, dragPointTo, emotionCurve, emotionPoint, stageIdAt } from './support/emotion';
import { createMap, createProject } from './support/home';

/** Ticks or unticks a checkbox of the toolbar's emotion-curve popover, then closes it. */
async function setCurveShown(page: Page, label: 'Show current (as-is) curve' | 'Show target (to-be) curve', shown: boolean): Promise<void> {
  const button = page.getByRole('button', { name: 'Emotion curve' });
  await button.click();
  const checkbox = page.getByRole('checkbox', { name: label });
  await checkbox.setChecked(shown);
  await button.click();
  await expect(checkbox).toBeHidden();
}

test('an emotion curve is drawn by double-clicks, dragged by whole steps, labelled, split into as-is and to-be, and its edits undo', async ({ page }) => {
  await createProject(page, 'Feelings');
  await createMap(page, 'Checkout');
  const { curve, laneIndex } = await emotionCurve(page);
  const stage = async (stageIndex: number) => stageIdAt(page, stageIndex, laneIndex);
  const asIs = curve.locator('[data-testid="emotion-point"][data-variant="asIs"]');

  await doubleClickCurve(page, curve, { stageIndex: 0, laneIndex }, 1);
  await doubleClickCurve(page, curve, { stageIndex: 1, laneIndex }, -1);
  await doubleClickCurve(page, curve, { stageIndex: 2, laneIndex }, 0);
  await expect(asIs).toHaveCount(3);
  await expect(emotionPoint(curve, await stage(0), 'asIs')).toHaveAttribute('data-value', '1');
  await expect(emotionPoint(curve, await stage(1), 'asIs')).toHaveAttribute('data-value', '-1');
  await expect(emotionPoint(curve, await stage(2), 'asIs')).toHaveAttribute('data-value', '0');

  // Up by two steps, from −1 to +1; the other points stay where they were.
  const dragged = emotionPoint(curve, await stage(1), 'asIs');
  await dragPointTo(page, curve, dragged, 1);
  await expect(dragged).toHaveAttribute('data-value', '1');
  await expect(emotionPoint(curve, await stage(0), 'asIs')).toHaveAttribute('data-value', '1');
  await expect(emotionPoint(curve, await stage(2), 'asIs')).toHaveAttribute('data-value', '0');
  await waitSaved(page);

  await page.reload();
  await expect(asIs).toHaveCount(3);
  await expect(emotionPoint(curve, await stage(1), 'asIs')).toHaveAttribute('data-value', '1');

  await emotionPoint(curve, await stage(2), 'asIs').dblclick();
  const labelInput = page.getByTestId('emotion-label-input');
  await expect(labelInput).toBeFocused();
  await labelInput.fill('Waits for the code');
  await labelInput.press('Enter');
  await expect(labelInput).toBeHidden();
  await expect(curve.getByTestId('emotion-label')).toHaveText(['Waits for the code']);

  // With only the to-be curve shown, a double-click adds to it.
  await setCurveShown(page, 'Show current (as-is) curve', false);
  await expect(asIs).toHaveCount(0);
  await doubleClickCurve(page, curve, { stageIndex: 1, laneIndex }, 2);
  const toBe = emotionPoint(curve, await stage(1), 'toBe');
  await expect(toBe).toHaveAttribute('data-value', '2');
  await expect(curve.locator('[data-testid="emotion-point"][data-variant="toBe"]')).toHaveCount(1);

  await setCurveShown(page, 'Show current (as-is) curve', true);
  await expect(asIs).toHaveCount(3);
  const deleted = emotionPoint(curve, await stage(0), 'asIs');
  await deleted.click({ button: 'right' });
  await expect(deleted).toHaveCount(0);
  await expect(asIs).toHaveCount(2);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(deleted).toHaveAttribute('data-value', '1');
  await expect(asIs).toHaveCount(3);
  await expect(toBe).toHaveAttribute('data-value', '2');
  await waitSaved(page);

  // The whole curve, label and to-be point included, is in the project file.
  await page.reload();
  await expect(asIs).toHaveCount(3);
  await expect(toBe).toHaveAttribute('data-value', '2');
  await expect(curve.getByTestId('emotion-label')).toHaveText(['Waits for the code']);
});
