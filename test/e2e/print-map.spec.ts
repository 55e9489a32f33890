import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { JourneyMap } from '../../src/model/journey';
import type { RunningHost } from '../helpers/host';
import { expect, test } from './fixtures';
import { callHost, createTemplateMap, openPrintView } from './support/hostApi';

/**
 * The map drawing of the print view (renderer/print/map): a real project made
 * from a built-in template, drawn by the print view in real Chromium, read
 * back as the standalone SVG file main writes, and that file opened alone.
 */

/** A project with one map made from a built-in template, and the map as stored. */
async function templateMap(host: RunningHost, language: 'en' | 'zh-CN', key: string) {
  const ids = await createTemplateMap(host, { fileName: `map-${language}-${key}.cjm`, projectName: 'Print map', mapName: language === 'en' ? 'Journey' : '旅程', key, language });
  return { ids, map: await callHost<JourneyMap>(host, 'map.get', ids) };
}

/** Every <text> of the drawing with its rendered length: the same font gives the same lengths. */
const textLengths = (page: Page) =>
  page.locator('svg').first().evaluate((svg) => [...svg.querySelectorAll('text')].slice(0, 60).map((t) => [t.textContent, Math.round((t as SVGTextElement).getComputedTextLength() * 10) / 10]));

test('a Chinese map exports as a standalone SVG that carries its font and draws the same alone', async ({ page, host }, testInfo) => {
  const { ids, map } = await templateMap(host, 'zh-CN', 'consumerPurchase');
  await openPrintView(page, host, ids, { format: 'svg', content: { comments: true } });
  const svgText = await page.locator('#export-svg-output').inputValue();
  const file = testInfo.outputPath('map-zh.svg');
  fs.writeFileSync(file, svgText);

  expect(svgText.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
  expect(svgText).toMatch(/<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*width="\d+(\.\d+)?px"[^>]*height="\d+(\.\d+)?px"|<svg[^>]*height="\d+(\.\d+)?px"[^>]*width="\d+(\.\d+)?px"/);
  expect(svgText).toContain('<title>旅程</title>');
  // Only the font's subsets the drawing uses: some, not all of the ~200 faces.
  const faces = svgText.match(/@font-face/g)?.length ?? 0;
  expect(faces).toBeGreaterThan(2);
  expect(faces).toBeLessThan(120);
  expect(svgText).toContain('src:url(data:font/woff2;base64,');
  // Print-safe: no effects that turn into bitmaps, no HTML inside the SVG.
  expect(svgText).not.toMatch(/<filter|<foreignObject|<mask|opacity=|box-shadow/);

  // Every card title is in the drawing as text (emotion lanes show a curve instead of cards).
  const drawn = await page.locator('#export-map').evaluate((svg) => svg.textContent ?? '');
  const emotionLanes = new Set(map.lanes.filter((l) => l.type === 'emotions').map((l) => l.id));
  const titles = Object.values(map.cards).filter((c) => !emotionLanes.has(c.laneId)).map((c) => c.title);
  expect(titles.length).toBeGreaterThan(10);
  for (const title of titles) expect(drawn.replace(/[“”\s]/g, '')).toContain(title.replace(/\s/g, '').slice(0, 6));

  const inView = await textLengths(page);
  await page.locator('#export-map').screenshot({ path: testInfo.outputPath('print-view-zh.png') });

  // Alone, with no way to reach the app's font files: the embedded subsets must do.
  const alone = await page.context().newPage();
  await alone.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  await alone.goto(`file://${file}`);
  await alone.evaluate(() => document.fonts.ready);
  expect(await alone.evaluate(() => document.fonts.check('400 13px "Noto Sans SC"', '旅程'))).toBe(true);
  expect(await textLengths(alone)).toEqual(inView);
  // A full-page screenshot of a bare SVG document never settles; the viewport takes the drawing's size instead.
  const size = await alone.evaluate(() => document.documentElement.getBoundingClientRect());
  await alone.setViewportSize({ width: Math.ceil(size.width), height: Math.ceil(size.height) });
  await alone.screenshot({ path: testInfo.outputPath('standalone-zh.png') });
});

test('the map drawing keeps only the chosen lanes and stages and crops to the visible area', async ({ page, host }, testInfo) => {
  const { ids, map } = await templateMap(host, 'en', 'serviceBlueprint');
  const lanes = map.lanes.slice(0, 2).map((l) => l.id);
  const stages = map.stages.slice(1, 3).map((s) => s.id);
  await openPrintView(page, host, ids, { format: 'png', content: { laneIds: lanes, stageIds: stages } });
  const svg = page.locator('#export-map');
  expect(await svg.locator('[data-lane-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-lane-id')))).toEqual(lanes);
  expect(await svg.locator('[data-stage-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-stage-id')))).toEqual(stages);
  const kept = Object.values(map.cards).filter((c) => lanes.includes(c.laneId) && stages.includes(c.stageId)).map((c) => c.id).sort();
  expect((await svg.locator('[data-card-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-card-id')))).sort()).toEqual(kept);
  // Two stage columns after the lane header column: 208 + 2 × 248 px.
  expect(await svg.getAttribute('width')).toBe('704');
  await svg.screenshot({ path: testInfo.outputPath('filtered.png') });

  // The visible area of the canvas: the second stage column and what is under its header.
  const area = { x: 208 + 248, y: 0, width: 248, height: 300 };
  await openPrintView(page, host, ids, { format: 'png', content: { area } });
  expect(await svg.getAttribute('viewBox')).toBe('0 0 248 300');
  expect(await svg.locator('[data-stage-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-stage-id')))).toEqual([map.stages[1]?.id]);
  await svg.screenshot({ path: testInfo.outputPath('area.png') });
});

test('on paper the drawing is vector text in the bundled font only: no Type 3 glyphs, no images', async ({ page, host }, testInfo) => {
  const { ids, map } = await templateMap(host, 'en', 'consumerPurchase');
  await openPrintView(page, host, ids, { format: 'pdf', layout: { mode: 'poster' }, content: { comments: true }, parts: { titlePage: false, legend: false, appendices: [], language: 'en' } });
  const file = testInfo.outputPath('poster.pdf');
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
  const fonts = run('pdffonts', file).split('\n').slice(2).filter((line) => line.trim() !== '');
  expect(fonts.length).toBeGreaterThan(0);
  // Emotion labels, badges and headers included: every font is an embedded subset of Noto Sans SC.
  for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+NotoSansSC\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  expect(run('pdfimages', '-list', file).split('\n').slice(2).filter((line) => line.trim() !== '')).toEqual([]);
  const text = run('pdftotext', file, '-').replace(/\s+/g, ' ');
  const labels = Object.values(map.emotions ?? {}).flatMap((p) => (p.label ? [p.label] : []));
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(text).toContain(label);
  run('pdftoppm', '-r', '60', '-png', '-singlefile', file, testInfo.outputPath('poster'));
});
