import type { StageTransition, TransitionVelocity, VelocityReport } from '../model/metrics';

/**
 * Stage velocity from a stage-transition log (lead or customer id, stage,
 * time). Each entity's entries are sorted by time; each entry and the next
 * make one move:
 *  - to a later stage of `stageOrder`: a forward transition. A move that
 *    skips stages (Lead → SQL past MQL) counts as its own pair (Lead → SQL),
 *    not as Lead → MQL plus MQL → SQL, so no made-up times enter an average;
 *  - to an earlier stage: a backward move (SQL back to MQL);
 *  - to the same stage (MQL-01, MQL-02 both matched to MQL), or from or to a
 *    stage not in `stageOrder`: no move.
 * An entity entering a stage it entered before is a repeated entry, whether
 * or not the entries are consecutive.
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

/** The middle value of sorted numbers (mean of the middle two for an even count). */
function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface Entry {
  stageId: string;
  ms: number;
  month: string;
  order: number;
}

/**
 * Per forward transition: count, average and median days, and a monthly
 * series by the month the move finished; backward moves; repeated entries;
 * how many entities are in each stage now (their latest entry; every stage
 * of `stageOrder` is listed, then other stages seen). Entries whose time is
 * not an ISO date-time are left out.
 */
export function computeVelocity(transitions: readonly StageTransition[], stageOrder: readonly string[]): VelocityReport {
  const position = new Map(stageOrder.map((stageId, i) => [stageId, i]));
  const byEntity = new Map<string, Entry[]>();
  transitions.forEach((transition, order) => {
    const time = parseDateTime(transition.at);
    if (!time) return;
    let entries = byEntity.get(transition.entity);
    if (!entries) {
      entries = [];
      byEntity.set(transition.entity, entries);
    }
    entries.push({ stageId: transition.stageId, ms: time.ms, month: time.month, order });
  });

  const forward = new Map<string, { from: string; to: string; days: number[]; monthly: Map<string, { total: number; count: number }> }>();
  const backward = new Map<string, { from: string; to: string; count: number }>();
  const repeated = new Map<string, { entities: number; entries: number }>();
  const current = new Map<string, number>(stageOrder.map((stageId) => [stageId, 0]));

  for (const entries of byEntity.values()) {
    entries.sort((a, b) => a.ms - b.ms || a.order - b.order);
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
      if (to > from) {
        let pair = forward.get(key);
        if (!pair) {
          pair = { from: entry.stageId, to: next.stageId, days: [], monthly: new Map() };
          forward.set(key, pair);
        }
        const days = (next.ms - entry.ms) / DAY_MS;
        pair.days.push(days);
        const month = pair.monthly.get(next.month) ?? { total: 0, count: 0 };
        month.total += days;
        month.count += 1;
        pair.monthly.set(next.month, month);
      } else {
        const pair = backward.get(key) ?? { from: entry.stageId, to: next.stageId, count: 0 };
        pair.count += 1;
        backward.set(key, pair);
      }
    }
    for (const [stageId, times] of entered) {
      if (times < 2) continue;
      const stage = repeated.get(stageId) ?? { entities: 0, entries: 0 };
      stage.entities += 1;
      stage.entries += times;
      repeated.set(stageId, stage);
    }
    const latest = entries[entries.length - 1];
    if (latest) current.set(latest.stageId, (current.get(latest.stageId) ?? 0) + 1);
  }

  const rank = (stageId: string) => position.get(stageId) ?? Number.MAX_SAFE_INTEGER;
  const byStages = (a: { from: string; to: string }, b: { from: string; to: string }) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to);

  const velocities: TransitionVelocity[] = [...forward.values()].sort(byStages).map((pair) => {
    const sorted = [...pair.days].sort((a, b) => a - b);
    return {
      fromStageId: pair.from,
      toStageId: pair.to,
      count: sorted.length,
      averageDays: sorted.reduce((total, days) => total + days, 0) / sorted.length,
      medianDays: median(sorted),
      monthly: [...pair.monthly.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([month, { total, count }]) => ({ month, averageDays: total / count, count })),
    };
  });

  return {
    transitions: velocities,
    backwardMoves: [...backward.values()].sort(byStages).map(({ from, to, count }) => ({ fromStageId: from, toStageId: to, count })),
    repeatedEntries: [...repeated.entries()]
      .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
      .map(([stageId, { entities, entries }]) => ({ stageId, entities, entries })),
    currentCounts: [...current.entries()].map(([stageId, count]) => ({ stageId, count })),
    entities: byEntity.size,
  };
}
