import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { BENCH_HEADER, type CaseResult, type ImportCase } from './importCases';

/**
 * `npm run bench -- import`: a 100,000-row × 10-column XLSX and a
 * 1,000,000-row CSV, each read by the bare parser (SheetJS; PapaParse over
 * the file stream) and imported by us (worker parse + mapping + commit into a
 * new project), every case in its own process for a clean peak memory.
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

/** Runs a case in a fresh Node process (this same bundle with `--case`) and reads its result. */
function runInChild(name: ImportCase, file: string): CaseResult {
  const output = execFileSync(process.execPath, [process.argv[1]!, '--case', name, file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const last = output.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as CaseResult;
}

export interface ImportBenchRow {
  file: string;
  rows: number;
  sizeMiB: number;
  bare: CaseResult;
  ours: CaseResult;
  timeRatio: number;
  cpuRatio: number;
  memoryRatio: number;
}

export async function benchImport(): Promise<ImportBenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-bench-files-'));
  try {
    const xlsx = path.join(dir, `channels-${XLSX_ROWS}.xlsx`);
    const csv = path.join(dir, `channels-${CSV_ROWS}.csv`);
    process.stdout.write(`writing ${XLSX_ROWS} x ${BENCH_HEADER.length} XLSX and ${CSV_ROWS}-row CSV...\n`);
    writeXlsx(xlsx, XLSX_ROWS);
    writeCsv(csv, CSV_ROWS);
    const rows: ImportBenchRow[] = [];
    for (const [file, bareCase, oursCase] of [
      [xlsx, 'bare-xlsx', 'ours-xlsx'],
      [csv, 'bare-csv', 'ours-csv'],
    ] as const) {
      process.stdout.write(`measuring ${path.basename(file)}...\n`);
      const bare = runInChild(bareCase, file);
      const ours = runInChild(oursCase, file);
      rows.push({
        file: path.basename(file),
        rows: ours.rows,
        sizeMiB: fs.statSync(file).size / 2 ** 20,
        bare,
        ours,
        timeRatio: ours.ms / bare.ms,
        cpuRatio: ours.cpuMs / bare.cpuMs,
        memoryRatio: ours.peakMiB / bare.peakMiB,
      });
    }
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printImportTable(rows: readonly ImportBenchRow[]): void {
  console.table(
    rows.map((r) => ({
      file: r.file,
      'size (MiB)': r.sizeMiB.toFixed(1),
      rows: r.rows,
      'bare parser (ms)': r.bare.ms.toFixed(0),
      'bare CPU (ms)': r.bare.cpuMs.toFixed(0),
      'bare peak (MiB)': r.bare.peakMiB.toFixed(0),
      'ours (ms)': r.ours.ms.toFixed(0),
      'ours CPU (ms)': r.ours.cpuMs.toFixed(0),
      'of which parse / commit (ms)': `${r.ours.parseMs?.toFixed(0)} / ${r.ours.commitMs?.toFixed(0)}`,
      'values stored': r.ours.values,
      'ours peak (MiB)': r.ours.peakMiB.toFixed(0),
      'time ours/bare': r.timeRatio.toFixed(2),
      'CPU ours/bare': r.cpuRatio.toFixed(2),
      'memory ours/bare': r.memoryRatio.toFixed(2),
    })),
  );
}
