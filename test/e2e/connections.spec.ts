import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addCard, drawConnection, edges, waitSaved } from './support/editor';
import { createMap, createProject } from './support/home';

/** The path of a drawn connection; its data-kind is the kind it is drawn as. */
const edgePath = (page: Page): Locator => edges(page).locator('path[data-kind]');

/** Right-clicks the one drawn connection halfway along its line (a loop-back's box is mostly empty). */
async function rightClickEdge(page: Page): Promise<void> {
  const point = await edgePath(page).evaluate((line: SVGPathElement) => {
    const local = line.getPointAtLength(line.getTotalLength() / 2);
    const screen = new DOMPoint(local.x, local.y).matrixTransform(line.getScreenCTM() ?? undefined);
    return { x: screen.x, y: screen.y };
  });
  await page.mouse.click(point.x, point.y, { button: 'right' });
}

const checkedKind = (menu: Locator): Locator => menu.locator('[role="menuitemradio"][aria-checked="true"]');

test('a connection to an earlier stage is proposed as a loop-back; its kind changes by right-click and the change undoes', async ({ page }) => {
  await createProject(page, 'Subscriptions');
  await createMap(page, 'Renewal');
  await addCard(page, { stageIndex: 0, laneIndex: 0 }, 'Compares plans');
  await addCard(page, { stageIndex: 2, laneIndex: 0 }, 'Cancels the renewal');

  const menu = await drawConnection(page, 'Cancels the renewal', 'Compares plans');
  await expect(checkedKind(menu)).toHaveAttribute('data-kind', 'loopBack');
  await expect(menu.locator('.jc-kind-menu__item--active')).toHaveAttribute('data-kind', 'loopBack');
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(edgePath(page)).toHaveCount(1);
  await expect(edgePath(page)).toHaveAttribute('data-kind', 'loopBack');

  await rightClickEdge(page);
  const changeMenu = page.getByRole('menu', { name: 'Change connection kind' });
  await expect(changeMenu).toBeFocused();
  await expect(checkedKind(changeMenu)).toHaveAttribute('data-kind', 'loopBack');
  await changeMenu.getByRole('menuitemradio', { name: 'Handoff' }).click();
  await expect(changeMenu).toBeHidden();
  await expect(edgePath(page)).toHaveAttribute('data-kind', 'handoff');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(edgePath(page)).toHaveAttribute('data-kind', 'loopBack');
  await waitSaved(page);

  await page.reload();
  await expect(edgePath(page)).toHaveCount(1);
  await expect(edgePath(page)).toHaveAttribute('data-kind', 'loopBack');
});

test('a backstage card connected to a touchpoint in the same stage is proposed as supporting it', async ({ page }) => {
  await createProject(page, 'Retail');
  await createMap(page, 'Store pickup');
  // Starter lanes: 1 = touchpoints, 7 = backstage.
  await addCard(page, { stageIndex: 1, laneIndex: 1 }, 'Pickup notice');
  await addCard(page, { stageIndex: 1, laneIndex: 7 }, 'Picks the order');

  const menu = await drawConnection(page, 'Picks the order', 'Pickup notice');
  await expect(checkedKind(menu)).toHaveAttribute('data-kind', 'supports');
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(edgePath(page)).toHaveAttribute('data-kind', 'supports');
  await waitSaved(page);
});
