import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { createAppServices } from '../services/appServices';
import { dispatch } from '../services/dispatch';
import type { CallName, CallRequest, CallResponse } from '../../src/api/contract';
import type { MetricsMapping } from '../../src/import/mapping';

/**
 * One measured case of the import bench, run alone in a child process so its
 * peak memory (maxRSS) is its own: the bare parser on a file, or our whole
 * import of it (worker parse + mapping + matching + commit into a project).
 */

export const IMPORT_CASES = ['bare-csv', 'bare-xlsx', 'ours-csv', 'ours-xlsx'] as const;
export type ImportCase = (typeof IMPORT_CASES)[number];

export interface CaseResult {
  ms: number;
  /** CPU time of the process, all threads (wall time suffers when other work shares the cores). */
  cpuMs: number;
  /** Peak resident memory of the child process, MiB. */
  peakMiB: number;
  rows: number;
  /** Ours only: the phases. */
  parseMs?: number;
  commitMs?: number;
  values?: number;
}

/** Columns of the bench files: date, UTM source / medium / campaign, then six metrics. */
export const BENCH_HEADER = ['日期', '来源', '媒介', '活动', '展示量', '点击量', '点击率', '访客数', '注册', '金额'];

export const BENCH_MAPPING: MetricsMapping = {
  kind: 'metrics',
  headerRow: 0,
  dayFirst: false,
  skipTotals: true,
  target: { kind: 'utm', source: 1, medium: 2, campaign: 3 },
  period: 0,
  layout: {
    layout: 'wide',
    metrics: [
      { column: 4, metric: 'impressions' },
      { column: 5, metric: 'clicks' },
      { column: 6, metric: 'ctr' },
      { column: 7, metric: 'visitors' },
      { column: 8, metric: 'signUps' },
      { column: 9, metric: 'revenue' },
    ],
  },
};

async function bareCsv(file: string): Promise<number> {
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse(fs.createReadStream(file, { encoding: 'utf8' }), {
      step: () => {
        rows++;
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  });
  return rows;
}

function bareXlsx(file: string): number {
  const book = XLSX.read(fs.readFileSync(file), { type: 'buffer', dense: true });
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true }).length;
}

async function ours(file: string): Promise<Pick<CaseResult, 'rows' | 'parseMs' | 'commitMs' | 'values'>> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-bench-import-'));
  const services = createAppServices({ dataDir: path.join(root, 'data'), projectsDir: path.join(root, 'projects'), appVersion: 'bench', host: 'browser' });
  const call = async <K extends CallName>(name: K, request: CallRequest<K>): Promise<CallResponse<K>> => {
    const reply = await dispatch(services.handlers, name, request);
    if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
    return reply.value as CallResponse<K>;
  };
  try {
    const { projectId } = await call('project.create', { path: path.join(root, 'projects/bench.cjm'), name: 'Bench' });
    const { id: mapId } = await call('map.create', { projectId, name: 'Import bench' });
    const started = performance.now();
    const { jobId } = await call('import.start', { projectId, mapId, path: file, read: {}, mapping: BENCH_MAPPING });
    let state = await call('import.status', { jobId });
    while (state.phase === 'reading') {
      await new Promise((resolve) => setTimeout(resolve, 25));
      state = await call('import.status', { jobId });
    }
    if (state.phase !== 'ready') throw new Error(`import ${state.phase}: ${state.error?.message ?? ''}`);
    const parsed = performance.now();
    const record = await call('import.commit', { jobId, matches: {} });
    const committed = performance.now();
    return { rows: state.rowsRead, parseMs: parsed - started, commitMs: committed - parsed, values: record.added };
  } finally {
    await services.dispose();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** Runs one case in this process and prints its result as JSON on the last line. */
export async function runImportCase(name: ImportCase, file: string): Promise<void> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let result: Omit<CaseResult, 'ms' | 'cpuMs' | 'peakMiB'>;
  if (name === 'bare-csv') result = { rows: await bareCsv(file) };
  else if (name === 'bare-xlsx') result = { rows: bareXlsx(file) };
  else result = await ours(file);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ...result, ms, cpuMs, peakMiB } satisfies CaseResult)}\n`);
}
