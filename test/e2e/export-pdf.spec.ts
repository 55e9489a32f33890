import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { printViewUrl } from '../../main/services/export/printView';
import type { Command } from '../../src/commands/schemas';
import { ExportOptionsSchema, type ExportOptionsInput, type PdfOptions } from '../../src/export/exportOptions';
import { planMapPages } from '../../src/export/pages';
import type { ExportJobState } from '../../src/export/printData';
import type { RunningHost } from '../helpers/host';
import { expect, test } from './fixtures';
import { callHost } from './support/hostApi';

/**
 * PDF, PNG and SVG export through the browser host: main opens the print view
 * in headless Chromium (export.start) and writes the file; the files are read
 * back with poppler (pdftotext, pdffonts, pdfimages, pdfinfo, pdftoppm).
 */

const ARTEFACTS = path.resolve('test-results/artefacts');
const CLI = path.resolve(process.env.JOURNEY_DIST ?? 'dist', 'main/cli.mjs');

/** Runs the built `journey-studio` command; fails the test with its output when it does not exit 0. */
function runCli(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 120_000 }, (error, _stdout, stderr) =>
      error ? reject(new Error(`journey-studio ${args[0]} failed: ${stderr}`)) : resolve(),
    );
  });
}

/** Card titles in Chinese and English, one per stage and lane, so the text of both scripts must come out of the PDF. */
const STAGES = ['认知 Awareness', '考虑 Consideration', '购买 Purchase', '使用 Onboarding', '续费 Renewal', '推荐 Advocacy'];
const LANES = [
  { id: 'lt', name: '触点 Touchpoints', type: 'touchpoints' },
  { id: 'la', name: 'Actions', type: 'actions' },
  { id: 'lp', name: '痛点 Pain points', type: 'painPoints' },
] as const;
const TITLES: Record<string, string[]> = {
  lt: ['微信公众号文章', 'Search ads', '小程序下单', 'Welcome email', '续费提醒短信', 'Referral link'],
  la: ['Reads reviews', '比较三家价格', 'Pays by Alipay', '完成新手引导', 'Renews yearly plan', '分享给同事'],
  lp: ['广告太多', 'Pricing unclear', '支付页面加载慢', 'Setup takes an hour', '自动续费没有提醒', 'No reward for referrals'],
};
const ALL_TITLES = Object.values(TITLES).flat();

/** A project with one map holding every title of TITLES. */
async function seedMap(host: RunningHost): Promise<{ projectId: string; mapId: string }> {
  const { projectId } = await callHost<{ projectId: string }>(host, 'project.create', { path: 'export.cjm', name: '导出 Export' });
  const mapId = 'm1';
  await callHost(host, 'map.create', { projectId, mapId, name: '客户旅程 Customer journey' });
  const commands: Command[] = [
    ...STAGES.map((name, i): Command => ({ name: 'stage.add', args: { stage: { id: `s${i}`, name } } })),
    ...LANES.map((lane): Command => ({ name: 'lane.add', args: { lane: { ...lane } } })),
    {
      name: 'card.add',
      args: { cards: LANES.flatMap((lane) => TITLES[lane.id]!.map((title, i) => ({ id: `${lane.id}${i}`, stageId: `s${i}`, laneId: lane.id, order: 0, title }))) },
    },
  ];
  await callHost(host, 'map.apply', { projectId, mapId, commands });
  return { projectId, mapId };
}

/** Runs an export job to the end and returns its final state (failing the test with the job's error). */
async function exportFile(host: RunningHost, ids: { projectId: string; mapId: string }, options: ExportOptionsInput, file: string): Promise<ExportJobState> {
  const { jobId } = await callHost<{ jobId: string }>(host, 'export.start', { ...ids, options, path: file });
  for (;;) {
    const state = await callHost<ExportJobState>(host, 'export.status', { jobId });
    if (state.phase === 'done') return state;
    if (state.phase === 'failed' || state.phase === 'cancelled') throw new Error(`export ${state.phase}: ${state.error?.code} ${state.error?.message}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const poppler = (tool: string, ...args: string[]): string => execFileSync(tool, args, { encoding: 'utf8' });
const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** "Page    1 size: 841.89 x 1190.55 pts (A3)" for each page, as [width, height] in points. */
function pageSizes(file: string): [number, number][] {
  const info = poppler('pdfinfo', '-f', '1', '-l', '999', file);
  return [...info.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])]);
}

const ptOf = (mm: number): number => (mm / 25.4) * 72;

/** A page side matches the size asked for within 1 pt (0.35 mm): Chromium rounds page sizes to its own units (A3's 1190.55 pt comes out as 1191.12). */
const expectSide = (pt: number, mm: number) => expect(Math.abs(pt - ptOf(mm)), `${pt} pt for ${mm} mm`).toBeLessThan(1);

/** The map's laid-out size in CSS pixels, as the print view draws it (its SVG's width and height). */
async function mapViewSize(page: Page, host: RunningHost, ids: { projectId: string; mapId: string }): Promise<{ width: number; height: number }> {
  await page.goto(printViewUrl(host.origin, { ...ids, options: ExportOptionsSchema.parse({ format: 'svg' }) }, host.token));
  await expect(page.locator('html')).toHaveAttribute('data-export-state', 'ready', { timeout: 60_000 });
  const svg = page.locator('#export-map');
  return { width: Number(await svg.getAttribute('width')), height: Number(await svg.getAttribute('height')) };
}

/** Width, height and the alpha of the top-left pixel of a PNG, decoded by the browser. */
async function pngFacts(page: Page, bytes: Buffer): Promise<{ width: number; height: number; cornerAlpha: number }> {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return { width: bitmap.width, height: bitmap.height, cornerAlpha: context.getImageData(0, 0, 1, 1).data[3]! };
  }, bytes.toString('base64'));
}

test.describe('export through the print view', () => {
  test.setTimeout(180_000);

  test('a PDF with Chinese and English titles: searchable text, embedded fonts, no images, page 1 kept as a PNG', async ({ host }) => {
    const ids = await seedMap(host);
    const file = path.join(host.projectsDir, 'journey.pdf');
    const state = await exportFile(host, ids, { format: 'pdf', parts: { appendices: ['painPoints', 'gaps'], author: '李梅' } }, file);
    expect(state).toMatchObject({ path: file, progress: 1 });
    expect(state.pages).toBe(pageSizes(file).length);

    const text = squeeze(poppler('pdftotext', file, '-'));
    for (const title of ALL_TITLES) expect(text, `"${title}" in the PDF's text`).toContain(squeeze(title));
    expect(text).toContain('李梅');

    const fonts = poppler('pdffonts', file).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line.match(/\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/)?.[1], `embedded: ${line}`).toBe('yes');
    expect(fonts.some((line) => /NotoSansSC/i.test(line))).toBe(true);

    // Shadows, filters or blurs would be rasterised into images; the print styles have none.
    expect(poppler('pdfimages', '-list', file).trim().split('\n').slice(2)).toEqual([]);

    fs.mkdirSync(ARTEFACTS, { recursive: true });
    poppler('pdftoppm', '-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, path.join(ARTEFACTS, 'export-pdf-page1'));
    expect(fs.statSync(path.join(ARTEFACTS, 'export-pdf-page1.png')).size).toBeGreaterThan(1000);
    // The title page comes first; the map page is kept too, to look at the drawing itself.
    poppler('pdftoppm', '-png', '-r', '60', '-f', '2', '-l', '2', '-singlefile', file, path.join(ARTEFACTS, 'export-pdf-map'));
  });

  test('map pages: fit is one page of the paper, poster one page of the map’s size, tiles as many as planMapPages says', async ({ host, page }) => {
    const ids = await seedMap(host);
    const view = await mapViewSize(page, host, ids);
    expect(view.width).toBeGreaterThan(0);
    const mapOnly = { titlePage: false, legend: false, appendices: [] };
    const run = async (name: string, input: Omit<ExportOptionsInput & { format: 'pdf' }, 'format' | 'parts'>) => {
      const options = ExportOptionsSchema.parse({ format: 'pdf', parts: mapOnly, ...input }) as PdfOptions;
      const file = path.join(host.projectsDir, `${name}.pdf`);
      const state = await exportFile(host, ids, options, file);
      return { plan: planMapPages(view.width, view.height, options.page, options.layout), sizes: pageSizes(file), state };
    };

    const fit = await run('fit', { page: { paper: 'A3', orientation: 'landscape' }, layout: { mode: 'fit' } });
    expect(fit.sizes).toHaveLength(1);
    expectSide(fit.sizes[0]![0], 420);
    expectSide(fit.sizes[0]![1], 297);

    const poster = await run('poster', { layout: { mode: 'poster', scale: 1.5 } });
    expect(poster.sizes).toHaveLength(1);
    expectSide(poster.sizes[0]![0], poster.plan.page.widthMm);
    expectSide(poster.sizes[0]![1], poster.plan.page.heightMm);

    const tiles = await run('tiles', { page: { paper: 'A4', orientation: 'portrait' }, layout: { mode: 'tiles', scale: 1.5, overlapMm: 15 } });
    expect(tiles.plan.tiles.length).toBeGreaterThan(1);
    expect(tiles.sizes).toHaveLength(tiles.plan.rows * tiles.plan.cols);
    expect(tiles.state.pages).toBe(tiles.plan.tiles.length);
    for (const [width, height] of tiles.sizes) {
      expectSide(width, 210);
      expectSide(height, 297);
    }
  });

  test('PNG at 2x has twice the pixels of 1x, and a transparent one has see-through corners', async ({ host, page }) => {
    const ids = await seedMap(host);
    const one = path.join(host.projectsDir, 'one.png');
    const two = path.join(host.projectsDir, 'two.png');
    const clear = path.join(host.projectsDir, 'clear.png');
    await exportFile(host, ids, { format: 'png', scale: 1 }, one);
    await exportFile(host, ids, { format: 'png', scale: 2 }, two);
    await exportFile(host, ids, { format: 'png', scale: 1, background: 'transparent' }, clear);
    const a = await pngFacts(page, fs.readFileSync(one));
    const b = await pngFacts(page, fs.readFileSync(two));
    expect(a.width).toBeGreaterThan(100);
    expect(b.width).toBe(a.width * 2);
    expect(b.height).toBe(a.height * 2);
    expect(a.cornerAlpha).toBe(255);
    expect((await pngFacts(page, fs.readFileSync(clear))).cornerAlpha).toBe(0);
  });

  test('SVG carries every title as text and embeds its font', async ({ host }) => {
    const ids = await seedMap(host);
    const svgFile = path.join(host.projectsDir, 'map.svg');
    await exportFile(host, ids, { format: 'svg' }, svgFile);
    const svg = fs.readFileSync(svgFile, 'utf8');
    expect(svg.startsWith('<svg') || svg.startsWith('<?xml')).toBe(true);
    for (const title of ALL_TITLES) expect(svg, title).toContain(title.replaceAll('&', '&amp;'));
    expect(svg).toMatch(/@font-face\s*{[^}]*font-family:\s*["']?Noto Sans SC/);
    expect(svg).toMatch(/src:\s*url\(["']?data:font\/woff2;base64,/);
  });

  test('a layout the print view cannot draw fails naming the option, and a cancelled export leaves no file', async ({ host }) => {
    const ids = await seedMap(host);
    const bad = path.join(host.projectsDir, 'bad.pdf');
    const options = { format: 'pdf', page: { paper: 'custom', widthMm: 100, heightMm: 100, marginMm: 10 }, layout: { mode: 'tiles', overlapMm: 45 } };
    await expect(exportFile(host, ids, options as ExportOptionsInput, bad)).rejects.toThrow(/layout\.overlapMm/);
    expect(fs.existsSync(bad)).toBe(false);

    const cancelled = path.join(host.projectsDir, 'cancelled.pdf');
    const { jobId } = await callHost<{ jobId: string }>(host, 'export.start', { ...ids, options: { format: 'pdf', layout: { mode: 'tiles', scale: 2 } }, path: cancelled });
    expect(await callHost<ExportJobState>(host, 'export.cancel', { jobId })).toMatchObject({ phase: 'cancelled' });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await callHost<ExportJobState>(host, 'export.status', { jobId })).toMatchObject({ phase: 'cancelled' });
    expect(fs.readdirSync(host.projectsDir).filter((name) => name.startsWith('cancelled') || name.includes('.tmp'))).toEqual([]);
  });

  test('the command line writes the same PDF as the browser host, byte for byte but for the timestamps', async ({ host }) => {
    test.skip(!fs.existsSync(CLI), `${CLI} is missing: run npm run build first`);
    const choices = ['--page', 'A4', '--portrait', '--tiles', '--scale', '1.5', '--appendix', 'painPoints,gaps', '--author', '李梅', '--date', '2026-12-01', '--lang', 'zh-CN'];
    const options: ExportOptionsInput = {
      format: 'pdf',
      page: { paper: 'A4', orientation: 'portrait' },
      layout: { mode: 'tiles', scale: 1.5 },
      parts: { appendices: ['painPoints', 'gaps'], author: '李梅', date: '2026-12-01', language: 'zh-CN' },
    };
    const project = path.join(host.projectsDir, 'same.cjm');
    await runCli(['new', project, '--template', 'carBuyer', '--lang', 'zh-CN']);
    const fromCli = path.join(host.projectsDir, 'cli.pdf');
    await runCli(['export', project, '--format', 'pdf', '--out', fromCli, ...choices]);

    const opened = await callHost<{ projectId: string; maps: { id: string }[] }>(host, 'project.open', { path: project });
    const fromHost = path.join(host.projectsDir, 'host.pdf');
    await exportFile(host, { projectId: opened.projectId, mapId: opened.maps[0]!.id }, options, fromHost);
    await callHost(host, 'project.close', { projectId: opened.projectId });

    // Chromium stamps the time of printing; everything else must match.
    const timeless = (file: string) => fs.readFileSync(file).toString('latin1').replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/g, '');
    expect(pageSizes(fromCli).length).toBeGreaterThan(2);
    expect(timeless(fromCli) === timeless(fromHost), 'the two PDFs differ beyond their timestamps').toBe(true);
  });
});
