import path from 'node:path';
import { benchCanvas, canvasEntries, printCanvasTable } from './canvasBench';
import { benchImport, importEntries, printImportTable } from './importBench';
import { benchEdits, editEntries, printEditTable } from './editBench';
import { benchExport, printExportTable } from './exportBench';
import { IMPORT_CASES, runImportCase, type ImportCase } from './importCases';
import { printRatios, writeRatios, writeResults } from './benchResults';
import type { RatioEntry } from './benchSummary';

/**
 * `npm run bench`: every figure of issue 15 against its bare baseline in the
 * same run, interleaved (app, bare, app, bare ... BENCH_PAIRS pairs), with
 * medians and spread: the canvas next to a bare React Flow page
 * (bench-results/bench.json), imports next to the bare parsers
 * (bench-import.json), edits and opening next to bare better-sqlite3
 * (bench-edits.json), PDF export on its own (bench-export.json), and every
 * ratio in bench-results/ratios.json.
 * `npm run bench -- canvas|import|edits|export` runs some of them.
 */

const SUITES = ['canvas', 'import', 'edits', 'export'] as const;
type Suite = (typeof SUITES)[number];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--case') {
    const [, name, file] = args;
    if (!IMPORT_CASES.includes(name as ImportCase) || !file) throw new Error(`usage: bench.mjs --case <${IMPORT_CASES.join('|')}> <file>`);
    await runImportCase(name as ImportCase, file);
    return;
  }
  const unknown = args.filter((a) => !SUITES.includes(a as Suite));
  if (unknown.length > 0) throw new Error(`unknown suite ${unknown.join(', ')}: use ${SUITES.join(', ')}`);
  const suites = args.length > 0 ? (args as Suite[]) : [...SUITES];
  const entries: RatioEntry[] = [];
  const prefixes: string[] = [];
  const timings: Record<string, number> = {};
  const timed = async <T>(suite: Suite, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    timings[suite] = (performance.now() - started) / 1000;
    return result;
  };

  if (suites.includes('canvas')) {
    const results = await timed('canvas', benchCanvas);
    printCanvasTable(results);
    const own = canvasEntries(results);
    writeResults('bench.json', { canvas: results, ratios: own });
    entries.push(...own);
    prefixes.push('canvas.');
  }
  if (suites.includes('import')) {
    const result = await timed('import', benchImport);
    printImportTable(result);
    const own = importEntries(result);
    writeResults('bench-import.json', { ...result, ratios: own });
    entries.push(...own);
    prefixes.push('import.');
  }
  if (suites.includes('edits')) {
    const result = await timed('edits', benchEdits);
    printEditTable(result);
    const own = editEntries(result);
    writeResults('bench-edits.json', { ...result, ratios: own });
    entries.push(...own);
    prefixes.push('edit.', 'open.');
  }
  if (suites.includes('export')) {
    const rows = await timed('export', () => benchExport(path.resolve('dist/renderer')));
    printExportTable(rows);
    writeResults('bench-export.json', { export: rows });
  }
  if (entries.length > 0) {
    writeRatios(entries, prefixes);
    printRatios('Ratios of this run', entries);
  }
  console.log(`suite times (s): ${Object.entries(timings).map(([s, t]) => `${s} ${t.toFixed(0)}`).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
