import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createAppServices } from '../services/appServices';
import { startHost } from '../host/server';
import { seedBenchProject } from './seedBenchProject';
import { measureCanvas } from './measureCanvas';
import { CHROMIUM_ARGS, chromiumExecutable } from '../host/chromium';
import { benchImport, printImportTable } from './importBench';
import { benchExport, printExportTable } from './exportBench';
import { IMPORT_CASES, runImportCase, type ImportCase } from './importCases';

/**
 * `npm run bench`: how fast the store and the canvas are on maps of 500, 2,000
 * and 5,000 cards (bench-results/bench.json), and how fast a large XLSX and CSV
 * import next to the bare parser (bench-results/bench-import.json),
 * and how long PDF export of large maps takes (bench-results/bench-export.json).
 * `npm run bench -- canvas`, `-- import` or `-- export` runs one of them.
 */

const SIZES = (process.env.BENCH_SIZES ?? '500,2000,5000').split(',').map(Number);
const APP_VERSION = 'bench';

interface Row {
  cards: number;
  storeLoadMs: number;
  singleEditMs: number;
  firstRenderMs: number;
  panFps: number;
  renderedCardNodes: number;
}

async function benchSize(cards: number, staticDir: string): Promise<Row> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-bench-'));
  const dataDir = path.join(root, 'data');
  const projectsDir = path.join(root, 'projects');
  try {
    const services = createAppServices({ dataDir, projectsDir, appVersion: APP_VERSION, host: 'browser' });
    const seeded = await seedBenchProject(services.handlers, path.join(projectsDir, `bench-${cards}.cjm`), cards);
    await services.dispose();

    const host = await startHost({ dataDir, projectsDir, staticDir, appVersion: APP_VERSION });
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS, headless: true });
    try {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      const canvas = await measureCanvas(page, host.url, seeded.mapName);
      return { cards, storeLoadMs: seeded.loadMs, singleEditMs: seeded.editMs, ...canvas };
    } finally {
      await browser.close();
      await host.close();
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const machine = () => ({ node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30) });

function writeResults(name: string, results: Record<string, unknown>): void {
  const out = path.resolve('bench-results', name);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), machine: machine(), ...results }, null, 2));
  console.log(`wrote ${out}`);
}

async function benchCanvas(): Promise<void> {
  const staticDir = path.resolve('dist/renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build` first');
  const rows: Row[] = [];
  for (const size of SIZES) {
    process.stdout.write(`measuring ${size} cards...\n`);
    rows.push(await benchSize(size, staticDir));
  }
  console.table(
    rows.map((r) => ({
      cards: r.cards,
      'open project + map (ms)': r.storeLoadMs.toFixed(1),
      'one edit (ms)': r.singleEditMs.toFixed(2),
      'first render (ms)': r.firstRenderMs.toFixed(0),
      'pan (fps)': r.panFps.toFixed(1),
      'card nodes in DOM': r.renderedCardNodes,
    })),
  );
  writeResults('bench.json', { canvas: rows });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--case') {
    const [, name, file] = args;
    if (!IMPORT_CASES.includes(name as ImportCase) || !file) throw new Error(`usage: bench.mjs --case <${IMPORT_CASES.join('|')}> <file>`);
    await runImportCase(name as ImportCase, file);
    return;
  }
  const suites = args.length > 0 ? args : ['canvas', 'import', 'export'];
  if (suites.includes('canvas')) await benchCanvas();
  if (suites.includes('import')) {
    const rows = await benchImport();
    printImportTable(rows);
    writeResults('bench-import.json', { import: rows });
  }
  if (suites.includes('export')) {
    const rows = await benchExport(path.resolve('dist/renderer'));
    printExportTable(rows);
    writeResults('bench-export.json', { export: rows });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
