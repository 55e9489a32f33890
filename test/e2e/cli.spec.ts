import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The built `journey-studio` command (dist/main/cli.mjs, `npm run build`
 * first) run as a pipeline runs it: PDF, PNG and SVG drawn by the print view
 * in headless Chromium, checked with poppler and by reading the files.
 */

const CLI = path.resolve(process.env.JOURNEY_DIST ?? 'dist', 'main/cli.mjs');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function journeyStudio(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
const compact = (text: string) => text.replace(/\s+/g, '');

/** Width, height and colour type (6: with alpha) from a PNG's IHDR chunk. */
function pngHeader(file: string): { width: number; height: number; colourType: number } {
  const bytes = fs.readFileSync(file);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25]! };
}

interface ProjectJson {
  maps: { name: string; stages: { id: string; name: string }[]; lanes: { id: string; name: string }[]; cards: Record<string, { title: string; stageId: string; laneId: string }> }[];
}

test.describe('journey-studio export (built command, headless Chromium)', () => {
  test.describe.configure({ timeout: 180000 });
  let dir: string;
  let project: ProjectJson['maps'][number];

  test.beforeEach(async () => {
    test.skip(!fs.existsSync(CLI), `${CLI} is missing: run npm run build first`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-cli-e2e-'));
    expect((await journeyStudio(['new', '门店.cjm', '--template', 'carBuyer', '--lang', 'zh-CN', '--name', '门店旅程'], dir)).code).toBe(0);
    expect((await journeyStudio(['export', '门店.cjm', '--format', 'json', '--out', 'project.json'], dir)).code).toBe(0);
    project = (JSON.parse(fs.readFileSync(path.join(dir, 'project.json'), 'utf8')) as ProjectJson).maps[0]!;
  });
  test.afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('PDF: searchable Chinese text in embedded Noto Sans SC, pages by layout, a PNG of the map page kept', async ({}, testInfo) => {
    const run = await journeyStudio(['export', '门店.cjm', '--format', 'pdf', '--page', 'A3', '--author', '王芳', '--out', 'map.pdf'], dir);
    expect(run.stderr).toMatch(/^Wrote "购车用户旅程" to .*map\.pdf \(\d+ pages, \d+ KB\)\.\n$/);
    expect(run).toMatchObject({ code: 0, stdout: `${path.join(dir, 'map.pdf')}\n` });
    const file = path.join(dir, 'map.pdf');

    const text = compact(pdfText(file));
    for (const words of ['门店旅程', '购车用户旅程', '王芳', ...project.stages.map((stage) => stage.name)]) expect(text, words).toContain(compact(words));
    for (const card of Object.values(project.cards)) expect(text, card.title).toContain(compact(card.title));

    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSansSC\S*\s+CID TrueType\s+Identity-H\s+yes/);
    // Every text font is embedded: no line of the table says "no" in the emb column.
    expect(fonts.split('\n').slice(2).filter((line) => /CID TrueType/.test(line) && !/\byes\s+yes\b/.test(line))).toEqual([]);
    // Styling (shadows, filters) never turns into bitmaps: the card images of this template are none.
    expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2)).toEqual([]);

    // Title page + the map on one page + legend + appendices; the map alone is one page.
    const fitted = pdfPages(file);
    const onlyMap = await journeyStudio(['export', '门店.cjm', '--format', 'pdf', '--no-title-page', '--no-legend', '--appendix', 'none', '--out', 'only-map.pdf'], dir);
    expect(onlyMap.code).toBe(0);
    expect(pdfPages(path.join(dir, 'only-map.pdf'))).toBe(1);
    expect(fitted).toBeGreaterThan(1);
    const tiles = await journeyStudio(['export', '门店.cjm', '--format', 'pdf', '--no-title-page', '--no-legend', '--appendix', 'none', '--page', 'A4', '--portrait', '--tiles', '--scale', '1.5', '--out', 'tiles.pdf'], dir);
    expect(tiles.code).toBe(0);
    expect(pdfPages(path.join(dir, 'tiles.pdf'))).toBeGreaterThan(2);

    const artefacts = path.resolve('test-results/artefacts');
    fs.mkdirSync(artefacts, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', path.join(dir, 'only-map.pdf'), path.join(artefacts, 'cli-pdf-map')]);
    await testInfo.attach('cli-pdf-map', { path: path.join(artefacts, 'cli-pdf-map.png'), contentType: 'image/png' });
  });

  test('PNG at 1x and 2x; SVG with embedded fonts and only the chosen stages', async ({}, testInfo) => {
    expect((await journeyStudio(['export', '门店.cjm', '--format', 'png', '--png-scale', '1', '--out', 'map-1x.png'], dir)).code).toBe(0);
    expect((await journeyStudio(['export', '门店.cjm', '--format', 'png', '--out', 'map-2x.png'], dir)).code).toBe(0);
    const one = pngHeader(path.join(dir, 'map-1x.png'));
    const two = pngHeader(path.join(dir, 'map-2x.png'));
    expect(one.width).toBeGreaterThan(800);
    expect(Math.abs(two.width - 2 * one.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(two.height - 2 * one.height)).toBeLessThanOrEqual(2);
    await testInfo.attach('cli-png-1x', { path: path.join(dir, 'map-1x.png'), contentType: 'image/png' });

    const [first, second, third] = project.stages;
    const svg = await journeyStudio(['export', '门店.cjm', '--format', 'svg', '--stages', `${first!.name},${second!.name}`, '--out', 'map.svg'], dir);
    expect(svg.code).toBe(0);
    const text = fs.readFileSync(path.join(dir, 'map.svg'), 'utf8');
    expect(text).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toMatch(/@font-face\s*\{[^}]*font-family:\s*"?Noto Sans SC/);
    expect(text).toContain('url(data:font/woff2;base64,');
    expect(text).toContain(first!.name);
    expect(text).toContain(second!.name);
    expect(text).not.toContain(`>${third!.name}<`);
  });

  test('PNG with --transparent has an alpha channel', async () => {
    const run = await journeyStudio(['export', '门店.cjm', '--format', 'png', '--png-scale', '1', '--transparent', '--out', 'clear.png'], dir);
    expect(run.code).toBe(0);
    // Colour type 6 is RGBA; a PNG with no alpha (type 2) cannot show the page behind it.
    expect(pngHeader(path.join(dir, 'clear.png')).colourType).toBe(6);
  });

  test('a lane the map does not have is a usage error listing the lanes, and no file is written', async () => {
    const run = await journeyStudio(['export', '门店.cjm', '--format', 'pdf', '--lanes', '客户行为,Backstage', '--out', 'lanes.pdf'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--lanes: no lane called "Backstage" in map "购车用户旅程". Available: ');
    for (const lane of project.lanes) expect(run.stderr).toContain(`"${lane.name}"`);
    expect(fs.existsSync(path.join(dir, 'lanes.pdf'))).toBe(false);
  });
});
