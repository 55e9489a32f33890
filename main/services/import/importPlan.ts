import type { ImportDiff, ImportDiffEntry, ImportMatches, ImportRateNotice } from '../../../src/api/contract';
import { combineValues } from '../../../src/metrics/aggregate';
import { rowCombining } from '../../../src/metrics/definitions';
import { rateDisagreements } from '../../../src/metrics/rateChecks';
import { targetKey } from '../../../src/metrics/targets';
import type { MetricDefinition } from '../../../src/model/metrics';
import { valueKey, type CurrentValue, type StoredValue } from './metricStore';
import { indexer } from './indexer';
import type { PackedMetrics } from './packedRecords';

/**
 * What committing a ready job would do: its records matched to the map,
 * records sharing a key combined by their metric's aggregation, and the
 * result compared with the map's stored values.
 */

export interface MetricsPlan<S extends CurrentValue = CurrentValue> {
  values: StoredValue[];
  /** Indexes of `values` in the order of the table's key, the fastest order to write them. */
  writeOrder: Uint32Array;
  removed: S[];
  /** The map's stored values by valueKey, to remember what each new value replaces. */
  current: Map<string, S>;
  diff: ImportDiff;
  /** Distinct file rows behind the values. */
  rows: number;
}

const MAX_ENTRIES = 500;
const same = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The rank of each string in SQLite's BINARY order (UTF-8 bytes), so values can be written in the table's key order. */
function binaryRanks(table: readonly string[]): Int32Array {
  const bytes = table.map((text) => Buffer.from(text, 'utf8'));
  const order = table.map((_, i) => i).sort((a, b) => Buffer.compare(bytes[a]!, bytes[b]!));
  const ranks = new Int32Array(table.length);
  order.forEach((i, rank) => (ranks[i] = rank));
  return ranks;
}

/** Whether array[aFrom, aTo) holds the same numbers as array[bFrom, bTo). */
function sameRange(array: Uint32Array, aFrom: number, aTo: number, bFrom: number, bTo: number): boolean {
  if (aTo - aFrom !== bTo - bFrom) return false;
  for (let i = 0; i < aTo - aFrom; i++) if (array[aFrom + i] !== array[bFrom + i]) return false;
  return true;
}

/** Up to this many (combination × metric) slots, groups are found through a flat table instead of a Map. */
const FLAT_GROUPS_LIMIT = 1 << 24;

/**
 * Combines the records of `packed` whose keys `matches` sends somewhere
 * (records matched to null are counted as unmatched). The values are in the
 * file's order; `writeOrder` lists them in the table's key order (target key,
 * metric, period, segment), in which SQLite writes them several times faster.
 */
function combineRecords(packed: PackedMetrics, matches: ImportMatches, definitions: readonly MetricDefinition[]) {
  const byMetric = new Map(definitions.map((d) => [d.key, d]));
  const metricCount = packed.metrics.length;
  const targets = packed.keys.map((key) => matches[key] ?? null);
  const targetKeys = targets.map((target) => (target ? targetKey(target) : ''));
  // Keys of the file matched to the same target share one index; so do period entries of the same day with another grain.
  const targetIndexer = indexer();
  const targetIndex = targetKeys.map((key) => targetIndexer.of(key));
  const periodIndexer = indexer();
  const periodIndex = packed.periods.map(({ period }) => periodIndexer.of(period ?? ''));
  // Rows of one key combine as rowCombining says: a rate weighed by its denominator is the ratio of the implied counts.
  const combiningOf = packed.metrics.map((metric) => rowCombining(byMetric.get(metric)));
  const aggregationOf = combiningOf.map((combining) => combining.aggregation);
  const cellCount = packed.cellKey.length;

  // Each combination of the file as its (target, period, segment) base: combinations matched to the same target merge.
  const baseOfCell = new Int32Array(cellCount).fill(-1);
  const baseIds = new Map<number | string, number>();
  const baseTarget: number[] = [];
  const basePeriod: number[] = [];
  const baseSegment: number[] = [];
  const baseFileKey: number[] = [];
  const periodsN = periodIndexer.table.length + 1;
  const segmentsN = packed.segments.length + 1;
  const exact = (targetIndexer.table.length + 1) * periodsN * segmentsN < Number.MAX_SAFE_INTEGER;
  for (let c = 0; c < cellCount; c++) {
    const k = packed.cellKey[c]!;
    if (!targets[k]) continue;
    const t = targetIndex[k]!;
    const p = periodIndex[packed.cellPeriod[c]!]!;
    const s = packed.cellSegment[c]!;
    const id = exact ? (t * periodsN + p) * segmentsN + s : `${t}|${p}|${s}`;
    let base = baseIds.get(id);
    if (base === undefined) {
      base = baseTarget.length;
      baseIds.set(id, base);
      baseTarget.push(t);
      basePeriod.push(p);
      baseSegment.push(s);
      baseFileKey.push(k);
    }
    baseOfCell[c] = base;
  }

  // Weights of weighted averages: the weightBy metric's value in the same row (wide files), else the
  // sum of its values at the same file key, period and segment (long files).
  const weightMetricIndex = combiningOf.map(({ aggregation, weightBy }) =>
    aggregation === 'weightedAverage' && weightBy !== undefined ? packed.metrics.indexOf(weightBy) : -1,
  );
  const cellWeights = new Map<number | string, number>();
  const weightKeysExact = (packed.keys.length + 1) * periodsN * segmentsN * (metricCount + 1) < Number.MAX_SAFE_INTEGER;
  const weightKey = (i: number, w: number): number | string => {
    const c = packed.cell[i]!;
    const k = packed.cellKey[c]!;
    const p = periodIndex[packed.cellPeriod[c]!]!;
    const s = packed.cellSegment[c]!;
    return weightKeysExact ? ((k * periodsN + p) * segmentsN + s) * metricCount + w : `${k}|${p}|${s}|${w}`;
  };
  /** Sums of the weight metrics at each file key, period and segment, made when a row without its weight first needs them. */
  let cellWeightsMade = false;
  const makeCellWeights = (): void => {
    cellWeightsMade = true;
    const wanted = new Set(weightMetricIndex.filter((w) => w >= 0));
    for (let i = 0; i < packed.length; i++) {
      const m = packed.metric[i]!;
      if (!wanted.has(m)) continue;
      const cell = weightKey(i, m);
      cellWeights.set(cell, (cellWeights.get(cell) ?? 0) + packed.value[i]!);
    }
  };
  /**
   * The sum of metric `w` in record i's row and segment (the records of a row are next to each other; a wide
   * row's columns may name segments, 新访客数 beside 访客数), or undefined when the row has none.
   */
  const rowWeight = (i: number, w: number): number | undefined => {
    const row = packed.row[i]!;
    const cell = packed.cell[i]!;
    let first = i;
    while (first > 0 && packed.row[first - 1] === row) first--;
    let total: number | undefined;
    for (let j = first; j < packed.length && packed.row[j] === row; j++) {
      if (packed.metric[j] === w && packed.cell[j] === cell) total = (total ?? 0) + packed.value[j]!;
    }
    return total;
  };
  const weightOf = (i: number, w: number): number => {
    const inRow = rowWeight(i, w);
    if (inRow !== undefined) return inRow;
    if (!cellWeightsMade) makeCellWeights();
    return cellWeights.get(weightKey(i, w)) ?? Number.NaN;
  };

  // Groups: (base, metric), numbered in first-seen order; each record's group, and the groups' sizes.
  const slots = baseTarget.length * metricCount;
  const flat = slots <= FLAT_GROUPS_LIMIT ? new Int32Array(slots).fill(-1) : undefined;
  const slotGroups = flat ? undefined : new Map<number, number>();
  const groupOf = new Int32Array(packed.length);
  const groupBase: number[] = [];
  const groupMetric: number[] = [];
  const sizes: number[] = [];
  let unmatched = 0;
  let rows = 0;
  let lastRow = -1;
  for (let i = 0; i < packed.length; i++) {
    const base = baseOfCell[packed.cell[i]!]!;
    if (base < 0) {
      unmatched++;
      groupOf[i] = -1;
      continue;
    }
    // Records come in row order, and all records of a row are matched or not together.
    const row = packed.row[i]!;
    if (row !== lastRow) {
      rows++;
      lastRow = row;
    }
    const m = packed.metric[i]!;
    const slot = base * metricCount + m;
    let g = flat ? flat[slot]! : (slotGroups!.get(slot) ?? -1);
    if (g < 0) {
      g = sizes.length;
      if (flat) flat[slot] = g;
      else slotGroups!.set(slot, g);
      groupBase.push(base);
      groupMetric.push(m);
      sizes.push(0);
    }
    sizes[g]!++;
    groupOf[i] = g;
  }
  const groupCount = sizes.length;

  // Records by group (each group's in file order): a counting sort.
  const start = new Int32Array(groupCount + 1);
  for (let g = 0; g < groupCount; g++) start[g + 1] = start[g]! + sizes[g]!;
  const fill = start.slice(0, groupCount);
  const order = new Int32Array(packed.length - unmatched);
  for (let i = 0; i < packed.length; i++) {
    const g = groupOf[i]!;
    if (g >= 0) order[fill[g]!++] = i;
  }

  // The groups in the table's key order, for writing.
  const targetRank = binaryRanks(targetIndexer.table);
  const metricRank = binaryRanks(packed.metrics);
  const periodRank = binaryRanks(periodIndexer.table);
  const segmentRank = binaryRanks(packed.segments);
  const sorted = new Uint32Array(groupCount);
  for (let g = 0; g < groupCount; g++) sorted[g] = g;
  sorted.sort((a, b) => {
    const baseA = groupBase[a]!;
    const baseB = groupBase[b]!;
    return (
      targetRank[baseTarget[baseA]!]! - targetRank[baseTarget[baseB]!]! ||
      metricRank[groupMetric[a]!]! - metricRank[groupMetric[b]!]! ||
      periodRank[basePeriod[baseA]!]! - periodRank[basePeriod[baseB]!]! ||
      segmentRank[baseSegment[baseA]!]! - segmentRank[baseSegment[baseB]!]!
    );
  });

  let combined = 0;
  const values: StoredValue[] = new Array<StoredValue>(groupCount);
  // Each value's distinct rows, as a view of one shared array. The metrics of one combination usually
  // come from the same rows: a list equal to the previous one of the same base is that view again.
  const rowBuffer = new Uint32Array(order.length);
  let rowCount = 0;
  const baseRowsFrom = new Int32Array(baseTarget.length).fill(-1);
  const baseRowsTo = new Int32Array(baseTarget.length);
  for (let g = 0; g < groupCount; g++) {
    const base = groupBase[g]!;
    const m = groupMetric[g]!;
    const from = start[g]!;
    const to = start[g + 1]!;
    const count = to - from;
    const k = baseFileKey[base]!;
    const rowsFrom = rowCount;
    for (let j = from; j < to; j++) {
      const row = packed.row[order[j]!]!;
      if (rowCount === rowsFrom || rowBuffer[rowCount - 1] !== row) rowBuffer[rowCount++] = row;
    }
    const sharedFrom = baseRowsFrom[base]!;
    let groupRows: Uint32Array;
    if (sharedFrom >= 0 && sameRange(rowBuffer, sharedFrom, baseRowsTo[base]!, rowsFrom, rowCount)) {
      groupRows = rowBuffer.subarray(sharedFrom, baseRowsTo[base]);
      rowCount = rowsFrom;
    } else {
      groupRows = rowBuffer.subarray(rowsFrom, rowCount);
      baseRowsFrom[base] = rowsFrom;
      baseRowsTo[base] = rowCount;
    }
    let value: number;
    if (count === 1) value = packed.value[order[from]!]!;
    else {
      combined += count;
      const groupValues: number[] = new Array<number>(count);
      const weights: number[] = new Array<number>(count);
      const w = weightMetricIndex[m]!;
      for (let j = 0; j < count; j++) {
        const i = order[from + j]!;
        groupValues[j] = packed.value[i]!;
        weights[j] = w >= 0 ? weightOf(i, w) : Number.NaN;
      }
      value = combineValues(groupValues, aggregationOf[m] ?? 'sum', weights);
    }
    // The grain of the group's last record (a day's entries of another grain share its period).
    const { grain } = packed.periods[packed.cellPeriod[packed.cell[order[to - 1]!]!]!]!;
    values[g] = {
      targetKey: targetKeys[k]!,
      target: targets[k]!,
      metric: packed.metrics[m]!,
      period: packed.periods[packed.cellPeriod[packed.cell[order[from]!]!]!]!.period,
      grain,
      segment: packed.segments[baseSegment[base]!]!,
      value,
      rows: groupRows,
    };
  }
  return { values, writeOrder: sorted, unmatched, combined, rows };
}

/** The plan of a metrics job: combined values, what they add, change and remove against `stored`. */
export function planMetrics<S extends CurrentValue>(
  packed: PackedMetrics,
  matches: ImportMatches,
  definitions: readonly MetricDefinition[],
  stored: readonly S[],
  previousImportId: string | null,
): MetricsPlan<S> {
  const { values, writeOrder, unmatched, combined, rows } = combineRecords(packed, matches, definitions);
  const current = new Map(stored.map((v) => [valueKey(v), v]));
  const changed: ImportDiffEntry[] = [];
  const added: ImportDiffEntry[] = [];
  let changedCount = 0;
  let addedCount = 0;
  let unchanged = 0;
  const entry = (v: StoredValue, before: CurrentValue | undefined, change: ImportDiffEntry['change']): ImportDiffEntry => ({
    change,
    target: v.target,
    metric: v.metric,
    period: v.period,
    segment: v.segment,
    before: before?.value ?? null,
    after: v.value,
    row: v.rows[0] ?? null,
  });
  // The keys of the new values matter only when the map has values: a first import adds them all.
  const incoming = current.size > 0 ? new Set<string>() : undefined;
  for (const v of values) {
    let before: S | undefined;
    if (incoming) {
      const key = valueKey(v);
      incoming.add(key);
      before = current.get(key);
    }
    if (!before) {
      addedCount++;
      if (added.length < MAX_ENTRIES) added.push(entry(v, before, 'added'));
    } else if (same(before.value, v.value)) unchanged++;
    else {
      changedCount++;
      if (changed.length < MAX_ENTRIES) changed.push(entry(v, before, 'changed'));
    }
  }
  const removed = previousImportId && incoming ? stored.filter((v) => v.importId === previousImportId && !incoming.has(valueKey(v))) : [];
  const removedEntries = removed.slice(0, MAX_ENTRIES).map(
    (v): ImportDiffEntry => ({ change: 'removed', target: v.target, metric: v.metric, period: v.period, segment: v.segment, before: v.value, after: null, row: null }),
  );
  return {
    values,
    writeOrder,
    removed,
    current,
    rows,
    diff: {
      added: addedCount,
      changed: changedCount,
      removed: removed.length,
      unchanged,
      unmatched,
      combined,
      entries: [...changed, ...removedEntries, ...added].slice(0, MAX_ENTRIES),
      previousImportId,
      rateNotices: rateNotices(values, definitions),
    },
  };
}

/** Most contradicted rates a plan lists. */
const MAX_RATE_NOTICES = 50;

/** Rates of the new file that its own counts contradict beyond the rate's rounding, with the file rows involved (the counts are used). */
function rateNotices(values: readonly StoredValue[], definitions: readonly MetricDefinition[]): ImportRateNotice[] {
  return rateDisagreements(values, definitions, (v) => v.targetKey)
    .slice(0, MAX_RATE_NOTICES)
    .map(({ values: involved, ...notice }) => ({ ...notice, rows: [...new Set(involved.flatMap((v) => [...v.rows]))].sort((a, b) => a - b) }));
}
