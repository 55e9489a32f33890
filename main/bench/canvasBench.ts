import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createAppServices } from '../services/appServices';
import { startHost } from '../host/server';
import { CHROMIUM_ARGS, chromiumExecutable } from '../host/chromium';
import { seedBenchProject } from './seedBenchProject';
import { measureCanvasSession, type CanvasSample } from './measureCanvas';
import { buildBarePage, serveBarePage, type BarePage } from './bareCanvasPage';
import { PAIRS } from './benchResults';
import { entryFromPaired, pairedFigure, ratioEntry, type FigureKind, type PairedFigure, type RatioEntry } from './benchSummary';

/**
 * `npm run bench -- canvas`: the app's canvas next to a bare React Flow page
 * (bench/bare) drawing the same cards, in the same browser, interleaved
 * (app, bare, app, bare ...), each session in a fresh browser context and,
 * for the app, a fresh copy of the seeded project file.
 */

const SIZES = (process.env.BENCH_SIZES ?? '500,2000,5000,10000').split(',').map(Number);
const VIEWPORT = { width: 1600, height: 1000 };
const APP_CARD = '[data-testid="card"]';
const BARE_CARD = '.react-flow__node';

interface Seeded {
  file: string;
  mapName: string;
}

/** Seeds a project once per size (the master copied for every app session) and writes its map, as `map.get` answers it, for the bare page. */
async function seedMaster(root: string, cards: number, bare: BarePage): Promise<Seeded> {
  const services = createAppServices({ dataDir: path.join(root, 'data'), projectsDir: root, appVersion: 'bench', host: 'browser' });
  try {
    const file = path.join(root, `bench-${cards}.cjm`);
    const { mapName } = await seedBenchProject(services.handlers, file, cards);
    const opened = await services.handlers['project.open']({ path: file });
    const map = await services.handlers['map.get']({ projectId: opened.projectId, mapId: opened.maps[0]!.id });
    fs.writeFileSync(path.join(bare.dir, `map-${cards}.json`), JSON.stringify(map));
    await services.handlers['project.close']({ projectId: opened.projectId });
    return { file, mapName };
  } finally {
    await services.dispose();
  }
}

async function appSession(browser: Browser, staticDir: string, seeded: Seeded): Promise<CanvasSample> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-bench-canvas-'));
  const projectsDir = path.join(root, 'projects');
  fs.mkdirSync(projectsDir);
  const file = path.join(projectsDir, path.basename(seeded.file));
  fs.copyFileSync(seeded.file, file);
  const host = await startHost({ dataDir: path.join(root, 'data'), projectsDir, staticDir, appVersion: 'bench' });
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    // Opening it once puts the copy in this fresh data folder's recent projects, where the user picks it.
    const { projectId } = await host.handlers['project.open']({ path: file });
    await host.handlers['project.close']({ projectId });
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByTestId('recent-project').first().click();
    const mapItem = page.getByTestId('map-item').filter({ hasText: seeded.mapName });
    await mapItem.waitFor();
    return await measureCanvasSession(page, APP_CARD, () => mapItem.locator('.map-card-open').click({ timeout: 180_000 }));
  } finally {
    await context.close();
    await host.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** The bare page, in a canvas of the app's size, opening at the viewport the app opened at. */
async function bareSession(browser: Browser, bare: BarePage, cards: number, like: CanvasSample): Promise<CanvasSample> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const query = new URLSearchParams({
      map: `map-${cards}.json`,
      w: String(Math.round(like.pane.width)),
      h: String(Math.round(like.pane.height)),
      vx: String(like.opened.x),
      vy: String(like.opened.y),
      vz: String(like.opened.zoom),
    });
    await page.goto(`${bare.origin}/index.html?${query}`);
    return await measureCanvasSession(page, BARE_CARD, () => page.locator('#open').click(), like.fit.zoom);
  } finally {
    await context.close();
  }
}

interface CanvasFigure {
  name: string;
  value: (s: CanvasSample) => number;
  kind: FigureKind;
  goal: string;
}

const FIGURES: CanvasFigure[] = [
  { name: 'canvas.ready', value: (s) => s.readyMs, kind: 'lowerIsBetter', goal: '<= 1.2' },
  { name: 'canvas.pan.zoom1', value: (s) => s.zoom1.panFps, kind: 'higherIsBetter', goal: '<= 1.0' },
  { name: 'canvas.pan.zoom03', value: (s) => s.zoom03.panFps, kind: 'higherIsBetter', goal: '<= 0.5' },
  { name: 'canvas.pan.fit', value: (s) => s.fit.panFps, kind: 'higherIsBetter', goal: '<= 0.5' },
  { name: 'canvas.drag', value: (s) => s.zoom1.dragFps, kind: 'higherIsBetter', goal: '<= 1.0' },
  // Main-thread work per frame (ms): what a frame costs even when both pages are at the display's 60 fps.
  { name: 'canvas.pan.zoom1.work', value: (s) => s.zoom1.panWork, kind: 'lowerIsBetter', goal: '<= 1.0' },
  { name: 'canvas.pan.zoom03.work', value: (s) => s.zoom03.panWork, kind: 'lowerIsBetter', goal: '<= 0.5' },
  { name: 'canvas.pan.fit.work', value: (s) => s.fit.panWork, kind: 'lowerIsBetter', goal: '<= 0.5' },
  { name: 'canvas.drag.work', value: (s) => s.zoom1.dragWork, kind: 'lowerIsBetter', goal: '<= 1.0' },
];

export interface CanvasSizeResult {
  cards: number;
  app: CanvasSample[];
  bare: CanvasSample[];
  figures: Record<string, PairedFigure>;
  dom: PairedFigure;
}

function summarise(cards: number, app: CanvasSample[], bare: CanvasSample[]): CanvasSizeResult {
  const figures: Record<string, PairedFigure> = {};
  for (const f of FIGURES) figures[f.name] = pairedFigure(app.map(f.value), bare.map(f.value), f.kind);
  const dom = pairedFigure(
    app.map((s) => s.zoom1.dom),
    bare.map((s) => s.zoom1.dom),
    'lowerIsBetter',
  );
  return { cards, app, bare, figures, dom };
}

/**
 * The figures of ratios.json. canvas.dom.nN compares the document's elements
 * with the bare page's; its goal is the "independent of the number of
 * cards (within 10 %)": at most 1.1x the app's own count at the smallest size.
 * canvas.dom.growth is that quotient at the largest size.
 */
export function canvasEntries(results: readonly CanvasSizeResult[]): RatioEntry[] {
  const entries: RatioEntry[] = [];
  const smallest = results[0];
  for (const r of results) {
    for (const f of FIGURES) entries.push(entryFromPaired(`${f.name}.n${r.cards}`, r.figures[f.name]!, f.kind, f.goal));
    const bound = Math.floor(1.1 * (smallest?.dom.app.median ?? Number.NaN));
    entries.push(entryFromPaired(`canvas.dom.n${r.cards}`, r.dom, 'lowerIsBetter', `app <= ${bound}`));
  }
  const largest = results.at(-1);
  if (smallest && largest && largest !== smallest) {
    entries.push(ratioEntry('canvas.dom.growth', largest.dom.app.median, smallest.dom.app.median, 'lowerIsBetter', '<= 1.1'));
  }
  return entries;
}

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
const withSpread = (f: PairedFigure['app'], digits = 1) => `${fmt(f.median, digits)} [${fmt(f.min, digits)}–${fmt(f.max, digits)}]`;

export function printCanvasTable(results: readonly CanvasSizeResult[]): void {
  console.table(
    results.flatMap((r) => [
      ...FIGURES.map((f) => ({
        cards: r.cards,
        figure: f.name,
        'app median [min–max]': withSpread(r.figures[f.name]!.app, f.kind === 'lowerIsBetter' && !f.name.endsWith('.work') ? 0 : 1),
        'bare median [min–max]': withSpread(r.figures[f.name]!.bare, f.kind === 'lowerIsBetter' && !f.name.endsWith('.work') ? 0 : 1),
        ratio: fmt(r.figures[f.name]!.ratio, 2),
      })),
      { cards: r.cards, figure: 'canvas.dom', 'app median [min–max]': withSpread(r.dom.app, 0), 'bare median [min–max]': withSpread(r.dom.bare, 0), ratio: fmt(r.dom.ratio, 2) },
      {
        cards: r.cards,
        figure: 'zoom at 1 / 0.3 / fit',
        'app median [min–max]': `${fmt(r.app[0]?.zoom1.zoom ?? NaN, 2)} / ${fmt(r.app[0]?.zoom03.zoom ?? NaN, 2)} / ${fmt(r.app[0]?.fit.zoom ?? NaN, 3)}`,
        'bare median [min–max]': `${fmt(r.bare[0]?.zoom1.zoom ?? NaN, 2)} / ${fmt(r.bare[0]?.zoom03.zoom ?? NaN, 2)} / ${fmt(r.bare[0]?.fit.zoom ?? NaN, 3)}`,
        ratio: '',
      },
    ]),
  );
}

export async function benchCanvas(): Promise<CanvasSizeResult[]> {
  const staticDir = path.resolve('dist/renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build` first');
  const bareDir = path.resolve('dist/bench-bare');
  process.stdout.write('building the bare React Flow page (bench/bare)...\n');
  buildBarePage(bareDir);
  const bare = await serveBarePage(bareDir);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS, headless: true });
  const seedRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-bench-seed-'));
  try {
    const results: CanvasSizeResult[] = [];
    for (const cards of SIZES) {
      process.stdout.write(`canvas, ${cards} cards: seeding...\n`);
      const seeded = await seedMaster(seedRoot, cards, bare);
      const app: CanvasSample[] = [];
      const base: CanvasSample[] = [];
      for (let pair = 1; pair <= PAIRS; pair += 1) {
        process.stdout.write(`canvas, ${cards} cards: pair ${pair}/${PAIRS} app...`);
        const a = await appSession(browser, staticDir, seeded);
        app.push(a);
        process.stdout.write(` ready ${a.readyMs.toFixed(0)} ms; bare...`);
        const b = await bareSession(browser, bare, cards, a);
        base.push(b);
        process.stdout.write(` ready ${b.readyMs.toFixed(0)} ms\n`);
      }
      results.push(summarise(cards, app, base));
    }
    return results;
  } finally {
    await browser.close();
    await bare.close();
    fs.rmSync(seedRoot, { recursive: true, force: true });
  }
}
