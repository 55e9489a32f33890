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
 * peak memory (maxRSS) is its own: the bare parser on a file (PapaParse
 * streaming; ExcelJS's streaming reader; SheetJS reading the whole workbook,
 * for reference), or our whole import of it through the API (worker parse +
 * mapping + matching + commit into a project).
 */

export const IMPORT_CASES = ['bare-csv', 'bare-xlsx', 'sheetjs-xlsx', 'ours-csv', 'ours-xlsx'] as const;
export type ImportCase = (typeof IMPORT_CASES)[number];

export interface CaseResult {
  ms: number;
  /** CPU time of the process, all threads (wall time suffers when other work shares the cores). */
  cpuMs: number;
  /** Peak resident memory of the child process, MiB. */
  peakMiB: number;
  rows: number;
  /** ExcelJS only: cell values read. */
  cells?: number;
  /** Ours only: the phases. */
  parseMs?: number;
  commitMs?: number;
  values?: number;
  /** Ours only: latency of a cheap call (settings.get) polled every ~10 ms through the same dispatch, idle and during the import. */
  latency?: { idle: LatencyStats; busy: LatencyStats };
}

export interface LatencyStats {
  polls: number;
  maxMs: number;
  p99Ms: number;
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

/** ExcelJS's streaming reader: every row of the first sheet and its cell values, nothing else (no styles, no hyperlinks). */
async function bareXlsx(file: string): Promise<{ rows: number; cells: number }> {
  // Loaded here, so that no other case carries it.
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  let rows = 0;
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      rows++;
      // Touch the values as an importer would.
      const values = row.values;
      if (Array.isArray(values)) cells += values.length;
    }
    break;
  }
  return { rows, cells };
}

function sheetjsXlsx(file: string): number {
  const book = XLSX.read(fs.readFileSync(file), { type: 'buffer', dense: true });
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true }).length;
}

const POLL_EVERY_MS = 10;
const IDLE_POLL_MS = 1000;

/**
 * Calls `call` every ~10 ms until stopped. Each latency runs from when the
 * call was due, not from when the timer fired, so a main thread blocked by
 * the import shows as the time the call waited.
 */
function pollLatency(call: () => Promise<unknown>): () => Promise<number[]> {
  const latencies: number[] = [];
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  const schedule = () => {
    const due = performance.now() + POLL_EVERY_MS;
    timer = setTimeout(() => {
      inFlight = call().then(() => {
        latencies.push(performance.now() - due);
        if (!stopped) schedule();
      });
    }, POLL_EVERY_MS);
  };
  schedule();
  return async () => {
    // A poll that fell due while the caller held the thread (a synchronous commit) runs first: that wait is what the figure is about.
    await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
    stopped = true;
    clearTimeout(timer);
    await inFlight;
    return latencies;
  };
}

export function latencyStats(latencies: readonly number[]): LatencyStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const p99 = sorted[Math.max(0, Math.ceil(0.99 * sorted.length) - 1)] ?? Number.NaN;
  return { polls: sorted.length, maxMs: sorted.at(-1) ?? Number.NaN, p99Ms: p99 };
}

type OursResult = Pick<CaseResult, 'rows' | 'parseMs' | 'commitMs' | 'values' | 'latency'> & { idleMs: number; idleCpuMs: number };

async function ours(file: string): Promise<OursResult> {
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
    // The same call while nothing runs: the baseline of the latency figure (its time is not the import's).
    const idleStarted = performance.now();
    const idleCpu = process.cpuUsage();
    const stopIdle = pollLatency(() => call('settings.get', {}));
    await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
    const idle = latencyStats(await stopIdle());
    const idleUsed = process.cpuUsage(idleCpu);
    const idleMs = performance.now() - idleStarted;
    const stopBusy = pollLatency(() => call('settings.get', {}));
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
    const busy = latencyStats(await stopBusy());
    return {
      rows: state.rowsRead,
      parseMs: parsed - started,
      commitMs: committed - parsed,
      values: record.added,
      latency: { idle, busy },
      idleMs,
      idleCpuMs: (idleUsed.user + idleUsed.system) / 1000,
    };
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
  let excludedMs = 0;
  let excludedCpuMs = 0;
  if (name === 'bare-csv') result = { rows: await bareCsv(file) };
  else if (name === 'bare-xlsx') result = await bareXlsx(file);
  else if (name === 'sheetjs-xlsx') result = { rows: sheetjsXlsx(file) };
  else {
    const { idleMs, idleCpuMs, ...rest } = await ours(file);
    result = rest;
    excludedMs = idleMs;
    excludedCpuMs = idleCpuMs;
  }
  const ms = performance.now() - started - excludedMs;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 - excludedCpuMs;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ...result, ms, cpuMs, peakMiB } satisfies CaseResult)}\n`);
}
