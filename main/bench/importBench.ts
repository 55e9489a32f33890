import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { BENCH_HEADER, type CaseResult, type ImportCase } from './importCases';
import { PAIRS } from './benchResults';
import { entryFromPaired, median, pairedFigure, ratioEntry, spread, type PairedFigure, type RatioEntry, type Spread } from './benchSummary';

/**
 * `npm run bench -- import`: a 100,000-row × 10-column XLSX and a
 * 1,000,000-row CSV, each read by the bare streaming parser (ExcelJS's
 * WorkbookReader; PapaParse over the file stream) and imported by us (worker
 * parse + mapping + commit into a new project, through the API), interleaved,
 * every case in its own process for a clean peak memory.
 */

const CSV_ROWS = Number(process.env.BENCH_CSV_ROWS ?? 1_000_000);
const XLSX_ROWS = Number(process.env.BENCH_XLSX_ROWS ?? 100_000);

const SOURCES = ['baidu', 'wechat', 'douyin', 'google', 'newsletter'];
const MEDIUMS = ['cpc', 'social'];
const CAMPAIGNS = Array.from({ length: 10 }, (_, i) => `spring-${i + 1}`);

/** Row i of the bench data: a day of 2025 (cycling), a UTM combination of 100, six metrics. */
function benchRow(i: number): (string | number)[] {
  const day = new Date(Date.UTC(2025, 0, 1 + (i % 365))).toISOString().slice(0, 10);
  const combo = Math.floor(i / 365) % 100;
  const impressions = 1000 + ((i * 7919) % 50_000);
  const clicks = (i * 31) % 900;
  return [
    day,
    SOURCES[combo % 5]!,
    MEDIUMS[Math.floor(combo / 5) % 2]!,
    CAMPAIGNS[Math.floor(combo / 10)]!,
    impressions,
    clicks,
    clicks / impressions,
    (i * 13) % 700,
    (i * 3) % 40,
    ((i * 97) % 100_000) / 10,
  ];
}

export function writeCsv(file: string, rows: number): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, `${BENCH_HEADER.join(',')}\n`);
    let chunk: string[] = [];
    for (let i = 0; i < rows; i++) {
      const row = benchRow(i);
      // Rates as people export them ("1.25%"), money with thousands separators ("1,234.5").
      row[6] = `${((row[6] as number) * 100).toFixed(2)}%`;
      row[9] = `"${(row[9] as number).toLocaleString('en-US')}"`;
      chunk.push(row.join(','));
      if (chunk.length === 10_000) {
        fs.writeSync(fd, `${chunk.join('\n')}\n`);
        chunk = [];
      }
    }
    if (chunk.length > 0) fs.writeSync(fd, `${chunk.join('\n')}\n`);
  } finally {
    fs.closeSync(fd);
  }
}

export function writeXlsx(file: string, rows: number): void {
  const data: (string | number)[][] = [BENCH_HEADER];
  for (let i = 0; i < rows; i++) data.push(benchRow(i));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(data), '渠道数据');
  fs.writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}

/** Runs a case in a fresh Node process (the lean benchCase.mjs next to this bundle) and reads its result. */
function runInChild(name: ImportCase, file: string): CaseResult {
  const runner = path.join(path.dirname(process.argv[1]!), 'benchCase.mjs');
  const output = execFileSync(process.execPath, [runner, name, file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const last = output.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as CaseResult;
}

export interface ImportFileResult {
  file: string;
  rows: number;
  sizeMiB: number;
  bare: CaseResult[];
  ours: CaseResult[];
  time: PairedFigure;
  cpu: PairedFigure;
  memory: PairedFigure;
}

export interface ImportBenchResult {
  csv: ImportFileResult;
  xlsx: ImportFileResult;
  /** SheetJS reading the whole workbook (once): for reference, no figure. */
  sheetjs: CaseResult;
  /** settings.get polled every ~10 ms: the worst latency of each import run, and of the idle polls before it. */
  callLatency: { busyMax: Spread; busyP99: Spread; idleMax: Spread };
}

function fileResult(file: string, bare: CaseResult[], ours: CaseResult[]): ImportFileResult {
  return {
    file: path.basename(file),
    rows: ours[0]?.rows ?? 0,
    sizeMiB: fs.statSync(file).size / 2 ** 20,
    bare,
    ours,
    time: pairedFigure(ours.map((r) => r.ms), bare.map((r) => r.ms), 'lowerIsBetter'),
    cpu: pairedFigure(ours.map((r) => r.cpuMs), bare.map((r) => r.cpuMs), 'lowerIsBetter'),
    memory: pairedFigure(ours.map((r) => r.peakMiB), bare.map((r) => r.peakMiB), 'lowerIsBetter'),
  };
}

/** Writes both files, then runs bare and ours interleaved (bare CSV, ours CSV, bare XLSX, ours XLSX), BENCH_PAIRS times. */
export async function benchImport(): Promise<ImportBenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-bench-files-'));
  try {
    const xlsx = path.join(dir, `channels-${XLSX_ROWS}.xlsx`);
    const csv = path.join(dir, `channels-${CSV_ROWS}.csv`);
    process.stdout.write(`writing ${XLSX_ROWS} x ${BENCH_HEADER.length} XLSX and ${CSV_ROWS}-row CSV...\n`);
    writeXlsx(xlsx, XLSX_ROWS);
    writeCsv(csv, CSV_ROWS);
    const runs: Record<ImportCase, CaseResult[]> = { 'bare-csv': [], 'ours-csv': [], 'bare-xlsx': [], 'ours-xlsx': [], 'sheetjs-xlsx': [] };
    for (let pair = 1; pair <= PAIRS; pair += 1) {
      for (const [name, file] of [
        ['bare-csv', csv],
        ['ours-csv', csv],
        ['bare-xlsx', xlsx],
        ['ours-xlsx', xlsx],
      ] as const) {
        process.stdout.write(`import pair ${pair}/${PAIRS}: ${name}...`);
        const result = runInChild(name, file);
        runs[name].push(result);
        process.stdout.write(` ${result.ms.toFixed(0)} ms, ${result.peakMiB.toFixed(0)} MiB\n`);
      }
    }
    process.stdout.write('import: SheetJS whole-workbook read, for reference...\n');
    const sheetjs = runInChild('sheetjs-xlsx', xlsx);
    const ours = [...runs['ours-csv'], ...runs['ours-xlsx']];
    return {
      csv: fileResult(csv, runs['bare-csv'], runs['ours-csv']),
      xlsx: fileResult(xlsx, runs['bare-xlsx'], runs['ours-xlsx']),
      sheetjs,
      callLatency: {
        busyMax: spread(ours.map((r) => r.latency?.busy.maxMs ?? Number.NaN)),
        busyP99: spread(ours.map((r) => r.latency?.busy.p99Ms ?? Number.NaN)),
        idleMax: spread(ours.map((r) => r.latency?.idle.maxMs ?? Number.NaN)),
      },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Import figures of ratios.json. Call latency: app is the worst latency seen
 * during any import run, bare the worst of the same call when idle; its goal
 * bounds the app's own figure (every call answers within 50 ms).
 */
export function importEntries(result: ImportBenchResult): RatioEntry[] {
  return [
    entryFromPaired('import.csv.time', result.csv.time, 'lowerIsBetter', '<= 1.3'),
    entryFromPaired('import.csv.memory', result.csv.memory, 'lowerIsBetter', '<= 1.5'),
    entryFromPaired('import.xlsx.time', result.xlsx.time, 'lowerIsBetter', '<= 1.3'),
    entryFromPaired('import.xlsx.memory', result.xlsx.memory, 'lowerIsBetter', '<= 1.5'),
    ratioEntry('import.callLatency.max', result.callLatency.busyMax.max, result.callLatency.idleMax.max, 'lowerIsBetter', 'app <= 50 ms'),
  ];
}

const med = (f: Spread, digits = 0) => `${f.median.toFixed(digits)} [${f.min.toFixed(digits)}–${f.max.toFixed(digits)}]`;

export function printImportTable(result: ImportBenchResult): void {
  console.table(
    [result.xlsx, result.csv].map((r) => ({
      file: r.file,
      'size (MiB)': r.sizeMiB.toFixed(1),
      rows: r.rows,
      'bare (ms)': med(r.time.bare),
      'ours (ms)': med(r.time.app),
      'time ours/bare': r.time.ratio.toFixed(2),
      'CPU ours/bare': r.cpu.ratio.toFixed(2),
      'bare peak (MiB)': med(r.memory.bare),
      'ours peak (MiB)': med(r.memory.app),
      'memory ours/bare': r.memory.ratio.toFixed(2),
      'ours parse / commit (ms)': `${median(r.ours.map((o) => o.parseMs ?? Number.NaN)).toFixed(0)} / ${median(r.ours.map((o) => o.commitMs ?? Number.NaN)).toFixed(0)}`,
    })),
  );
  console.log(
    `SheetJS whole-workbook read of the XLSX (reference): ${result.sheetjs.ms.toFixed(0)} ms, ${result.sheetjs.peakMiB.toFixed(0)} MiB; ` +
      `ours/SheetJS time ${(result.xlsx.time.app.median / result.sheetjs.ms).toFixed(2)}`,
  );
  const l = result.callLatency;
  console.log(`settings.get every 10 ms during imports: worst ${l.busyMax.max.toFixed(0)} ms, p99 ${med(l.busyP99)} ms; idle worst ${l.idleMax.max.toFixed(1)} ms`);
}
