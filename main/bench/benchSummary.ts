/**
 * The bench's arithmetic, kept apart from the measuring so it can be tested:
 * medians and spread of interleaved samples, ratios written so that lower is
 * better, and whether a ratio meets the goal the issue states for it.
 */

/** Median, smallest and largest of a set of samples (one per A/B pair). */
export interface Spread {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The q-quantile (0..1) by nearest rank: p99 of 300 edits is the 297th smallest. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

export function spread(samples: readonly number[]): Spread {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), samples: [...samples] };
}

/**
 * What a figure measures decides which way its ratio is written: times,
 * memory and element counts are better low (ratio = app / bare); frame rates
 * are better high (ratio = bare fps / app fps). Either way a ratio of 0.5
 * means the app is twice as good as the bare baseline.
 */
export type FigureKind = 'lowerIsBetter' | 'higherIsBetter';

export function ratio(app: number, bare: number, kind: FigureKind): number {
  return kind === 'lowerIsBetter' ? app / bare : bare / app;
}

/**
 * Goals are written as the issue states them: "<= 1.2" bounds the ratio,
 * "app <= 50 ms" bounds the app's own figure (used where the baseline is only
 * for reference, e.g. call latency during an import).
 */
export function meets(goal: string, ratioValue: number, app: number): boolean {
  const match = /^\s*(app\s+)?(<=|<|>=|>)\s*([0-9.]+)\s*([a-zA-Z%]*)\s*$/.exec(goal);
  if (!match) throw new Error(`unreadable goal "${goal}"`);
  const [, onApp, op, bound] = match;
  const value = onApp ? app : ratioValue;
  if (!Number.isFinite(value)) return false;
  const limit = Number(bound);
  if (op === '<=') return value <= limit;
  if (op === '<') return value < limit;
  if (op === '>=') return value >= limit;
  return value > limit;
}

/** One line of bench-results/ratios.json. */
export interface RatioEntry {
  figure: string;
  app: number | null;
  bare: number | null;
  ratio: number | null;
  goal: string;
  meets: boolean;
}

/** JSON has no NaN or Infinity: a figure that could not be measured is null (and never meets its goal). */
const finite = (value: number): number | null => (Number.isFinite(value) ? Number(value.toPrecision(6)) : null);

export function ratioEntry(figure: string, app: number, bare: number, kind: FigureKind, goal: string): RatioEntry {
  const value = ratio(app, bare, kind);
  return { figure, app: finite(app), bare: finite(bare), ratio: finite(value), goal, meets: meets(goal, value, app) };
}

/** A figure measured on both sides in every pair: each side's spread, the ratio of the medians and the spread of the per-pair ratios. */
export interface PairedFigure {
  app: Spread;
  bare: Spread;
  ratio: number;
  pairRatios: Spread;
}

export function pairedFigure(app: readonly number[], bare: readonly number[], kind: FigureKind): PairedFigure {
  const a = spread(app);
  const b = spread(bare);
  const perPair = app.map((value, i) => ratio(value, bare[i] ?? Number.NaN, kind));
  return { app: a, bare: b, ratio: ratio(a.median, b.median, kind), pairRatios: spread(perPair) };
}

/** The figure's line in ratios.json, from the medians. */
export function entryFromPaired(figure: string, paired: PairedFigure, kind: FigureKind, goal: string): RatioEntry {
  return ratioEntry(figure, paired.app.median, paired.bare.median, kind, goal);
}

const fixed = (value: number | null, digits: number): string => (value === null ? '—' : value.toFixed(digits));

/** The readable table printed after a run: one row per figure. */
export function ratioTable(entries: readonly RatioEntry[]): Record<string, string>[] {
  return entries.map((e) => ({
    figure: e.figure,
    app: fixed(e.app, e.app !== null && Math.abs(e.app) >= 100 ? 0 : 2),
    bare: fixed(e.bare, e.bare !== null && Math.abs(e.bare) >= 100 ? 0 : 2),
    ratio: fixed(e.ratio, 2),
    goal: e.goal,
    meets: e.meets ? 'yes' : 'NO',
  }));
}
