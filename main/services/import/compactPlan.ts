import type { ImportDiff } from '../../../src/api/contract';
import type { MetricTarget } from '../../../src/model/metrics';
import { valueKey, type CurrentValue } from './metricStore';
import type { MetricsPlan } from './importPlan';
import { indexer } from './indexer';

/**
 * What crosses between main and the import worker for a metrics commit, in
 * columns: each text field as an index into a table of its distinct values,
 * numbers in typed arrays whose buffers are transferred, not copied.
 */

/** The map's stored values as planning needs them (main reads them, the worker plans against them). */
export interface StoredColumns {
  length: number;
  targetKeys: string[];
  /** The JSON of each target key's target (same index). */
  targets: string[];
  metrics: string[];
  /** '' when the value has no period. */
  periods: string[];
  segments: string[];
  importIds: string[];
  target: Uint32Array;
  metric: Uint32Array;
  period: Uint32Array;
  segment: Uint32Array;
  importId: Uint32Array;
  value: Float64Array;
}

/** The rows of a commit, in the table's key order, and the stored values it removes. */
export interface CompactPlan {
  length: number;
  targetKeys: string[];
  targets: string[];
  metrics: string[];
  periods: string[];
  grains: (string | null)[];
  segments: string[];
  target: Uint32Array;
  metric: Uint32Array;
  period: Uint32Array;
  grain: Uint32Array;
  segment: Uint32Array;
  value: Float64Array;
  /** 1 where the value replaces a stored one (which the history keeps for undo). */
  replaces: Uint8Array;
  /** The `source_rows` JSON of each value: an index into the distinct lists, whose latin1 text lies in rowsText between rowsAt[i] and rowsAt[i + 1]. */
  rowsOf: Uint32Array;
  rowsText: Uint8Array;
  rowsAt: Uint32Array;
  /** Indexes into the StoredColumns sent to the worker: the values deleted (kept in the history too). */
  removed: Uint32Array;
  diff: ImportDiff;
  /** Distinct file rows behind the values. */
  rows: number;
}

/** The buffers of a compact plan, to transfer. */
export const planTransferList = (plan: CompactPlan): ArrayBuffer[] =>
  [plan.target, plan.metric, plan.period, plan.grain, plan.segment, plan.value, plan.replaces, plan.rowsOf, plan.rowsText, plan.rowsAt, plan.removed].map(
    (array) => array.buffer as ArrayBuffer,
  );

/** The stored values as the planner takes them (rows and grain are not needed to plan: the history copies them in SQL). */
export function storedValues(columns: StoredColumns): (CurrentValue & { at: number })[] {
  const targets = columns.targets.map((json) => JSON.parse(json) as MetricTarget);
  return Array.from({ length: columns.length }, (_, i) => {
    const period = columns.periods[columns.period[i]!]!;
    return {
      at: i,
      targetKey: columns.targetKeys[columns.target[i]!]!,
      target: targets[columns.target[i]!]!,
      metric: columns.metrics[columns.metric[i]!]!,
      period: period === '' ? null : period,
      grain: null,
      segment: columns.segments[columns.segment[i]!]!,
      value: columns.value[i]!,
      importId: columns.importIds[columns.importId[i]!]!,
      rows: [],
    };
  });
}

/** Appends `rows` as JSON ("[2,5,9]") to a growing latin1 buffer. */
function rowsWriter() {
  let text = new Uint8Array(1 << 16);
  let length = 0;
  const at: number[] = [0];
  const reserve = (bytes: number) => {
    if (length + bytes <= text.length) return;
    const grown = new Uint8Array(Math.max(text.length * 2, length + bytes));
    grown.set(text.subarray(0, length));
    text = grown;
  };
  const push = (code: number) => (text[length++] = code);
  return {
    add(rows: ArrayLike<number>): number {
      // At most 10 digits and a comma per row.
      reserve(rows.length * 11 + 2);
      push(0x5b); // [
      for (let i = 0; i < rows.length; i++) {
        if (i > 0) push(0x2c); // ,
        let n = rows[i]!;
        const start = length;
        do {
          push(48 + (n % 10));
          n = Math.floor(n / 10);
        } while (n > 0);
        text.subarray(start, length).reverse();
      }
      push(0x5d); // ]
      at.push(length);
      return at.length - 2;
    },
    done: () => ({ rowsText: text.slice(0, length), rowsAt: Uint32Array.from(at) }),
  };
}

/**
 * A metrics plan as main writes it: the values in the table's key order, each
 * field indexed, `source_rows` as JSON text written once per list (values
 * whose rows are one view of the planner's shared array share it).
 */
export function packPlan(plan: MetricsPlan & { removed: readonly (CurrentValue & { at?: number })[] }): CompactPlan {
  const length = plan.writeOrder.length;
  const targetKeys = indexer();
  const targetJson: string[] = [];
  const metrics = indexer();
  const periods = indexer();
  const grains = indexer<string | null>();
  const segments = indexer();
  const columns = {
    target: new Uint32Array(length),
    metric: new Uint32Array(length),
    period: new Uint32Array(length),
    grain: new Uint32Array(length),
    segment: new Uint32Array(length),
    value: new Float64Array(length),
    replaces: new Uint8Array(length),
    rowsOf: new Uint32Array(length),
  };
  const rows = rowsWriter();
  const refOfView = new Map<number, number>();
  for (let w = 0; w < length; w++) {
    const v = plan.values[plan.writeOrder[w]!]!;
    const t = targetKeys.of(v.targetKey);
    if (t === targetJson.length) targetJson.push(JSON.stringify(v.target));
    columns.target[w] = t;
    columns.metric[w] = metrics.of(v.metric);
    columns.period[w] = periods.of(v.period ?? '');
    columns.grain[w] = grains.of(v.grain);
    columns.segment[w] = segments.of(v.segment);
    columns.value[w] = v.value;
    if (plan.current.size > 0 && plan.current.has(valueKey(v))) columns.replaces[w] = 1;
    if (v.rows instanceof Uint32Array) {
      let ref = refOfView.get(v.rows.byteOffset);
      if (ref === undefined) refOfView.set(v.rows.byteOffset, (ref = rows.add(v.rows)));
      columns.rowsOf[w] = ref;
    } else columns.rowsOf[w] = rows.add(v.rows);
  }
  return {
    length,
    targetKeys: targetKeys.table,
    targets: targetJson,
    metrics: metrics.table,
    periods: periods.table,
    grains: grains.table,
    segments: segments.table,
    ...columns,
    ...rows.done(),
    removed: Uint32Array.from(plan.removed, (v) => v.at ?? 0),
    diff: plan.diff,
    rows: plan.rows,
  };
}
