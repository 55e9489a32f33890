import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ExportOptionsSchema, type ExportOptionsInput } from '../../src/export/exportOptions';
import type { ExportJobState } from '../../src/export/printData';
import { startHost } from '../host/server';
import { seedBenchProject } from './seedBenchProject';

/**
 * `npm run bench -- export`: how long a PDF of a large map takes through the
 * browser host's headless Chromium (what the command line does), as a whole
 * and per page, for one fitted page and for A3 tiles.
 */

const SIZES = (process.env.BENCH_EXPORT_SIZES ?? '500,2000').split(',').map(Number);

export interface ExportBenchRow {
  cards: number;
  layout: string;
  pages: number;
  totalMs: number;
  msPerPage: number;
  megabytes: number;
}

const LAYOUTS: Record<string, ExportOptionsInput> = {
  'fit A3': { format: 'pdf', parts: { titlePage: false, legend: false, appendices: [] } },
  'tiles A3': { format: 'pdf', layout: { mode: 'tiles', scale: 1 }, parts: { titlePage: false, legend: false, appendices: [] } },
  'fit A3 + document': { format: 'pdf', parts: { appendices: ['painPoints', 'gaps', 'metrics', 'personas'] } },
};

async function settle(handlers: Awaited<ReturnType<typeof startHost>>['handlers'], jobId: string): Promise<ExportJobState> {
  for (;;) {
    const state = await handlers['export.status']({ jobId });
    if (state.phase === 'done') return state;
    if (state.phase === 'failed' || state.phase === 'cancelled') throw new Error(`export ${state.phase}: ${state.error?.message ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function benchSize(cards: number, staticDir: string): Promise<ExportBenchRow[]> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-bench-export-'));
  const host = await startHost({ dataDir: path.join(root, 'data'), projectsDir: path.join(root, 'projects'), staticDir, appVersion: 'bench' });
  try {
    const file = path.join(root, 'projects', `bench-${cards}.cjm`);
    await seedBenchProject(host.handlers, file, cards);
    const { projectId, maps } = await host.handlers['project.open']({ path: file });
    const mapId = maps[0]!.id;
    const rows: ExportBenchRow[] = [];
    // A small export first, so the rows do not include loading Chromium and the fonts from a cold disk cache.
    await settle(host.handlers, (await host.handlers['export.start']({ projectId, mapId, options: ExportOptionsSchema.parse({ format: 'png', scale: 1 }), path: path.join(root, 'warm.png') })).jobId);
    for (const [layout, input] of Object.entries(LAYOUTS)) {
      const started = performance.now();
      const { jobId } = await host.handlers['export.start']({ projectId, mapId, options: ExportOptionsSchema.parse(input), path: path.join(root, `${layout}.pdf`) });
      const state = await settle(host.handlers, jobId);
      const totalMs = performance.now() - started;
      const pages = state.pages ?? 1;
      rows.push({ cards, layout, pages, totalMs, msPerPage: totalMs / pages, megabytes: (state.bytes ?? 0) / 2 ** 20 });
    }
    return rows;
  } finally {
    await host.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** Every size and layout; needs the built renderer (dist/renderer). */
export async function benchExport(staticDir: string): Promise<ExportBenchRow[]> {
  if (!fs.existsSync(path.join(staticDir, 'print', 'print.html'))) throw new Error(`${staticDir}/print/print.html is missing: run \`npm run build\` first`);
  const rows: ExportBenchRow[] = [];
  for (const cards of SIZES) {
    process.stdout.write(`exporting a map of ${cards} cards...\n`);
    rows.push(...(await benchSize(cards, staticDir)));
  }
  return rows;
}

export function printExportTable(rows: readonly ExportBenchRow[]): void {
  console.table(
    rows.map((r) => ({
      cards: r.cards,
      layout: r.layout,
      pages: r.pages,
      'total (ms)': r.totalMs.toFixed(0),
      'per page (ms)': r.msPerPage.toFixed(0),
      'PDF (MB)': r.megabytes.toFixed(2),
    })),
  );
}
