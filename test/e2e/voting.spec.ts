import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addCard, laneNames, waitSaved } from './support/editor';
import { createMap, createProject } from './support/home';
import { artefact, openSidePanel } from './support/workshop';

const item = (panel: Locator, title: string): Locator => panel.getByTestId('vote-item').filter({ hasText: title });

/** Clicks an item on its text (a click there adds a dot; the +/- buttons sit at the right). */
const addDot = (panel: Locator, title: string) => item(panel, title).click({ position: { x: 24, y: 12 } });

async function voteAs(panel: Locator, name: string): Promise<void> {
  await panel.getByTestId('vote-participant').filter({ hasText: name }).click();
  await expect(panel.getByRole('radio', { name: new RegExp(`^${name}\\b`) })).toBeChecked();
  await expect(panel.getByTestId('vote-dots-left')).toContainText(`${name}:`);
}

/** Rank and dots of each item of the results, top to bottom. */
async function results(panel: Locator): Promise<string[]> {
  return panel.getByTestId('tally-row').evaluateAll((rows) =>
    rows.map((row) => `${(row as HTMLElement).dataset.rank}. ${row.querySelector('.jc-tally__title')?.textContent} (${(row as HTMLElement).dataset.dots})`),
  );
}

async function showResults(page: Page, panel: Locator): Promise<void> {
  await panel.getByText('Results', { exact: true }).click();
  await expect(panel.getByTestId('tally-row').first()).toBeVisible();
  void page;
}

test('a dot vote with three participants on pain points: dots limited per participant, tallies and ranks, reset, kept after reload', async ({ page }) => {
  test.slow();
  await createProject(page, 'Workshop');
  await createMap(page, 'Checkout');
  const pain = (await laneNames(page)).indexOf('Pain points');
  await addCard(page, { stageIndex: 0, laneIndex: pain }, 'Slow delivery');
  await addCard(page, { stageIndex: 1, laneIndex: pain }, 'Hidden fees');
  await addCard(page, { stageIndex: 2, laneIndex: pain }, 'Confusing returns');
  await addCard(page, { stageIndex: 0, laneIndex: 0 }, 'Not a pain point');

  const panel = await openSidePanel(page, 'Dot voting');
  await panel.getByRole('button', { name: 'Start a vote' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a dot vote' });
  await dialog.getByLabel('Name').fill('Top pains');
  await dialog.getByLabel('Dots per participant').fill('3');
  // No participants yet: the form says so and starts nothing.
  await dialog.getByRole('button', { name: 'Start vote' }).click();
  await expect(dialog.getByText('Enter at least one participant.')).toBeVisible();
  const names = dialog.getByLabel('Participants');
  for (const name of ['Ann', 'Bo', 'Chen']) {
    await names.fill(name);
    await names.press('Enter');
  }
  await dialog.getByRole('button', { name: 'Start vote' }).click();
  await expect(dialog).toBeHidden();

  const session = panel.getByTestId('vote-session');
  await expect(session).toContainText('Top pains');
  await expect(session).toContainText('On pain points · 3 dots each · 3 participants');
  // Only the pain points are up for the vote, in stage order.
  await expect(panel.getByTestId('vote-item')).toHaveCount(3);
  await expect(panel.getByTestId('vote-item').locator('strong')).toHaveText(['Slow delivery', 'Hidden fees', 'Confusing returns']);

  await voteAs(panel, 'Ann');
  await addDot(panel, 'Hidden fees');
  await addDot(panel, 'Hidden fees');
  await addDot(panel, 'Slow delivery');
  await expect(item(panel, 'Hidden fees')).toHaveAttribute('data-dots', '2');
  await expect(panel.getByTestId('vote-dots-left')).toContainText('Ann: 0 of 3 dots left');
  // A fourth dot is refused with a message; the + buttons are off.
  await addDot(panel, 'Confusing returns');
  await expect(page.getByText('Ann has used all 3 dots')).toBeVisible();
  await expect(item(panel, 'Confusing returns')).toHaveAttribute('data-dots', '0');
  await expect(panel.getByRole('button', { name: 'Add a dot to Confusing returns' })).toBeDisabled();

  await voteAs(panel, 'Bo');
  await expect(item(panel, 'Hidden fees')).toHaveAttribute('data-dots', '0');
  await addDot(panel, 'Hidden fees');
  await addDot(panel, 'Slow delivery');
  // Right-click takes a dot back.
  await item(panel, 'Slow delivery').click({ button: 'right', position: { x: 24, y: 12 } });
  await expect(item(panel, 'Slow delivery')).toHaveAttribute('data-dots', '0');
  await panel.getByRole('button', { name: 'Add a dot to Confusing returns' }).click();
  await panel.getByRole('button', { name: 'Add a dot to Confusing returns' }).click();
  await expect(panel.getByTestId('vote-dots-left')).toContainText('Bo: 0 of 3 dots left');

  await voteAs(panel, 'Chen');
  await panel.getByRole('button', { name: 'Add a dot to Slow delivery' }).click();
  await panel.getByRole('button', { name: 'Add a dot to Slow delivery' }).click();
  await panel.getByRole('button', { name: 'Add a dot to Hidden fees' }).click();
  // The minus button takes one back too.
  await panel.getByRole('button', { name: 'Take a dot back from Hidden fees' }).click();
  await expect(panel.getByTestId('vote-dots-left')).toContainText('Chen: 1 of 3 dots left');
  await expect(panel.getByTestId('vote-participant')).toHaveText(['Ann 0', 'Bo 0', 'Chen 1']);
  await artefact(page, 'voting-ballot');

  // Slow delivery 1+2 and Hidden fees 2+1 share rank 1 (ties in stage order); Confusing returns 2 is third.
  await showResults(page, panel);
  await expect.poll(() => results(panel)).toEqual(['1. Slow delivery (3)', '1. Hidden fees (3)', '3. Confusing returns (2)']);
  await expect(panel.getByTestId('vote-total')).toHaveText('8 of 9 dots placed');
  await artefact(page, 'voting-results');
  await waitSaved(page);

  // The vote is saved in the project.
  await page.reload();
  const again = await openSidePanel(page, 'Dot voting');
  await expect(again.getByTestId('vote-session')).toContainText('Top pains');
  await voteAs(again, 'Ann');
  await expect(item(again, 'Hidden fees')).toHaveAttribute('data-dots', '2');
  await showResults(page, again);
  await expect.poll(() => results(again)).toEqual(['1. Slow delivery (3)', '1. Hidden fees (3)', '3. Confusing returns (2)']);

  // Reset takes every dot back; undo brings them back.
  await again.getByRole('button', { name: 'Actions for vote Top pains' }).click();
  await page.getByRole('menuitem', { name: /Reset votes/ }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: 'Take back every dot' });
  await confirm.getByRole('button', { name: 'Reset votes' }).click();
  await expect(confirm).toBeHidden();
  await expect.poll(() => results(again)).toEqual(['1. Slow delivery (0)', '1. Hidden fees (0)', '1. Confusing returns (0)']);
  await expect(again.getByTestId('vote-total')).toHaveText('0 of 9 dots placed');
  await page.keyboard.press('Control+z');
  await expect(again.getByTestId('vote-total')).toHaveText('8 of 9 dots placed');
  await page.keyboard.press('Control+Shift+z');
  await expect(again.getByTestId('vote-total')).toHaveText('0 of 9 dots placed');
  await waitSaved(page);
  await page.reload();
  const afterReset = await openSidePanel(page, 'Dot voting');
  await voteAs(afterReset, 'Bo');
  await expect(afterReset.getByTestId('vote-dots-left')).toContainText('Bo: 3 of 3 dots left');
});

test('the room timer: presets, a large countdown over the canvas, pause, +1 min, amber in the last minute, red at zero, reset', async ({ page }) => {
  // The page's clock is Playwright's, so minutes pass in an instant.
  await page.clock.install();
  await page.reload();
  await createProject(page, 'Workshop');
  await createMap(page, 'Checkout');

  await page.getByRole('button', { name: 'Timer', exact: true }).click();
  await page.getByRole('button', { name: 'Start a 3-minute timer' }).click();
  const timer = page.getByTestId('workshop-timer');
  const clock = page.getByTestId('timer-clock');
  await expect(timer).toBeVisible();
  await expect(clock).toHaveText(/^(03:00|02:59)$/);
  await expect(timer).toHaveAttribute('data-phase', 'normal');
  // Readable from the back of the room.
  expect(await clock.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(48);

  await page.clock.fastForward('01:00');
  await expect(clock).toHaveText(/^(02:00|01:59)$/);
  await timer.getByRole('button', { name: 'Pause' }).click();
  const paused = await clock.textContent();
  await page.clock.fastForward('00:30');
  await expect(clock).toHaveText(paused!);
  await timer.getByRole('button', { name: 'Resume' }).click();

  await page.clock.fastForward('01:10');
  await expect(timer).toHaveAttribute('data-phase', 'warning');
  await timer.getByRole('button', { name: 'Add a minute' }).click();
  await expect(timer).toHaveAttribute('data-phase', 'normal');
  await page.clock.fastForward('01:05');
  await expect(timer).toHaveAttribute('data-phase', 'warning');
  await page.mouse.move(400, 600);
  await artefact(page, 'timer-warning');

  await page.clock.fastForward('01:00');
  await expect(clock).toHaveText('00:00');
  await expect(timer).toHaveAttribute('data-phase', 'done');
  // The UI tests run with reduced motion (playwright.config.ts): then the red shows without flashing; otherwise it flashes.
  await expect(timer).toHaveCSS('animation-name', 'none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect(timer).toHaveCSS('animation-name', 'jc-timer-flash');
  await page.mouse.move(400, 600);
  await artefact(page, 'timer-done');

  await timer.getByRole('button', { name: 'Reset' }).click();
  await expect(clock).toHaveText('03:00');
  await expect(timer).toHaveAttribute('data-status', 'stopped');
  await timer.getByRole('button', { name: 'Close the timer' }).click();
  await expect(timer).toBeHidden();

  // Any length: 0.5 minutes from the field.
  await page.getByRole('button', { name: 'Timer', exact: true }).click();
  await page.getByLabel('Other length (minutes)').fill('0.5');
  await page.getByLabel('Other length (minutes)').press('Enter');
  await expect(clock).toHaveText(/^(00:30|00:29)$/);
  await expect(timer).toHaveAttribute('data-phase', 'warning');
});
