import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ratioTable, type RatioEntry } from './benchSummary';

/** Where every suite writes: bench-results/ at the project root (where `npm run bench` runs). */
export const RESULTS_DIR = path.resolve('bench-results');

/** Pairs of interleaved app and bare runs (A B A B ...). */
export const PAIRS = Math.max(1, Number(process.env.BENCH_PAIRS ?? 3));

export const machine = () => ({
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
});

export function writeResults(name: string, results: Record<string, unknown>): void {
  const out = path.join(RESULTS_DIR, name);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), machine: machine(), pairs: PAIRS, ...results }, null, 2));
  console.log(`wrote ${out}`);
}

/**
 * bench-results/ratios.json: the figures of this run replace those of the same
 * suites (by figure prefix) from an earlier run; other suites' figures stay, so
 * `npm run bench -- edits` does not erase the canvas figures.
 */
export function writeRatios(entries: readonly RatioEntry[], prefixes: readonly string[], dir = RESULTS_DIR): RatioEntry[] {
  const out = path.join(dir, 'ratios.json');
  let kept: RatioEntry[] = [];
  try {
    const previous = JSON.parse(fs.readFileSync(out, 'utf8')) as unknown;
    if (Array.isArray(previous)) kept = (previous as RatioEntry[]).filter((e) => !prefixes.some((p) => e.figure.startsWith(p)));
  } catch {
    // No earlier run, or an unreadable one: this run's figures alone.
  }
  const all = [...kept, ...entries];
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(out, JSON.stringify(all, null, 2));
  console.log(`wrote ${out}`);
  return all;
}

export function printRatios(title: string, entries: readonly RatioEntry[]): void {
  console.log(`\n${title} (ratio: lower is better; app/bare for times, memory and elements, bare/app for frame rates)`);
  console.table(ratioTable(entries));
}
