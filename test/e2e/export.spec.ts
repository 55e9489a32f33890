import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openDropdown } from './support/catalog';
import { addCard, waitSaved } from './support/editor';
import { createMap, createProject, pickPath } from './support/home';
import { switchLanguage } from './support/language';
import { importFile, writeCsv } from './support/metricsApi';
import { artefact } from './support/workshop';

/**
 * Exporting a map as a user does it: the export dialog (Ctrl+P) with its
 * choices and preview, the PDF through the in-app picker, a PNG of the
 * visible area, and a data table through the toolbar's Export menu. Lanes of
 * the starter map: 1 touchpoints, 4 pain points.
 */

const TOUCHPOINTS = 1;
const PAINS = 4;
const CHINESE = '登录太复杂';

const dialog = (page: Page) => page.getByRole('dialog').filter({ has: page.getByTestId('export-dialog') });
const preview = (page: Page) => page.getByTestId('export-preview');

/** Opens the PDF export with its shortcut, aimed at the editor (nothing focused). */
async function openPdfExport(page: Page): Promise<Locator> {
  await page.locator('body').click({ position: { x: 2, y: 2 } }).catch(() => undefined);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('ControlOrMeta+p');
  await expect(dialog(page)).toBeVisible();
  return dialog(page);
}

/** Picks an option of an antd Select that has a label (by the option's text). */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await dialog(page).getByLabel(label, { exact: true }).click();
  await openDropdown(page).getByTitle(option, { exact: true }).click();
}

/** Waits until the preview has the answer for the current choices and returns its page count. */
async function previewPages(page: Page): Promise<number> {
  await expect(preview(page)).toHaveAttribute('data-state', 'ready', { timeout: 20000 });
  await expect(preview(page)).toHaveAttribute('data-pages', /\d+/);
  return Number(await preview(page).getAttribute('data-pages'));
}

/** The texts of the open Select's options, as shown. */
const options = (page: Page) => openDropdown(page).locator('.ant-select-item-option-content');

const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

test('export: the PDF dialog with its choices and preview, saved through the picker', async ({ page, host }) => {
  test.setTimeout(180000);
  await createProject(page, 'Retail');
  await createMap(page, 'Checkout');
  await addCard(page, { stageIndex: 1, laneIndex: TOUCHPOINTS }, 'Checkout page');
  await addCard(page, { stageIndex: 2, laneIndex: PAINS }, 'Hidden fees');
  await addCard(page, { stageIndex: 0, laneIndex: PAINS }, CHINESE);
  await waitSaved(page);

  // The shortcuts are listed in the editor's help.
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const help = page.getByTestId('shortcut-help');
  await expect(help.getByRole('row', { name: /Export as PDF/ })).toContainText(/(Ctrl|⌘)\+P/);
  await expect(help.getByRole('row', { name: /Export as image/ })).toContainText(/(Ctrl|⌘)\+Shift\+E/);
  await page.keyboard.press('Escape');

  await openPdfExport(page);
  await previewPages(page);
  await artefact(page, 'export-dialog-en');

  // Only the map: no title page, legend or appendix, fitted on one A4 page.
  await choose(page, 'Paper', 'A4 (210 × 297 mm)');
  await dialog(page).getByRole('checkbox', { name: 'Title page' }).uncheck();
  await dialog(page).getByRole('checkbox', { name: 'Legend' }).uncheck();
  for (const appendix of ['Pain points (ranked)', 'Gaps']) await dialog(page).getByRole('checkbox', { name: appendix }).uncheck();
  await expect(await previewPages(page)).toBe(1);

  // The title page adds one; tiling the map at 200 % on A4 takes more pages than that.
  await dialog(page).getByRole('checkbox', { name: 'Title page' }).check();
  expect(await previewPages(page)).toBe(2);
  // antd's button-style radios hide the input under the label: click what the user sees.
  await dialog(page).getByText('Tiles', { exact: true }).click();
  await expect(dialog(page).getByRole('radio', { name: 'Tiles' })).toBeChecked();
  await dialog(page).getByLabel('Scale').fill('200');
  await dialog(page).getByLabel('Scale').press('Tab');
  const tiled = await previewPages(page);
  expect(tiled).toBeGreaterThan(2);
  await expect(preview(page).getByTestId('export-page-count')).toHaveText(`${tiled} pages`);
  await artefact(page, 'export-preview-tiles');

  // A long export can be cancelled from its progress dialog; no file is written.
  const file = path.join(host.projectsDir, 'Checkout.pdf');
  await dialog(page).getByLabel('Scale').fill('400');
  await dialog(page).getByLabel('Scale').press('Tab');
  await dialog(page).getByRole('button', { name: 'Export PDF…' }).click();
  await pickPath(page, 'Export PDF', file);
  const progress = page.getByRole('dialog', { name: 'Exporting' });
  await expect(progress).toBeVisible();
  await artefact(page, 'export-progress');
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Export cancelled; no file was written.')).toBeVisible({ timeout: 30000 });
  await expect(progress).toBeHidden();
  expect(fs.existsSync(file)).toBe(false);

  await dialog(page).getByLabel('Scale').fill('200');
  await dialog(page).getByLabel('Scale').press('Tab');
  expect(await previewPages(page)).toBe(tiled);
  await dialog(page).getByRole('button', { name: 'Export PDF…' }).click();
  await pickPath(page, 'Export PDF', file);
  await expect(page.getByText(`Exported ${tiled} pages to ${file}`)).toBeVisible({ timeout: 60000 });
  await expect(dialog(page)).toBeHidden();
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfPages(file)).toBe(tiled);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Hidden fees');
  expect(text).toContain(CHINESE);

  // The choices are remembered for the map's next export; the dialog speaks Chinese too.
  await switchLanguage(page, '简体中文');
  await openPdfExport(page);
  await expect(page.getByRole('dialog', { name: '导出“Checkout”' })).toBeVisible();
  await expect(dialog(page).getByRole('radio', { name: '分页拼贴' })).toBeChecked();
  await expect(dialog(page).getByLabel('比例')).toHaveValue('200');
  expect(await previewPages(page)).toBe(tiled);
  await expect(preview(page).getByTestId('export-page-count')).toHaveText(`共 ${tiled} 页`);
  await artefact(page, 'export-dialog-zh');
});

/** The canvas's visible area in map coordinates, from React Flow's viewport transform and the canvas's size. */
async function canvasArea(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const flow = document.querySelector<HTMLElement>('.react-flow');
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport?.style.transform ?? '')?.[1]);
    return { width: (flow?.clientWidth ?? 0) / zoom, height: (flow?.clientHeight ?? 0) / zoom };
  });
}

/** The canvas's visible area once a zoom has finished animating: two readings 200 ms apart agree. */
async function settledCanvasArea(page: Page): Promise<{ width: number; height: number }> {
  let last = await canvasArea(page);
  await expect
    .poll(async () => {
      await page.waitForTimeout(200);
      const now = await canvasArea(page);
      const settled = Math.abs(now.width - last.width) < 0.01 && Math.abs(now.height - last.height) < 0.01;
      last = now;
      return settled;
    })
    .toBe(true);
  return last;
}

/** Width and height of a PNG file, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('export: a PNG of the visible area, an SVG of the whole map, and pain points as CSV from the Export menu', async ({ page, host }) => {
  test.setTimeout(180000);
  await createProject(page, 'Retail');
  await createMap(page, 'Checkout');
  await addCard(page, { stageIndex: 2, laneIndex: PAINS }, 'Hidden fees');
  await addCard(page, { stageIndex: 0, laneIndex: PAINS }, CHINESE);
  await waitSaved(page);

  // The image export: PNG at 2x of what the canvas shows now.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const area = await settledCanvasArea(page);
  // The shortcut works while typing in the inspector too (no text field uses it).
  await page.getByTestId('inspector').getByRole('textbox').first().focus();
  await page.keyboard.press('ControlOrMeta+Shift+E');
  await expect(dialog(page).getByTestId('export-dialog')).toHaveAttribute('data-tab', 'image');
  await dialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog(page)).toBeHidden();
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: /Image \(PNG, SVG\)/ }).click();
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByTestId('export-dialog')).toHaveAttribute('data-tab', 'image');
  await dialog(page).getByText('2×', { exact: true }).click();
  await dialog(page).getByText('Visible area', { exact: true }).click();
  await expect(dialog(page).getByRole('radio', { name: 'Visible area' })).toBeChecked();
  await artefact(page, 'export-dialog-image-en');
  const png = path.join(host.projectsDir, 'Checkout.png');
  await dialog(page).getByRole('button', { name: 'Export PNG…' }).click();
  await pickPath(page, 'Export PNG', png);
  await expect(page.getByText(`Exported to ${png}`)).toBeVisible({ timeout: 60000 });
  const size = pngSize(png);
  fs.copyFileSync(png, path.resolve('test-results/artefacts/export-visible-area.png'));
  expect(Math.abs(size.width - 2 * area.width)).toBeLessThanOrEqual(2);
  expect(Math.abs(size.height - 2 * area.height)).toBeLessThanOrEqual(2);

  // SVG of the whole map: text stays text (searchable), Chinese included; the choices were remembered.
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: /Image \(PNG, SVG\)/ }).click();
  await expect(dialog(page).getByRole('radio', { name: 'Visible area' })).toBeChecked();
  await dialog(page).getByText('SVG', { exact: true }).click();
  await dialog(page).getByText('Whole map', { exact: true }).click();
  const svg = path.join(host.projectsDir, 'Checkout.svg');
  await dialog(page).getByRole('button', { name: 'Export SVG…' }).click();
  await pickPath(page, 'Export SVG', svg);
  await expect(page.getByText(`Exported to ${svg}`)).toBeVisible({ timeout: 60000 });
  const svgText = fs.readFileSync(svg, 'utf8');
  expect(svgText).toMatch(/<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svgText).toContain('Hidden fees');
  expect(svgText).toContain(CHINESE);

  // Pain points as CSV: UTF-8 with BOM, both cards, the Chinese title intact.
  const csv = path.join(host.projectsDir, 'pain.csv');
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'Pain points' }).hover();
  await page.getByRole('menuitem', { name: 'CSV…' }).click();
  await pickPath(page, 'Export Pain points', csv);
  await expect(page.getByText(`Pain points: 2 rows written to ${csv}`)).toBeVisible({ timeout: 30000 });
  const text = fs.readFileSync(csv, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).split('\r\n').filter((line) => line !== '');
  expect(lines).toHaveLength(3);
  expect(lines.slice(1).some((line) => line.includes('Hidden fees'))).toBe(true);
  expect(lines.slice(1).some((line) => line.includes(CHINESE))).toBe(true);
});

test('export: the metric choices come from the map’s imported metrics; metrics as CSV and the project as JSON from the Export menu', async ({ page, host }) => {
  test.setTimeout(180000);
  await createProject(page, 'Retail');
  await createMap(page, 'Checkout');
  await importFile(
    page,
    writeCsv(host.projectsDir, 'visitors.csv', ['month,stage,segment,visitors', '2026-02,Aware,New,6000', '2026-02,Consider,New,2500', '2026-03,Aware,New,7000', '2026-03,Aware,Returning,3000']),
    { kind: 'metrics', headerRow: 0, dayFirst: false, skipTotals: true, target: { kind: 'stage', column: 1 }, period: 0, segment: 2, layout: { layout: 'wide', metrics: [{ column: 3, metric: 'visitors' }] } },
  );
  await page.reload();
  await expect(page.getByTestId('map-editor')).toBeVisible();

  // Segments and periods of the map's metrics at the chosen period length.
  await openPdfExport(page);
  await dialog(page).getByLabel('Segment', { exact: true }).click();
  await expect(options(page)).toHaveText(['All users (no segment)', 'New', 'Returning']);
  await page.keyboard.press('Escape');
  await dialog(page).getByLabel('Period', { exact: true }).click();
  await expect(options(page)).toHaveText(['Latest (2026-03)', '2026-03', '2026-02']);
  await page.keyboard.press('Escape');
  await choose(page, 'Period length', 'Year');
  await dialog(page).getByLabel('Period', { exact: true }).click();
  await expect(options(page)).toHaveText(['Latest (2026)', '2026']);
  await page.keyboard.press('Escape');
  await dialog(page).getByRole('button', { name: 'Cancel' }).click();

  // The metric values as CSV: one row per value, the stage named.
  const csv = path.join(host.projectsDir, 'metrics.csv');
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'Metrics' }).hover();
  await page.getByRole('menuitem', { name: 'CSV…' }).click();
  await pickPath(page, 'Export Metrics', csv);
  await expect(page.getByText(new RegExp(`Metrics: \\d+ rows written to ${csv.replaceAll('/', '\\/')}`))).toBeVisible({ timeout: 30000 });
  const lines = fs.readFileSync(csv, 'utf8').slice(1).split('\r\n').filter((line) => line !== '');
  const values = lines.slice(1).filter((line) => line.includes('Aware'));
  expect(values.some((line) => line.includes('7000'))).toBe(true);
  expect(values.some((line) => line.includes('3000'))).toBe(true);

  // The project as JSON, from the same menu (the project view's action).
  const json = path.join(host.projectsDir, 'Retail.json');
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'Project JSON…' }).click();
  await pickPath(page, 'Export JSON as', json);
  await expect(page.getByText(`Exported to ${json}`)).toBeVisible({ timeout: 30000 });
  expect(JSON.stringify(JSON.parse(fs.readFileSync(json, 'utf8')))).toContain('"Checkout"');
});
