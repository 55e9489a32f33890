import type { MoveDirection, StageTransition, StageVelocity, TransitionVelocity, VelocityMonth, VelocityReport } from '../model/metrics';

/**
 * Stage velocity from a stage-transition log (lead or customer id, stage,
 * time). Each entity's entries are sorted by time; each entry and the next
 * make one move:
 *  - to a later stage of `stageOrder`: a forward move. A move that skips
 *    stages (Lead → SQL past MQL) counts as its own pair (Lead → SQL), not
 *    as Lead → MQL plus MQL → SQL, so no made-up times enter an average;
 *  - to an earlier stage: a backward move (SQL back to MQL), measured the
 *    same way as a forward one;
 *  - to the same stage (MQL-01, MQL-02 both matched to MQL), or from or to a
 *    stage not in `stageOrder`: no move.
 * An entity entering a stage it entered before is a re-entry, whether or not
 * the entries are consecutive.
 */

const DAY_MS = 86_400_000;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * An ISO date or date-time as milliseconds and the month it was written in.
 * Without an offset it is read as UTC, so results never depend on the
 * machine's time zone. Undefined when it is not one.
 */
export function parseDateTime(text: string): { ms: number; month: string } | undefined {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return undefined;
  const fraction = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  let offsetMinutes = 0;
  const zone = m[8];
  if (zone && zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) + fraction - offsetMinutes * 60_000;
  return { ms, month: `${m[1]}-${m[2]}` };
}

/** Mean and median of some numbers (the median of an even count is the mean of the middle two); null for none. */
export function meanAndMedian(values: readonly number[]): { mean: number; median: number } | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { mean: sorted.reduce((total, value) => total + value, 0) / sorted.length, median };
}

interface Entry {
  stageId: string;
  ms: number;
  month: string;
  order: number;
}

interface Pair {
  from: string;
  to: string;
  direction: MoveDirection;
  days: number[];
  byMonth: Map<string, number[]>;
}

interface StageTally {
  entered: number;
  reentered: number;
  entries: number;
  currentDays: number[];
}

/** Each entity's parseable entries up to `asOfMs`, oldest first (ties keep log order). */
function entriesByEntity(transitions: readonly StageTransition[], asOfMs: number | undefined): Map<string, Entry[]> {
  const byEntity = new Map<string, Entry[]>();
  transitions.forEach((transition, order) => {
    const time = parseDateTime(transition.at);
    if (!time || (asOfMs !== undefined && time.ms > asOfMs)) return;
    let entries = byEntity.get(transition.entity);
    if (!entries) {
      entries = [];
      byEntity.set(transition.entity, entries);
    }
    entries.push({ stageId: transition.stageId, ms: time.ms, month: time.month, order });
  });
  for (const entries of byEntity.values()) entries.sort((a, b) => a.ms - b.ms || a.order - b.order);
  return byEntity;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function transitionOf(pair: Pair): TransitionVelocity {
  const all = meanAndMedian(pair.days) as { mean: number; median: number };
  const monthly: VelocityMonth[] = [...pair.byMonth.entries()]
    .sort(([a], [b]) => byText(a, b))
    .map(([month, days]) => {
      const figures = meanAndMedian(days) as { mean: number; median: number };
      return { month, count: days.length, averageDays: figures.mean, medianDays: figures.median };
    });
  return { fromStageId: pair.from, toStageId: pair.to, direction: pair.direction, count: pair.days.length, averageDays: all.mean, medianDays: all.median, monthly };
}

/**
 * Per observed transition, forward and backward: count, mean and median
 * days, and the same by the month the move finished; backward-move and
 * re-entry rates; per stage, its entries and who is in it now with how long
 * they have been there. Entries whose time is not an ISO date-time are left
 * out. `asOf` (an ISO date-time) is the moment the report describes: entries
 * after it are left out and days in a stage are counted up to it. Without it
 * the latest time in the log is used, so the same log always gives the same
 * report, whatever the clock says. An `asOf` that is not a date throws a RangeError.
 */
export function computeVelocity(transitions: readonly StageTransition[], stageOrder: readonly string[], options: { asOf?: string } = {}): VelocityReport {
  const asOfGiven = options.asOf === undefined ? undefined : parseDateTime(options.asOf)?.ms;
  if (options.asOf !== undefined && asOfGiven === undefined) throw new RangeError(`asOf "${options.asOf}" is not an ISO date or date-time`);
  const byEntity = entriesByEntity(transitions, asOfGiven);
  let asOfMs = asOfGiven;
  if (asOfMs === undefined) for (const entries of byEntity.values()) asOfMs = Math.max(asOfMs ?? -Infinity, (entries[entries.length - 1] as Entry).ms);

  const position = new Map(stageOrder.map((stageId, i) => [stageId, i]));
  const pairs = new Map<string, Pair>();
  const stages = new Map<string, StageTally>(stageOrder.map((stageId) => [stageId, { entered: 0, reentered: 0, entries: 0, currentDays: [] }]));
  const tally = (stageId: string): StageTally => {
    let stage = stages.get(stageId);
    if (!stage) {
      stage = { entered: 0, reentered: 0, entries: 0, currentDays: [] };
      stages.set(stageId, stage);
    }
    return stage;
  };
  let reentering = 0;

  for (const entries of byEntity.values()) {
    const entered = new Map<string, number>();
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i] as Entry;
      entered.set(entry.stageId, (entered.get(entry.stageId) ?? 0) + 1);
      const next = entries[i + 1];
      if (!next) continue;
      const from = position.get(entry.stageId);
      const to = position.get(next.stageId);
      if (from === undefined || to === undefined || from === to) continue;
      const key = `${entry.stageId}\u001e${next.stageId}`;
      let pair = pairs.get(key);
      if (!pair) {
        pair = { from: entry.stageId, to: next.stageId, direction: to > from ? 'forward' : 'backward', days: [], byMonth: new Map() };
        pairs.set(key, pair);
      }
      const days = (next.ms - entry.ms) / DAY_MS;
      pair.days.push(days);
      const month = pair.byMonth.get(next.month);
      if (month) month.push(days);
      else pair.byMonth.set(next.month, [days]);
    }
    for (const [stageId, times] of entered) {
      const stage = tally(stageId);
      stage.entered += 1;
      stage.entries += times;
      if (times > 1) stage.reentered += 1;
    }
    if ([...entered.values()].some((times) => times > 1)) reentering += 1;
    // In the stage since the first entry of the final run of entries into it (MQL-01 then MQL-02: since MQL-01).
    let since = entries.length - 1;
    while (since > 0 && (entries[since - 1] as Entry).stageId === (entries[since] as Entry).stageId) since--;
    const latest = entries[entries.length - 1] as Entry;
    tally(latest.stageId).currentDays.push(((asOfMs as number) - (entries[since] as Entry).ms) / DAY_MS);
  }

  const rank = (stageId: string) => position.get(stageId) ?? Number.MAX_SAFE_INTEGER;
  const transitionsOut = [...pairs.values()].sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to)).map(transitionOf);
  const forward = transitionsOut.filter((t) => t.direction === 'forward').reduce((n, t) => n + t.count, 0);
  const backward = transitionsOut.filter((t) => t.direction === 'backward').reduce((n, t) => n + t.count, 0);
  const others = [...stages.keys()].filter((stageId) => !position.has(stageId)).sort(byText);
  const stagesOut: StageVelocity[] = [...stageOrder, ...others].map((stageId) => {
    const stage = stages.get(stageId) as StageTally;
    const days = meanAndMedian(stage.currentDays);
    return {
      stageId,
      entered: stage.entered,
      reentered: stage.reentered,
      entries: stage.entries,
      reentryRate: stage.entered === 0 ? null : stage.reentered / stage.entered,
      current: stage.currentDays.length,
      currentAverageDays: days?.mean ?? null,
      currentMedianDays: days?.median ?? null,
    };
  });

  return {
    transitions: transitionsOut,
    moves: { forward, backward },
    backwardRate: forward + backward === 0 ? null : backward / (forward + backward),
    reentryRate: byEntity.size === 0 ? null : reentering / byEntity.size,
    stages: stagesOut,
    entities: byEntity.size,
    asOf: asOfMs === undefined ? null : new Date(asOfMs).toISOString(),
  };
}
