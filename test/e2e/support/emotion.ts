import { expect, type Locator, type Page } from '@playwright/test';
import { cell, header, laneNames } from './editor';

/**
 * Emotion-curve steps with real pointer gestures. Heights are read from the
 * curve's own scale lines (+2 at the top to −2 at the bottom), so the steps
 * hold at any zoom.
 */

/** The curve drawn in the emotions lane called `laneName`. */
export async function emotionCurve(page: Page, laneName = 'Emotions'): Promise<{ curve: Locator; laneIndex: number }> {
  const laneIndex = (await laneNames(page)).indexOf(laneName);
  if (laneIndex < 0) throw new Error(`there is no lane called "${laneName}"`);
  const laneId = await header(page, 'lane', laneName).getAttribute('data-lane-id');
  return { curve: page.locator(`[data-testid="emotion-curve"][data-lane-id="${laneId}"]`), laneIndex };
}

/** Screen y of each level of the curve's scale, keyed by the level (2 … −2). */
export async function levelYs(curve: Locator): Promise<Map<number, number>> {
  const ys = await curve
    .locator('.jc-emotion-scale line')
    .evaluateAll((lines) => lines.map((line) => line.getBoundingClientRect().top));
  if (ys.length !== 5) throw new Error(`the emotion scale should draw 5 levels, it draws ${ys.length}`);
  return new Map(ys.map((y, i) => [2 - i, y]));
}

const yOf = (levels: Map<number, number>, value: number): number => {
  const y = levels.get(value);
  if (y === undefined) throw new Error(`${value} is not on the emotion scale (−2 … +2)`);
  return y;
};

/** The point of a curve at a stage. */
export const emotionPoint = (curve: Locator, stageId: string, variant: 'asIs' | 'toBe'): Locator =>
  curve.locator(`[data-testid="emotion-point"][data-stage-id="${stageId}"][data-variant="${variant}"]`);

/** Id of the stage at `stageIndex`, read from its cell in `laneIndex`. */
export async function stageIdAt(page: Page, stageIndex: number, laneIndex: number): Promise<string> {
  const id = await cell(page, { stageIndex, laneIndex }).getAttribute('data-stage-id');
  if (!id) throw new Error(`no cell at stage ${stageIndex}, lane ${laneIndex}`);
  return id;
}

/** Double-clicks the curve in the column of stage `stageIndex` at the height of `value`. */
export async function doubleClickCurve(page: Page, curve: Locator, at: { stageIndex: number; laneIndex: number }, value: number): Promise<void> {
  const column = await cell(page, at).boundingBox();
  if (!column) throw new Error(`the cell of stage ${at.stageIndex} is not on screen`);
  await page.mouse.dblclick(column.x + column.width / 2, yOf(await levelYs(curve), value));
}

/** Drags a point with the mouse to the height of `value` and releases it there. */
export async function dragPointTo(page: Page, curve: Locator, point: Locator, value: number): Promise<void> {
  const box = await point.boundingBox();
  if (!box) throw new Error('the emotion point is not on screen');
  const x = box.x + box.width / 2;
  await page.mouse.move(x, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, yOf(await levelYs(curve), value), { steps: 10 });
  await page.mouse.up();
  await expect(curve.getByTestId('emotion-drag-value')).toHaveCount(0);
}
