import type { Database } from 'better-sqlite3';
import type { StoredColumns } from './compactPlan';
import { indexer } from './indexer';
import { nextTurn } from './plannedWrite';

/** Values read per query: a page takes a few milliseconds, then the thread is free for other calls. */
const PAGE = 4000;

type Row = [targetKey: string, target: string, metric: string, period: string, segment: string, value: number, importId: string];

/**
 * A map's stored values in columns for the import worker, read in pages
 * along the table's key (each page a query of its own, the thread free
 * between them). Call holding the project's gate, so no write lands between pages.
 */
export async function readStoredColumns(db: Database, mapId: string): Promise<StoredColumns> {
  const columns = 'target_key, target, metric, period, segment, value, import_id';
  const order = 'ORDER BY target_key, metric, period, segment';
  const first = db.prepare(`SELECT ${columns} FROM metric_values WHERE map_id = ? ${order} LIMIT ${PAGE}`).raw();
  const after = db.prepare(`SELECT ${columns} FROM metric_values WHERE map_id = ? AND (target_key, metric, period, segment) > (?, ?, ?, ?) ${order} LIMIT ${PAGE}`).raw();
  const targetKeys = indexer();
  const targets: string[] = [];
  const metrics = indexer();
  const periods = indexer();
  const segments = indexer();
  const importIds = indexer();
  const target: number[] = [];
  const metric: number[] = [];
  const period: number[] = [];
  const segment: number[] = [];
  const importId: number[] = [];
  const value: number[] = [];
  let page = first.all(mapId) as Row[];
  for (;;) {
    for (const row of page) {
      const t = targetKeys.of(row[0]);
      if (t === targets.length) targets.push(row[1]);
      target.push(t);
      metric.push(metrics.of(row[2]));
      period.push(periods.of(row[3]));
      segment.push(segments.of(row[4]));
      value.push(row[5]);
      importId.push(importIds.of(row[6]));
    }
    const last = page.at(-1);
    if (page.length < PAGE || !last) break;
    await nextTurn();
    page = after.all(mapId, last[0], last[2], last[3], last[4]) as Row[];
  }
  return {
    length: value.length,
    targetKeys: targetKeys.table,
    targets,
    metrics: metrics.table,
    periods: periods.table,
    segments: segments.table,
    importIds: importIds.table,
    target: Uint32Array.from(target),
    metric: Uint32Array.from(metric),
    period: Uint32Array.from(period),
    segment: Uint32Array.from(segment),
    importId: Uint32Array.from(importId),
    value: Float64Array.from(value),
  };
}
