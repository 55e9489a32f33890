import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Map-editor steps and queries. Where a card sits is read the way a user sees
 * it: the cell its centre is drawn in, so a wrong layout fails as surely as a
 * wrong document.
 */

export interface CellRef {
  stageIndex: number;
  laneIndex: number;
}

/** The cell at (stage, lane), by the indices the editor puts on it. */
export const cell = (page: Page, { stageIndex, laneIndex }: CellRef): Locator =>
  page.locator(`[data-testid="cell"][data-stage-index="${stageIndex}"][data-lane-index="${laneIndex}"]`);

/** The card whose title is exactly `title`. */
export const cardByTitle = (page: Page, title: string): Locator =>
  page.getByTestId('card').filter({ has: page.getByTestId('card-title').getByText(title, { exact: true }) });

/** Every drawn connection. */
export const edges = (page: Page): Locator => page.locator('[data-testid^="rf__edge-"]');

/** Waits until every edit has reached the project file. */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

/** Names of the stage headers from left to right, as drawn. */
export async function stageNames(page: Page): Promise<string[]> {
  return headerNames(page, 'stage-header', 'x');
}

/** Names of the lane headers from top to bottom, as drawn. */
export async function laneNames(page: Page): Promise<string[]> {
  return headerNames(page, 'lane-header', 'y');
}

async function headerNames(page: Page, testId: string, axis: 'x' | 'y'): Promise<string[]> {
  const headers = await page.getByTestId(testId).evaluateAll(
    (elements, along) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return { at: along === 'x' ? box.left : box.top, name: element.textContent?.trim() ?? '' };
      }),
    axis,
  );
  return headers.sort((a, b) => a.at - b.at).map((header) => header.name);
}

/** Adds a stage at the end with the toolbar; with `name`, renames it inline. */
export async function addStage(page: Page, name?: string): Promise<void> {
  const before = await page.getByTestId('stage-header').count();
  await page.getByRole('button', { name: 'Add stage' }).click();
  await expect(page.getByTestId('stage-header')).toHaveCount(before + 1);
  if (name !== undefined) await renameHeader(page, 'stage', before, name);
}

/** Adds a lane of the given type (its menu label, e.g. "Customer actions") at the end; with `name`, renames it inline. */
export async function addLane(page: Page, typeLabel: string, name?: string): Promise<void> {
  const before = await page.getByTestId('lane-header').count();
  await page.getByRole('button', { name: 'Add lane' }).click();
  await page.getByRole('menuitem', { name: typeLabel }).click();
  await expect(page.getByTestId('lane-header')).toHaveCount(before + 1);
  if (name !== undefined) await renameHeader(page, 'lane', before, name);
}

/** Renames the stage or lane at `index` (in drawing order) by double-clicking its header. */
export async function renameHeader(page: Page, kind: 'stage' | 'lane', index: number, name: string): Promise<void> {
  const names = kind === 'stage' ? stageNames : laneNames;
  const current = (await names(page))[index];
  if (current === undefined) throw new Error(`there is no ${kind} at index ${index}`);
  await header(page, kind, current).locator(kind === 'stage' ? '.jc-stage__name' : '.jc-lane__name').dblclick();
  const input = page.getByRole('textbox', { name: kind === 'stage' ? 'Stage name' : 'Lane name' });
  await input.fill(name);
  await input.press('Enter');
  await expect(input).toBeHidden();
  await expect.poll(() => names(page)).toContain(name);
}

/** The header of the stage or lane called `name`. */
export const header = (page: Page, kind: 'stage' | 'lane', name: string): Locator =>
  page.getByTestId(`${kind}-header`).filter({ hasText: new RegExp(`^${escapeRegExp(name)}$`) });

/** Chooses `item` in the "…" menu of the stage or lane called `name`. */
export async function headerMenu(page: Page, kind: 'stage' | 'lane', name: string, item: string): Promise<void> {
  // A menu closed a moment ago fades out for a while; wait until it is gone so the next click hits the new one.
  const openMenus = page.locator('.ant-dropdown:not(.ant-dropdown-hidden)');
  await expect(openMenus).toHaveCount(0);
  await page.getByRole('button', { name: `Actions for ${kind} ${name}`, exact: true }).click();
  // Menu items are named "<icon name> <label>", so match the label at the end.
  await openMenus.getByRole('menuitem', { name: new RegExp(`(^|\\s)${escapeRegExp(item)}$`) }).click();
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A point inside the cell below its cards, where a double-click or a drop lands on the cell itself. */
async function emptySpotOf(page: Page, at: CellRef): Promise<{ x: number; y: number }> {
  const target = cell(page, at);
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`cell (stage ${at.stageIndex}, lane ${at.laneIndex}) is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height - 8 };
}

/** Adds a card by double-clicking an empty spot of a cell, types its title and commits it with Enter. */
export async function addCard(page: Page, at: CellRef, title: string): Promise<void> {
  const spot = await emptySpotOf(page, at);
  await page.mouse.dblclick(spot.x, spot.y);
  const input = page.getByTestId('card-title-input');
  await expect(input).toBeFocused();
  await input.fill(title);
  await input.press('Enter');
  await expect(input).toBeHidden();
  await expect(cardByTitle(page, title)).toBeVisible();
}

/** The cell a card's centre is drawn in, or null when it is outside every cell. */
export async function cellOfCard(page: Page, title: string): Promise<CellRef | null> {
  const box = await cardByTitle(page, title).boundingBox();
  if (!box) return null;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  return page.getByTestId('cell').evaluateAll((cells, point) => {
    for (const element of cells) {
      const rect = element.getBoundingClientRect();
      if (point.x >= rect.left && point.x <= rect.right && point.y >= rect.top && point.y <= rect.bottom) {
        const data = (element as HTMLElement).dataset;
        return { stageIndex: Number(data.stageIndex), laneIndex: Number(data.laneIndex) };
      }
    }
    return null;
  }, centre);
}

/** Titles of the cards in a cell from top to bottom, as drawn. */
export async function cardTitlesIn(page: Page, at: CellRef): Promise<string[]> {
  const box = await cell(page, at).boundingBox();
  if (!box) return [];
  const cards = await page.getByTestId('card').evaluateAll((elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect();
      const title = element.querySelector('[data-testid="card-title"]')?.textContent ?? '';
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, title };
    }),
  );
  return cards
    .filter((card) => card.x >= box.x && card.x <= box.x + box.width && card.y >= box.y && card.y <= box.y + box.height)
    .sort((a, b) => a.y - b.y)
    .map((card) => card.title);
}

/** Drags a card with real pointer moves (React Flow needs several) and drops it on an empty spot of a cell. */
export async function dragCardToCell(page: Page, title: string, to: CellRef): Promise<void> {
  const box = await cardByTitle(page, title).boundingBox();
  if (!box) throw new Error(`card "${title}" is not on screen`);
  const target = await emptySpotOf(page, to);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 2 + 10, { steps: 3 });
  await page.mouse.move(target.x, target.y, { steps: 15 });
  await page.mouse.up();
}

/**
 * Draws a connection from the source handle of one card onto the body of
 * another, then confirms the kind menu that opens at the drop point: with
 * Enter (the suggested kind) or, given `kind` (its menu label, e.g. "Loop-back"), by clicking it.
 */
export async function connectCards(page: Page, fromTitle: string, toTitle: string, options: { kind?: string } = {}): Promise<void> {
  const menu = await drawConnection(page, fromTitle, toTitle);
  if (options.kind === undefined) await page.keyboard.press('Enter');
  else await menu.getByRole('menuitemradio', { name: options.kind }).click();
  await expect(menu).toBeHidden();
}

/** Draws a connection from one card onto another and returns the kind menu it opens, still open. */
export async function drawConnection(page: Page, fromTitle: string, toTitle: string): Promise<Locator> {
  const source = cardByTitle(page, fromTitle);
  await source.hover();
  const handle = await source.locator('.jc-handle.source').boundingBox();
  const target = await cardByTitle(page, toTitle).boundingBox();
  if (!handle || !target) throw new Error(`cards "${fromTitle}" and "${toTitle}" must both be on screen`);
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 15 });
  await page.mouse.up();
  const menu = page.getByTestId('connection-kind-menu');
  await expect(menu).toBeFocused();
  return menu;
}

/** Clicks a card (on its title) to select it; with `add`, shift-clicks to add it to the selection. */
export async function selectCard(page: Page, title: string, options: { add?: boolean } = {}): Promise<void> {
  await cardByTitle(page, title).getByTestId('card-title').click({ modifiers: options.add ? ['Shift'] : [] });
  await expect(cardByTitle(page, title)).toHaveClass(/jc-card--selected/);
}

/** Drags the stage or lane header called `name` onto the header of `ontoName`, as a user reorders them. */
export async function dragHeader(page: Page, kind: 'stage' | 'lane', name: string, ontoName: string): Promise<void> {
  const from = await header(page, kind, name).locator(kind === 'stage' ? '.jc-stage__name' : '.jc-lane__name').boundingBox();
  const onto = await header(page, kind, ontoName).boundingBox();
  if (!from || !onto) throw new Error(`${kind} headers "${name}" and "${ontoName}" must both be on screen`);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 5, from.y + from.height / 2 + 5, { steps: 3 });
  await page.mouse.move(onto.x + onto.width / 2, onto.y + onto.height / 2, { steps: 15 });
  await page.mouse.up();
}

/** Titles of the selected cards, sorted. */
export async function selectedCardTitles(page: Page): Promise<string[]> {
  const titles = await page
    .locator('[data-testid="card"].jc-card--selected [data-testid="card-title"]')
    .allTextContents();
  return titles.sort();
}
