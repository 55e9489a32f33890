import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ImportJobState } from '../../src/api/contract';
import { encodeExportOptions, MapLayoutSchema, PageSetupSchema, type ExportOptionsInput } from '../../src/export/exportOptions';
import { planMapPages } from '../../src/export/pages';
import type { RunningHost } from '../helpers/host';
import { expect, test } from './fixtures';
import { callHost, createTemplateMap, openPrintView } from './support/hostApi';

/**
 * The print view (renderer/print/print.html) as main's exporters open it:
 * a real project from a built-in template, the view's PDF made by Chromium
 * with the page's own @page sizes, then read back with poppler's tools.
 */

/** A project with one map made from a built-in template in the given language. */
const templateMap = (host: RunningHost, language: 'en' | 'zh-CN', key = 'carBuyer') =>
  createTemplateMap(host, {
    fileName: `print-${language}.cjm`,
    projectName: language === 'en' ? 'Acme cars' : '汽车客户旅程',
    mapName: language === 'en' ? 'Buying a car' : '购车旅程',
    key,
    language,
  });

/** Imports a stage metrics file into the map as the import wizard does (inspect, start, poll, commit). */
async function importStageVisitors(host: RunningHost, ids: { projectId: string; mapId: string }, rows: string[]): Promise<void> {
  const file = path.join(host.projectsDir, 'stage-visitors.csv');
  fs.writeFileSync(file, `${['month,stage,visitors', ...rows].join('\r\n')}\r\n`, 'utf8');
  await callHost(host, 'import.inspect', { projectId: ids.projectId, path: file });
  const mapping = { kind: 'metrics', headerRow: 0, dayFirst: false, skipTotals: true, target: { kind: 'stage', column: 1 }, period: 0, layout: { layout: 'wide', metrics: [{ column: 2, metric: 'visitors' }] } };
  const { jobId } = await callHost<{ jobId: string }>(host, 'import.start', { ...ids, path: file, read: {}, mapping });
  let state = await callHost<ImportJobState>(host, 'import.status', { jobId });
  while (state.phase === 'reading') state = await callHost<ImportJobState>(host, 'import.status', { jobId });
  expect(state.phase, state.error?.message).toBe('ready');
  await callHost(host, 'import.commit', { jobId, matches: state.suggestedMatches });
}

/** The page's PDF as main makes it, written next to the test's other outputs. */
async function printPdf(page: Page, file: string): Promise<string> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  return file;
}

const run = (tool: string, ...args: string[]): string => execFileSync(tool, args, { encoding: 'utf8' });
/** Page sizes in millimetres, one per page, from pdfinfo. */
function pageSizesMm(file: string): { widthMm: number; heightMm: number }[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', file))?.[1]);
  const info = run('pdfinfo', '-f', '1', '-l', String(pages), file);
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    widthMm: (Number(m[1]) * 25.4) / 72,
    heightMm: (Number(m[2]) * 25.4) / 72,
  }));
}

test('a Chinese map prints as a vector PDF: title page, fitted map, legend and appendices with selectable Chinese text', async ({ page, host }, testInfo) => {
  const ids = await templateMap(host, 'zh-CN');
  await importStageVisitors(host, ids, ['2026-03-01,了解车型,12000', '2026-03-01,预约试驾,3400', '2026-03-01,到店购车,800']);
  const persona = { id: 'persona-li', name: '李女士', role: '首次购车者', city: '杭州', quote: '我想要一个透明的价格', goals: '买一辆适合家庭的电动车' };
  await callHost(host, 'catalog.apply', { projectId: ids.projectId, commands: [{ name: 'persona.add', args: { persona } }] });
  await openPrintView(page, host, ids, {
    format: 'pdf',
    page: { paper: 'A4', orientation: 'landscape', marginMm: 10 },
    layout: { mode: 'fit' },
    content: { personaIds: [persona.id] },
    parts: { titlePage: true, legend: true, appendices: ['painPoints', 'gaps', 'metrics', 'personas'], author: '王小明', date: '2026-03-01', language: 'zh-CN' },
  });
  await expect(page.getByTestId('print-map-page')).toHaveCount(1);
  // The fitted map page says whose map it is in its bottom margin.
  await expect(page.getByTestId('print-map-page').getByTestId('print-sheet-footer')).toHaveText('汽车客户旅程 · 购车旅程');
  const file = await printPdf(page, testInfo.outputPath('zh-fit.pdf'));

  const sizes = pageSizesMm(file);
  // Title, map, legend, then the appendices flowing over one or more pages, all A4 landscape.
  expect(sizes.length).toBeGreaterThanOrEqual(4);
  for (const size of sizes) {
    expect(size.widthMm).toBeCloseTo(297, 0);
    expect(size.heightMm).toBeCloseTo(210, 0);
  }
  const text = run('pdftotext', '-layout', file, '-');
  // The chosen persona on the title page and in its appendix.
  expect(text).toMatch(/用户画像\s+李女士/);
  for (const words of ['杭州', '我想要一个透明的价格', '买一辆适合家庭的电动车']) expect(text).toContain(words);
  for (const words of ['汽车客户旅程', '购车旅程', '王小明', '2026-03-01', '本文档包含', '图例', '泳道类型', '痛点严重程度', '痛点优先级排序', '差距', '指标及其来源', '用户画像']) {
    expect(text, `"${words}" in the PDF's text`).toContain(words);
  }
  // The metrics appendix: the imported values for the latest month, and the file they came from.
  expect(text).toMatch(/预约试驾\s+访客数\s+3,400/);
  expect(text).toContain('stage-visitors.csv');
  const fonts = run('pdffonts', file);
  expect(fonts).toMatch(/NotoSansSC/);
  // Every font listed is embedded ("emb" column yes).
  for (const line of fonts.split('\n').slice(2).filter((l) => l.trim() !== '')) expect(line).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
  // No image at all: the styling (shadows, filters, opacity) never turned into a bitmap.
  expect(run('pdfimages', '-list', file).split('\n').slice(2).filter((l) => l.trim() !== '')).toEqual([]);

  // Page 1 as an artefact to look at (pdftoppm numbers pages with as many digits as the last page has).
  run('pdftoppm', '-png', '-r', '50', '-f', '1', '-l', '3', file, testInfo.outputPath('zh-fit-page'));
  expect(fs.readdirSync(testInfo.outputPath()).filter((name) => /^zh-fit-page-0*1\.png$/.test(name))).toHaveLength(1);
});

test('tiles cover the map on as many pages as the view plans, each labelled, with crop marks', async ({ page, host }, testInfo) => {
  const ids = await templateMap(host, 'en');
  const pageSetup = { paper: 'A4', orientation: 'portrait', marginMm: 12 } as const;
  const tiling = { mode: 'tiles', scale: 1.5, overlapMm: 10, cropMarks: true, pageLabels: true } as const;
  await openPrintView(page, host, ids, { format: 'pdf', page: pageSetup, layout: tiling, parts: { titlePage: false, legend: false, appendices: [], language: 'en' } });
  const tiles = page.getByTestId('print-map-page');
  const count = await tiles.count();
  expect(count).toBeGreaterThan(1);
  // The tiles' view boxes reach the map's right and bottom edges; the planner asks for exactly this many pages for that size.
  const boxes = await tiles.locator('.print-sheet__content > svg').evaluateAll((svgs) =>
    svgs.map((svg) => {
      const { x, y, width, height } = (svg as SVGSVGElement).viewBox.baseVal;
      return { x, y, width, height };
    }),
  );
  expect(boxes).toHaveLength(count);
  const width = Math.max(...boxes.map((b) => b.x + b.width));
  const height = Math.max(...boxes.map((b) => b.y + b.height));
  expect(planMapPages(width, height, PageSetupSchema.parse(pageSetup), MapLayoutSchema.parse(tiling)).tiles).toHaveLength(count);
  const labels = await page.getByTestId('print-sheet-footer').allTextContents();
  expect(labels).toHaveLength(count);
  expect(labels[0]).toBe(`Buying a car · Row 1, Column 1 · page 1 of ${count}`);
  expect(labels.at(-1)).toMatch(new RegExp(`page ${count} of ${count}$`));
  await expect(tiles.first().locator('[data-mark="crop"]')).toHaveCount(4);

  const file = await printPdf(page, testInfo.outputPath('en-tiles.pdf'));
  const sizes = pageSizesMm(file);
  expect(sizes).toHaveLength(count);
  for (const size of sizes) {
    expect(size.widthMm).toBeCloseTo(210, 0);
    expect(size.heightMm).toBeCloseTo(297, 0);
  }
  expect(run('pdftotext', file, '-')).toContain('Row 1, Column 2');
  run('pdftoppm', '-png', '-r', '40', '-f', '1', '-l', '2', file, testInfo.outputPath('en-tiles-page'));
});

test('a poster is one page of the map’s own size plus margins', async ({ page, host }, testInfo) => {
  const ids = await templateMap(host, 'en', 'serviceBlueprint');
  await openPrintView(page, host, ids, {
    format: 'pdf',
    page: { paper: 'A4', orientation: 'portrait', marginMm: 5 },
    layout: { mode: 'poster', scale: 0.5 },
    parts: { titlePage: true, legend: false, appendices: [], language: 'en' },
  });
  const svg = page.getByTestId('print-map-page').locator('svg').first();
  const width = Number.parseFloat((await svg.getAttribute('width')) ?? '');
  const height = Number.parseFloat((await svg.getAttribute('height')) ?? '');
  const file = await printPdf(page, testInfo.outputPath('en-poster.pdf'));
  const sizes = pageSizesMm(file);
  expect(sizes).toHaveLength(2);
  expect(sizes[0]!.widthMm).toBeCloseTo(210, 0);
  expect(sizes[1]!.widthMm).toBeCloseTo(width + 10, 0);
  expect(sizes[1]!.heightMm).toBeCloseTo(height + 10, 0);
});

test('a damaged option makes the print view fail naming the field', async ({ page, host }) => {
  const ids = await templateMap(host, 'en');
  const query = new URLSearchParams({
    token: host.token,
    projectId: ids.projectId,
    mapId: ids.mapId,
    options: encodeExportOptions({ format: 'pdf', page: { paper: 'B7' } } as unknown as ExportOptionsInput),
  });
  await page.goto(`${host.origin}/print/print.html?${query.toString()}`);
  await expect(page.locator('html')).toHaveAttribute('data-export-state', 'error');
  await expect(page.locator('html')).toHaveAttribute('data-export-error', /options\.page\.paper/);
});

test('a margin that leaves no room fails naming the field, before anything is drawn', async ({ page, host }) => {
  const ids = await templateMap(host, 'en');
  const query = new URLSearchParams({
    token: host.token,
    projectId: ids.projectId,
    mapId: ids.mapId,
    options: encodeExportOptions({ format: 'pdf', page: { paper: 'custom', widthMm: 60, heightMm: 60, marginMm: 28 } }),
  });
  await page.goto(`${host.origin}/print/print.html?${query.toString()}`);
  await expect(page.locator('html')).toHaveAttribute('data-export-state', 'error');
  await expect(page.locator('html')).toHaveAttribute('data-export-error', /page\.marginMm.*margin of 28 mm/);
});

test('PNG: only the map, as #export-map at its natural size on a transparent page', async ({ page, host }) => {
  const ids = await templateMap(host, 'en');
  await openPrintView(page, host, ids, { format: 'png', scale: 1, background: 'transparent', language: 'en' });
  await expect(page.locator('#export-map')).toBeVisible();
  await expect(page.getByTestId('print-document')).toHaveCount(0);
  // Neither the page nor its body paints behind the map (the html element's background would fill the screenshot too).
  const backgrounds = await page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor]);
  expect(backgrounds).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
  const shot = await page.locator('#export-map').screenshot({ omitBackground: true });
  // The screenshot main takes is see-through at its top-left corner, where the drawing paints nothing.
  const cornerAlpha = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, 1, 1).data[3];
  }, shot.toString('base64'));
  expect(cornerAlpha).toBe(0);
});

test('SVG: the standalone file text waits in #export-svg-output, with the map name as its title and the font embedded', async ({ page, host }) => {
  const ids = await templateMap(host, 'zh-CN');
  await openPrintView(page, host, ids, { format: 'svg', background: 'white', language: 'zh-CN' });
  const svg = await page.locator('#export-svg-output').inputValue();
  expect(svg).toMatch(/^<\?xml/);
  expect(svg).toContain('<title>购车旅程</title>');
  expect(svg).toContain('@font-face');
  expect(svg).toContain('了解车型');
});

test('preview: the same sheets framed and numbered, for the export dialog', async ({ page, host }, testInfo) => {
  const ids = await templateMap(host, 'en');
  await openPrintView(
    page,
    host,
    ids,
    { format: 'pdf', page: { paper: 'A4', orientation: 'landscape' }, layout: { mode: 'tiles', scale: 1 }, parts: { appendices: ['painPoints'], language: 'en' } },
    '&preview=1',
  );
  const sheets = page.locator('.print-preview__page');
  const tiles = await page.getByTestId('print-map-page').count();
  // Title page, the tiles, the legend.
  await expect(sheets).toHaveCount(tiles + 2);
  await expect(sheets.nth(1).locator('.print-preview__number')).toHaveText('Page 2');
  await page.screenshot({ path: testInfo.outputPath('preview.png'), fullPage: true });
});
