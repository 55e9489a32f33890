import { expect, test } from './fixtures';
import { addCard, addLane, addStage, cardByTitle, edges, header, headerMenu, laneNames, waitSaved } from './support/editor';
import { createMap, createProject } from './support/home';
import { applyToMap, reopen, savedMap } from './support/mapApi';
import { artefact } from './support/workshop';

/**
 * Gaps drawn on the canvas (outlined cards, badges, stage counts) and the
 * compare view of a service blueprint: customer lanes above the internal
 * ones, the connections crossing the lines of interaction and visibility
 * highlighted, stages with gaps tinted.
 */

const BLUEPRINT_LANES = ['Physical evidence', 'Customer actions', 'Frontstage', 'Backstage', 'Support processes'];

test('the compare view shows the customer lanes first and highlights the connections crossing the blueprint lines', async ({ page }) => {
  await createProject(page, 'Compare');
  await createMap(page, 'Blueprint', { template: 'builtin:serviceBlueprint' });
  await expect.poll(() => laneNames(page)).toEqual(BLUEPRINT_LANES);

  // Backstage moved among the customer lanes: the document's order is now mixed.
  await headerMenu(page, 'lane', 'Backstage', 'Move up');
  await headerMenu(page, 'lane', 'Backstage', 'Move up');
  const mixed = ['Physical evidence', 'Backstage', 'Customer actions', 'Frontstage', 'Support processes'];
  await expect.poll(() => laneNames(page)).toEqual(mixed);
  await waitSaved(page);
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect(edges(page).locator('[data-crossing]')).toHaveCount(0);
  await expect(page.getByTestId('compare-legend')).toHaveCount(0);

  const toggle = page.getByRole('button', { name: 'Compare view', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  // Displayed customer view first, then frontstage, then backstage and support.
  await expect.poll(() => laneNames(page)).toEqual(BLUEPRINT_LANES);
  await expect(page.getByTestId('lane-group')).toHaveCount(2);
  await expect(page.locator('[data-testid="blueprint-line"][data-line="interaction"]')).toHaveText('Line of interaction');
  await expect(page.locator('[data-testid="blueprint-line"][data-line="visibility"]')).toHaveText('Line of visibility');

  // Frontstage → customer actions (4) and the low-rating handoff to the back office cross the line of interaction;
  // backstage → frontstage (3) and the payment gateway → frontstage cross the line of visibility; the other 8 are dimmed.
  await expect(edges(page).locator('[data-crossing="interaction"]')).toHaveCount(5);
  await expect(edges(page).locator('[data-crossing="visibility"]')).toHaveCount(4);
  await expect(edges(page).locator('.jc-edge--dimmed')).toHaveCount(8);
  const crossingWidth = await edges(page).locator('[data-crossing="interaction"]').first().evaluate((path) => getComputedStyle(path).strokeWidth);
  expect(parseFloat(crossingWidth)).toBeGreaterThanOrEqual(3);

  const legend = page.getByTestId('compare-legend');
  await expect(legend).toBeVisible();
  await expect(legend).toContainText('Crosses the line of interaction');
  await expect(legend).toContainText('Crosses the line of visibility');
  await expect(legend).toContainText('Stage with open gaps');
  // Away from the toolbar, so its tooltip does not cover the map.
  await page.mouse.move(600, 800);
  await expect(page.locator('.ant-tooltip:not(.ant-tooltip-hidden)')).toHaveCount(0);
  await artefact(page, 'compare-view');

  // Only a view: the saved map keeps the order the user gave the lanes, and switching off draws it again.
  const saved = await savedMap(page);
  expect(saved.lanes.map((lane) => lane.type)).toEqual(['touchpoints', 'backstage', 'actions', 'frontstage', 'support']);
  await page.keyboard.press('Shift+V');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => laneNames(page)).toEqual(mixed);
  await expect(edges(page).locator('[data-crossing]')).toHaveCount(0);
  await expect(edges(page).locator('.jc-edge--dimmed')).toHaveCount(0);
  await expect(legend).toHaveCount(0);
});

test('a touchpoint nothing supports is outlined with a gap badge, and its stage header counts the gap', async ({ page }) => {
  await createProject(page, 'Gaps');
  await createMap(page, 'Signup', { starter: false });
  await addStage(page, 'Onboarding');
  await addLane(page, 'Touchpoints');
  await addLane(page, 'Backstage');
  await addCard(page, { stageIndex: 0, laneIndex: 0 }, 'Welcome email');
  await waitSaved(page);

  const card = cardByTitle(page, 'Welcome email');
  await expect(card).toHaveAttribute('data-gap-severity', /^(high|medium|low)$/);
  const badge = card.getByTestId('card-gap-badge');
  await expect(badge).toHaveText('1');
  const count = header(page, 'stage', 'Onboarding').getByTestId('stage-gap-count');
  // The number is drawn from data-count, so it never joins the stage's name.
  await expect(count).toHaveAttribute('data-count', '1');
  await expect(count).toHaveAttribute('aria-label', '1 gap at Onboarding');
  await expect(header(page, 'stage', 'Onboarding')).toHaveAttribute('data-gap-severity', /^(high|medium|low)$/);

  // The badge's tooltip says why; a click selects the card and opens the gap panel.
  await badge.hover();
  await expect(page.getByTestId('card-gap-list')).toContainText('Welcome email');
  await expect(page.getByTestId('card-gap-list').locator('li')).toHaveCount(1);
  await artefact(page, 'gap-on-canvas');
  await badge.click();
  await expect(card).toHaveClass(/jc-card--selected/);
  await expect(page.getByTestId('workshop-panel')).toHaveAttribute('data-panel', 'gaps');
  // A second click leaves the panel open.
  await badge.click();
  await expect(page.getByTestId('workshop-panel')).toHaveAttribute('data-panel', 'gaps');

  // The compare view tints the stage with the gap.
  await page.getByRole('button', { name: 'Compare view', exact: true }).click();
  await expect(page.getByTestId('compare-stage-gap')).toHaveCount(1);
  await artefact(page, 'gap-compare-view');

  // A card stating a customer expectation carries its marker.
  const map = await savedMap(page);
  const cardId = Object.values(map.cards).find((c) => c.title === 'Welcome email')?.id ?? '';
  await applyToMap(page, [{ name: 'card.edit', args: { id: cardId, patch: { expectation: { status: 'notMet' } } } }]);
  await reopen(page);
  const marker = cardByTitle(page, 'Welcome email').getByTestId('card-expectation');
  await expect(marker).toHaveAttribute('data-status', 'notMet');
  await expect(marker).toHaveAttribute('aria-label', 'Customer expectation — not met');
  await artefact(page, 'expectation-marker');
});
