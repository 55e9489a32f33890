import type { CDPSession, Page } from 'playwright-core';

/**
 * What the canvas bench does on a page, the same for the app and the bare
 * React Flow page, through user-level input only (clicks, pointer drags,
 * ctrl+wheel, the fit shortcut) and what any React Flow page shows
 * (.react-flow__pane, .react-flow__viewport's transform, nodes in the DOM).
 */

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface CanvasSample {
  /** Click that opens the map until its first card is in the DOM, plus two frames. */
  readyMs: number;
  /** The viewport the map opened at, and the canvas (pane) size. */
  opened: Viewport;
  pane: { width: number; height: number };
  zoom1: { zoom: number; dom: number; cards: number; panFps: number; panWork: number; dragFps: number; dragWork: number };
  zoom03: { zoom: number; panFps: number; panWork: number };
  fit: { zoom: number; panFps: number; panWork: number };
}

const MEASURE_MS = 2000;
const CHROMIUM_WHEEL_ZOOM = 0.002;

/** Two animation frames: what was committed has been painted. */
const twoFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(500);
  await twoFrames(page);
}

/**
 * Clicks `open` and times, in the page, from that click until an element
 * matching `cardSelector` exists and two more frames have run.
 */
export async function timeToCards(page: Page, cardSelector: string, click: () => Promise<void>): Promise<number> {
  const ready = page.evaluate(
    (selector) =>
      new Promise<number>((resolve, reject) => {
        let clickedAt: number | undefined;
        document.addEventListener('click', () => (clickedAt ??= performance.now()), { capture: true });
        const poll = () => {
          if (clickedAt !== undefined && document.querySelector(selector)) {
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - clickedAt!)));
          } else if (clickedAt !== undefined && performance.now() - clickedAt > 300_000) reject(new Error(`no ${selector} within 5 minutes of opening the map`));
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
    cardSelector,
  );
  await twoFrames(page);
  await click();
  return ready;
}

export async function viewportOf(page: Page): Promise<Viewport> {
  return page.evaluate(() => {
    const element = document.querySelector('.react-flow__viewport');
    if (!element) throw new Error('no .react-flow__viewport');
    const matrix = new DOMMatrix(getComputedStyle(element).transform);
    return { x: matrix.e, y: matrix.f, zoom: matrix.a };
  });
}

async function paneBox(page: Page) {
  const box = await page.locator('.react-flow__pane').first().boundingBox();
  if (!box) throw new Error('canvas pane not found');
  return box;
}

/**
 * A point of the lower part of the canvas where a pointer drag pans (no node
 * that takes the pointer, no panel): what React Flow's pan filter allows.
 */
async function panPoint(page: Page): Promise<{ x: number; y: number }> {
  const box = await paneBox(page);
  const point = await page.evaluate(
    ({ pane, test }) => {
      const pans = new Function('x', 'y', test) as (x: number, y: number) => boolean;
      for (const fy of [0.6, 0.7, 0.5, 0.8, 0.4]) {
        const y = pane.y + pane.height * fy;
        for (let x = pane.x + pane.width - 60; x > pane.x + pane.width * 0.5; x -= 4) if (pans(x, y)) return { x, y };
      }
      return null;
    },
    { pane: box, test: PANS },
  );
  if (!point) throw new Error('no empty place on the canvas to pan from');
  return point;
}

/**
 * The body of `(x, y) => boolean`, run in the page: a pointer drag from there
 * pans (the canvas, no node that takes the pointer, no panel or control).
 */
const PANS = `const hit = document.elementFromPoint(x, y);
  return !!hit && !!hit.closest('.react-flow') && !hit.closest('.nopan, .react-flow__panel, .react-flow__node.draggable, button, input, textarea');`;

/**
 * The point nearest (x, y), up to 80 px away, where a drag pans: a stroke that
 * ended over empty canvas can find a card under the pointer once the view has
 * caught up, and a drag from there would move the card instead of the view.
 */
async function panPointNear(page: Page, x: number, y: number): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ x, y, test }) => {
      const pans = new Function('x', 'y', test) as (x: number, y: number) => boolean;
      for (let r = 0; r <= 80; r += 4)
        for (const [dx, dy] of [[0, r], [0, -r], [r, 0], [-r, 0], [r, r], [-r, -r], [r, -r], [-r, r]] as const) if (pans(x + dx, y + dy)) return { x: x + dx, y: y + dy };
      return null;
    },
    { x, y, test: PANS },
  );
}

/**
 * What a stretch of frames cost: the frame rate, and the page's main-thread
 * work per frame (Chromium's TaskDuration: script, style, layout, paint,
 * compositing commit). Once both pages reach the display's 60 fps the frame
 * rate cannot tell them apart; the work per frame still does, which is the
 * headroom a zoomed-out overview should have.
 */
export interface FrameSample {
  fps: number;
  workMs: number;
}

async function mainThreadSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const task = metrics.find((metric) => metric.name === 'TaskDuration');
  if (!task) throw new Error('Chromium reported no TaskDuration metric');
  return task.value;
}

/** Frames over `ms`, counted with requestAnimationFrame while `drive` keeps the pointer busy, and the main thread's work per frame. */
async function framesWhile(page: Page, ms: number, drive: (done: () => boolean) => Promise<void>): Promise<FrameSample> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const counting = page.evaluate(
    (duration) =>
      new Promise<{ frames: number; elapsed: number }>((resolve) => {
        let frames = 0;
        let begin: number | undefined;
        const tick = (now: number) => {
          begin ??= now;
          frames += 1;
          if (now - begin < duration) requestAnimationFrame(tick);
          else resolve({ frames: frames - 1, elapsed: now - begin });
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
  const before = await mainThreadSeconds(cdp);
  let done = false;
  let after: Promise<number> | undefined;
  void counting.then(
    () => {
      done = true;
      after = mainThreadSeconds(cdp);
    },
    () => (done = true),
  );
  await drive(() => done);
  const { frames, elapsed } = await counting;
  const workSeconds = (await after!) - before;
  await cdp.detach();
  return { fps: (frames * 1000) / elapsed, workMs: (workSeconds * 1000) / Math.max(1, frames) };
}

/** Pans by dragging the empty canvas left and back (the same ground both ways), counting frames for ~2 s. */
async function panFrames(page: Page): Promise<FrameSample> {
  const box = await paneBox(page);
  const start = await panPoint(page);
  const distance = Math.min(start.x - box.x - 20, box.width * 0.6);
  return framesWhile(page, MEASURE_MS, async (done) => {
    let at = start;
    let shift = -distance;
    while (!done()) {
      // Every stroke starts where a drag pans, so each one moves the view (the same check on both pages).
      const from = (await panPointNear(page, at.x, at.y)) ?? (await panPoint(page));
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let step = 1; step <= 20 && !done(); step += 1) await page.mouse.move(from.x + (shift * step) / 20, from.y);
      await page.mouse.move(from.x + shift, from.y);
      await page.mouse.up();
      at = { x: from.x + shift, y: from.y };
      shift = -shift;
    }
  });
}

/** Drags the card nearest the canvas centre in circles for ~2 s and drops it where it was picked up. */
async function dragFrames(page: Page, cardSelector: string): Promise<FrameSample> {
  const box = await paneBox(page);
  const grab = await page.evaluate(
    ({ selector, pane }) => {
      const cx = pane.x + pane.width / 2;
      const cy = pane.y + pane.height / 2;
      const inside = (r: DOMRect) => r.left >= pane.x && r.top >= pane.y && r.right <= pane.x + pane.width && r.bottom <= pane.y + pane.height;
      const nodes = [...document.querySelectorAll(selector)]
        .map((card) => card.closest('.react-flow__node'))
        .filter((node): node is Element => !!node && inside(node.getBoundingClientRect()))
        .sort((a, b) => {
          const da = a.getBoundingClientRect();
          const db = b.getBoundingClientRect();
          return Math.hypot(da.x + da.width / 2 - cx, da.y + da.height / 2 - cy) - Math.hypot(db.x + db.width / 2 - cx, db.y + db.height / 2 - cy);
        });
      for (const node of nodes) {
        const r = node.getBoundingClientRect();
        for (const fy of [0.5, 0.3, 0.7, 0.15, 0.85])
          for (const fx of [0.5, 0.3, 0.7, 0.15, 0.85]) {
            const x = r.left + r.width * fx;
            const y = r.top + r.height * fy;
            const hit = document.elementFromPoint(x, y);
            if (hit && hit.closest('.react-flow__node') === node && !hit.closest('.nodrag, button, input, textarea, a, [contenteditable="true"]')) return { x, y };
          }
      }
      return null;
    },
    { selector: cardSelector, pane: box },
  );
  if (!grab) throw new Error('no card to drag on the canvas');
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  const frames = await framesWhile(page, MEASURE_MS, async (done) => {
    for (let step = 0; !done(); step += 1) {
      const angle = (step / 12) * 2 * Math.PI;
      await page.mouse.move(grab.x + 120 * Math.sin(angle), grab.y + 80 * (1 - Math.cos(angle)));
    }
  });
  await page.mouse.move(grab.x, grab.y, { steps: 4 });
  await page.mouse.up();
  return frames;
}

/** Zooms with ctrl+wheel over an empty place of the canvas until the viewport's scale is `target` (React Flow zooms by 2^(-deltaY * 0.002)). */
export async function zoomTo(page: Page, target: number): Promise<number> {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const { zoom } = await viewportOf(page);
    if (Math.abs(Math.log(target / zoom)) < 0.01) return zoom;
    const at = await panPoint(page);
    await page.mouse.move(at.x, at.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -Math.log2(target / zoom) / CHROMIUM_WHEEL_ZOOM);
    await page.keyboard.up('Control');
    await twoFrames(page);
  }
  return (await viewportOf(page)).zoom;
}

/** The fit shortcut (Shift+1, fitView with maxZoom 1), pressed with the focus on nothing in particular. */
async function fit(page: Page): Promise<number> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.down('Shift');
  await page.keyboard.press('Digit1');
  await page.keyboard.up('Shift');
  return steadyZoom(page);
}

/** The zoom once the viewport has stopped moving (fitView animates for 200 ms, longer on a busy machine). */
async function steadyZoom(page: Page): Promise<number> {
  let last = Number.NaN;
  for (let attempt = 0; attempt < 40; attempt += 1) {
    await page.waitForTimeout(150);
    const { zoom } = await viewportOf(page);
    if (zoom === last) return zoom;
    last = zoom;
  }
  return last;
}

const domElements = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

/**
 * One session on a page whose map is about to be opened by `open`: ready
 * time, then at zoom 1 the DOM size, a pan and a card drag, then a pan at
 * zoom 0.3 and a pan of the fitted (whole map) view. `fitZoom` (the bare
 * page, given the app's) zooms the fitted view on to the app's fitted zoom,
 * since the app fits more than its cards (headers, lanes).
 */
export async function measureCanvasSession(page: Page, cardSelector: string, open: () => Promise<void>, fitZoom?: number): Promise<CanvasSample> {
  const readyMs = await timeToCards(page, cardSelector, open);
  const opened = await viewportOf(page);
  const { width, height } = await paneBox(page);
  await settle(page);

  const zoom1 = await zoomTo(page, 1);
  await settle(page);
  const dom = await domElements(page);
  const cards = await page.locator(cardSelector).count();
  const pan1 = await panFrames(page);
  await settle(page);
  const drag = await dragFrames(page, cardSelector);
  await settle(page);

  const zoom03 = await zoomTo(page, 0.3);
  await settle(page);
  const pan03 = await panFrames(page);

  let fitted = await fit(page);
  if (fitZoom !== undefined) fitted = await zoomTo(page, fitZoom);
  await settle(page);
  const panFit = await panFrames(page);
  return {
    readyMs,
    opened,
    pane: { width, height },
    zoom1: { zoom: zoom1, dom, cards, panFps: pan1.fps, panWork: pan1.workMs, dragFps: drag.fps, dragWork: drag.workMs },
    zoom03: { zoom: zoom03, panFps: pan03.fps, panWork: pan03.workMs },
    fit: { zoom: fitted, panFps: panFit.fps, panWork: panFit.workMs },
  };
}
