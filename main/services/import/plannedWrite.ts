import type { Database } from 'better-sqlite3';
import type { CompactPlan, StoredColumns } from './compactPlan';

/**
 * Writes a planned metrics import on main's connection (which keeps the
 * project's exclusive lock) without holding the thread: one transaction,
 * written in slices of about SLICE_MS with a turn of the event loop between
 * them. The caller holds the project's gate (projectGates.ts), so no other
 * call writes, or reads the metric tables, while the transaction is open.
 */

/** Work done before the write yields: the longest another call waits for a slice. */
const SLICE_MS = 12;

export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Runs `step` for 0 ≤ i < count in slices of about SLICE_MS, yielding between them; `sliced(done)` after each slice. */
export async function inSlices(count: number, step: (i: number) => void, sliced: (done: number) => void = () => {}): Promise<void> {
  let i = 0;
  while (i < count) {
    const until = performance.now() + SLICE_MS;
    do step(i++);
    while (i < count && ((i & 31) !== 0 || performance.now() < until));
    sliced(i);
    if (i < count) await nextTurn();
  }
}

/**
 * One write transaction run by `write`, which may yield between statements.
 * SQLite would checkpoint the WAL inside COMMIT when it has grown past
 * wal_autocheckpoint pages, which after a large import is as long as the
 * commit itself; the checkpoint runs after a turn of the event loop instead.
 * Rolled back on any failure: a crash at any point leaves the file as before
 * the transaction or with all of it (SQLite's WAL recovery).
 */
export async function slicedTransaction<T>(db: Database, write: () => Promise<T>): Promise<T> {
  const autoCheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  try {
    db.exec('BEGIN IMMEDIATE');
    let result: T;
    try {
      result = await write();
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
    await nextTurn();
    if (db.open) db.pragma('wal_checkpoint(PASSIVE)');
    return result;
  } finally {
    if (db.open) db.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
  }
}

/**
 * The plan's values upserted in the table's key order, each one it replaces
 * first copied into the history (with the import it came from), then the
 * stored values it removes copied and deleted: the rows the synchronous
 * commit wrote, in the same order.
 */
export async function writePlannedValues(
  db: Database,
  importId: string,
  mapId: string,
  plan: CompactPlan,
  stored: StoredColumns,
  progress: (written: number, total: number) => void,
): Promise<void> {
  const keyMatch = 'map_id = ? AND target_key = ? AND metric = ? AND period = ? AND segment = ?';
  const keep = db.prepare(
    `INSERT INTO metric_value_history (import_id, map_id, target_key, target, metric, period, grain, segment, value, prior_import_id, source_rows)
     SELECT ?, map_id, target_key, target, metric, period, grain, segment, value, import_id, source_rows FROM metric_values WHERE ${keyMatch}`,
  );
  const upsert = db.prepare(
    `INSERT INTO metric_values (map_id, target_key, target, metric, period, grain, segment, value, import_id, source_rows)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (map_id, target_key, metric, period, segment)
     DO UPDATE SET target = excluded.target, grain = excluded.grain, value = excluded.value, import_id = excluded.import_id, source_rows = excluded.source_rows`,
  );
  const remove = db.prepare(`DELETE FROM metric_values WHERE ${keyMatch}`);
  const total = plan.length + plan.removed.length;
  const rowsText = Buffer.from(plan.rowsText.buffer, plan.rowsText.byteOffset, plan.rowsText.byteLength);
  const rowsJson: (string | undefined)[] = new Array<string | undefined>(plan.rowsAt.length - 1);
  const rowsOf = (ref: number): string => (rowsJson[ref] ??= rowsText.toString('latin1', plan.rowsAt[ref], plan.rowsAt[ref + 1]));

  await inSlices(
    plan.length,
    (w) => {
      const targetKey = plan.targetKeys[plan.target[w]!]!;
      const metric = plan.metrics[plan.metric[w]!]!;
      const period = plan.periods[plan.period[w]!]!;
      const segment = plan.segments[plan.segment[w]!]!;
      if (plan.replaces[w] === 1) keep.run(importId, mapId, targetKey, metric, period, segment);
      upsert.run(mapId, targetKey, plan.targets[plan.target[w]!]!, metric, period, plan.grains[plan.grain[w]!]!, segment, plan.value[w]!, importId, rowsOf(plan.rowsOf[w]!));
    },
    (done) => progress(done, total),
  );
  await inSlices(
    plan.removed.length,
    (r) => {
      const i = plan.removed[r]!;
      const key = [mapId, stored.targetKeys[stored.target[i]!]!, stored.metrics[stored.metric[i]!]!, stored.periods[stored.period[i]!]!, stored.segments[stored.segment[i]!]!];
      keep.run(importId, ...key);
      remove.run(...key);
    },
    (done) => progress(plan.length + done, total),
  );
}
