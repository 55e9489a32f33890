import type { Page } from 'playwright-core';

/**
 * Opens the seeded project from the recent list, then the map, and measures
 * (1) first render: click on the map until its cards are on screen, and
 * (2) pan frames per second while the pointer drags the canvas for ~2 s.
 */
export async function measureCanvas(
  page: Page,
  url: string,
  mapName: string,
): Promise<{ firstRenderMs: number; panFps: number; renderedCardNodes: number }> {
  await page.goto(url);
  await page.getByTestId('recent-project').first().click();
  const mapItem = page.getByTestId('map-item').filter({ hasText: mapName });
  await mapItem.waitFor();
  const start = Date.now();
  await mapItem.locator('.map-card-open').click();
  await page.getByTestId('card').first().waitFor({ timeout: 120000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const firstRenderMs = Date.now() - start;
  const renderedCardNodes = await page.getByTestId('card').count();

  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('canvas pane not found');
  const y = pane.y + pane.height * 0.6;
  const counting = page.evaluate(
    (ms) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const begin = performance.now();
        const tick = (now: number) => {
          frames += 1;
          if (now - begin < ms) requestAnimationFrame(tick);
          else resolve((frames * 1000) / (now - begin));
        };
        requestAnimationFrame(tick);
      }),
    2000,
  );
  let done = false;
  void counting.then(() => (done = true));
  while (!done) {
    await page.mouse.move(pane.x + pane.width - 40, y);
    await page.mouse.down();
    for (let step = 1; step <= 30 && !done; step += 1) {
      await page.mouse.move(pane.x + pane.width - 40 - (step / 30) * (pane.width - 80), y);
    }
    await page.mouse.up();
  }
  const panFps = await counting;
  return { firstRenderMs, panFps, renderedCardNodes };
}
