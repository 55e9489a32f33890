import type { Page } from '@playwright/test';
import type { Command } from '../../src/commands/schemas';
import type { JourneyMap } from '../../src/model/journey';
import { expect, test } from './fixtures';
import { cardByTitle, header, waitSaved } from './support/editor';
import { createMap, createProject } from './support/home';
import { applyToMap, reopen, savedMap } from './support/mapApi';

const NOW = '2026-11-23T10:00:00.000Z';

const laneOf = (map: JourneyMap, type: string) => {
  const lane = map.lanes.find((l) => l.type === type);
  if (!lane) throw new Error(`the starter map has no ${type} lane`);
  return lane.id;
};

/** A starter map with pain points of several severities and evidence levels, an idea, moments and comments. */
async function seedAnnotatedMap(page: Page): Promise<JourneyMap> {
  await createProject(page, 'Annotations');
  await createMap(page, 'Checkout journey');
  await waitSaved(page);
  const map = await savedMap(page);
  const [aware, consider, purchase, , , advocate] = map.stages.map((s) => s.id);
  const pains = laneOf(map, 'painPoints');
  const commands: Command[] = [
    {
      name: 'card.add',
      args: {
        cards: [
          { id: 'painHigh', stageId: aware!, laneId: pains, order: 0, title: 'Hidden fees', pain: { severity: 4, evidence: 'assumed', status: 'open' } },
          { id: 'painLow', stageId: consider!, laneId: pains, order: 0, title: 'Slow search', pain: { severity: 2, evidence: 'observed' } },
          { id: 'painNew', stageId: purchase!, laneId: pains, order: 0, title: 'Unrated worry' },
          { id: 'painDone', stageId: purchase!, laneId: pains, order: 1, title: 'Lost password', pain: { severity: 5, evidence: 'proposed', status: 'solved' } },
          { id: 'idea', stageId: aware!, laneId: laneOf(map, 'opportunities'), order: 0, title: 'Show all costs', opportunity: { kind: 'idea', addresses: ['painHigh'] } },
          { id: 'truth', stageId: purchase!, laneId: laneOf(map, 'actions'), order: 0, title: 'Pay', moment: 'truth' },
          { id: 'farAway', stageId: advocate!, laneId: laneOf(map, 'support'), order: 0, title: 'Referral payout', moment: 'wow' },
        ],
      },
    },
    { name: 'stage.setMoment', args: { id: consider!, moment: 'aha' } },
    {
      name: 'comment.add',
      args: {
        comments: [
          { id: 'c1', target: { kind: 'card', id: 'painHigh' }, author: 'Ana', text: 'Which fees exactly?', createdAt: NOW },
          { id: 'c2', target: { kind: 'card', id: 'painHigh' }, parentId: 'c1', author: 'Bo', text: 'Shipping and service fee', createdAt: NOW },
          { id: 'c3', target: { kind: 'card', id: 'painNew' }, author: 'Ana', text: 'Done', createdAt: NOW, resolved: true },
          { id: 'c4', target: { kind: 'lane', id: pains }, author: 'Ana', text: 'Rate these before Friday', createdAt: NOW },
          { id: 'c5', target: { kind: 'lane', id: pains }, author: 'Bo', text: 'And link the evidence', createdAt: NOW },
        ],
      },
    },
  ];
  await applyToMap(page, commands);
  await reopen(page);
  return savedMap(page);
}

const style = (page: Page, title: string, property: string, part = '') =>
  cardByTitle(page, title)
    .locator(part || ':scope')
    .first()
    .evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);

test('pain points show severity and evidence at a glance; moments and open comments have badges', async ({ page }) => {
  const map = await seedAnnotatedMap(page);

  // Severity: the number with an icon, and its colour on the card's strip (4 = #f5222d).
  await expect(cardByTitle(page, 'Hidden fees').getByTestId('card-severity')).toHaveText('4');
  expect(await style(page, 'Hidden fees', 'background-color', '[data-testid="card-strip"]')).toBe('rgb(245, 34, 45)');
  await expect(cardByTitle(page, 'Slow search').getByTestId('card-severity')).toHaveText('2');
  expect(await style(page, 'Slow search', 'background-color', '[data-testid="card-strip"]')).toBe('rgb(250, 173, 20)');
  await expect(cardByTitle(page, 'Unrated worry').getByTestId('card-severity')).toHaveClass(/jc-severity--unrated/);

  // Evidence: assumed is dashed, proposed dotted, observed solid.
  expect(await style(page, 'Hidden fees', 'border-top-style')).toBe('dashed');
  expect(await style(page, 'Lost password', 'border-top-style')).toBe('dotted');
  expect(await style(page, 'Slow search', 'border-top-style')).toBe('solid');
  // A solved pain point is muted and says so.
  await expect(cardByTitle(page, 'Lost password')).toHaveClass(/jc-card--solved/);
  await expect(cardByTitle(page, 'Lost password').getByTestId('card-status')).toHaveAttribute('data-status', 'solved');

  // The idea shows its kind and how many pain points it addresses.
  await expect(cardByTitle(page, 'Show all costs').getByTestId('card-kind')).toHaveAttribute('data-kind', 'idea');
  await expect(cardByTitle(page, 'Show all costs').getByTestId('card-addresses')).toHaveAttribute('data-count', '1');

  // Moments on a card and on a stage.
  await expect(cardByTitle(page, 'Pay').getByTestId('moment-badge')).toHaveAttribute('data-moment', 'truth');
  await expect(header(page, 'stage', 'Consider').getByTestId('moment-badge')).toHaveAttribute('data-moment', 'aha');
  await expect(header(page, 'stage', 'Aware').getByTestId('moment-badge')).toHaveCount(0);

  // Open threads only: one on "Hidden fees" (its reply is not a thread), none on the resolved one, two on the lane.
  await expect(cardByTitle(page, 'Hidden fees').getByTestId('comment-indicator')).toHaveAttribute('data-count', '1');
  await expect(cardByTitle(page, 'Unrated worry').getByTestId('comment-indicator')).toHaveCount(0);
  const painLane = page.locator(`[data-testid="lane-header"][data-lane-id="${laneOf(map, 'painPoints')}"]`);
  await expect(painLane.getByTestId('comment-indicator')).toHaveAttribute('data-count', '2');
  await page.screenshot({ path: 'test-results/artefacts/canvas-annotations.png' });

  // A comment added now shows at once.
  await applyToMap(page, [{ name: 'comment.add', args: { comments: [{ id: 'c6', target: { kind: 'card', id: 'painLow' }, author: 'Ana', text: 'Seen in 3 interviews', createdAt: NOW }] } }]);
  await reopen(page);
  await expect(cardByTitle(page, 'Slow search').getByTestId('comment-indicator')).toHaveAttribute('data-count', '1');

  // Clicking the indicator selects the card and opens the inspector on it.
  await page.evaluate(() => localStorage.setItem('journeyStudio.inspectorOpen', 'false'));
  await reopen(page);
  await expect(page.getByTestId('inspector')).toBeHidden();
  await cardByTitle(page, 'Hidden fees').getByTestId('comment-indicator').click();
  await expect(cardByTitle(page, 'Hidden fees')).toHaveClass(/jc-card--selected/);
  await expect(page.getByTestId('inspector')).toBeVisible();
});

test('hidden lanes are not drawn, and the severity filter dims other pain points', async ({ page }) => {
  const map = await seedAnnotatedMap(page);
  const opportunities = page.locator(`[data-testid="lane-header"][data-lane-id="${laneOf(map, 'opportunities')}"]`);
  const frontstage = page.locator(`[data-testid="lane-header"][data-lane-id="${laneOf(map, 'frontstage')}"]`);
  const frontstageTop = (await frontstage.boundingBox())!.y;
  const opportunitiesHeight = (await opportunities.boundingBox())!.height;

  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByRole('checkbox', { name: 'Opportunities' }).uncheck();
  await expect(opportunities).toHaveCount(0);
  await expect(cardByTitle(page, 'Show all costs')).toHaveCount(0);
  // The lanes below close up.
  await expect.poll(async () => Math.round((await frontstage.boundingBox())!.y)).toBe(Math.round(frontstageTop - opportunitiesHeight));

  await page.getByRole('checkbox', { name: 'Severity 4' }).check();
  await page.getByRole('checkbox', { name: 'Severity 5' }).check();
  await expect(cardByTitle(page, 'Hidden fees')).not.toHaveAttribute('data-dimmed', 'true');
  await expect(cardByTitle(page, 'Lost password')).not.toHaveAttribute('data-dimmed', 'true');
  await expect(cardByTitle(page, 'Slow search')).toHaveAttribute('data-dimmed', 'true');
  await expect(cardByTitle(page, 'Unrated worry')).toHaveAttribute('data-dimmed', 'true');
  // Other lanes are not pain points: never dimmed by severity.
  await expect(cardByTitle(page, 'Pay')).not.toHaveAttribute('data-dimmed', 'true');
  await page.keyboard.press('Escape');
  await page.screenshot({ path: 'test-results/artefacts/canvas-filters.png' });

  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByRole('button', { name: 'Clear filter' }).click();
  await expect(opportunities).toBeVisible();
  await expect(cardByTitle(page, 'Slow search')).not.toHaveAttribute('data-dimmed', 'true');
});

test('a focus request selects its target and brings it into the middle of the view', async ({ page }) => {
  await seedAnnotatedMap(page);
  // Zoomed in on the middle of the map, the card in the bottom-right corner is out of view.
  for (let i = 0; i < 4; i += 1) await page.getByRole('button', { name: 'Zoom in' }).click();
  const far = cardByTitle(page, 'Referral payout');
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const inView = async () => {
    // The canvas does not render nodes far out of view at all.
    if ((await far.count()) === 0) return false;
    const box = await far.boundingBox();
    if (!box) return false;
    return box.x >= pane.x && box.x + box.width <= pane.x + pane.width && box.y >= pane.y && box.y + box.height <= pane.y + pane.height;
  };
  await expect.poll(inView).toBe(false);

  // The moments panel asks the canvas to focus what is clicked.
  await page.getByTestId('panel-toggle-moments').click();
  await page.getByTestId('moment-entry').filter({ hasText: 'Referral payout' }).click();
  await expect(far).toHaveClass(/jc-card--selected/);
  await expect.poll(inView).toBe(true);
  const paneNow = (await page.locator('.react-flow__pane').boundingBox())!;
  const box = (await far.boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - (paneNow.x + paneNow.width / 2))).toBeLessThan(40);

  // A stage: its header is selected.
  await page.getByTestId('moment-entry').filter({ hasText: 'Consider' }).click();
  await expect(header(page, 'stage', 'Consider')).toHaveClass(/jc-stage--selected/);
});
