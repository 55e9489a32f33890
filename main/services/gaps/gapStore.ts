import type { Database } from 'better-sqlite3';
import { AppError } from '../../../src/api/result';
import type { GapSettings, SnapshotSummary } from '../../../src/model/gaps';
import { formatIssuePath } from '../../../src/schema/issuePath';
import { findSnapshotProblem, SnapshotSchema, type Snapshot } from '../../../src/schema/snapshotDocument';

/**
 * The gap tables of one project file (migration 0005): the project's gap-rule
 * settings and the snapshots of its maps. Snapshot content is JSON checked on
 * every read, so a damaged snapshot is reported, never restored.
 */
export interface GapStore {
  /** The saved settings; {} when none were saved. */
  settings(): GapSettings;
  /** Replaces the settings (fields this version does not know are kept). */
  saveSettings(settings: GapSettings): GapSettings;
  /** A map's snapshots, newest first. */
  listSnapshots(mapId: string): SnapshotSummary[];
  /** Stores a snapshot; call inside a transaction to make it part of a larger change. */
  addSnapshot(snapshot: Snapshot): SnapshotSummary;
  /** One snapshot with its content; NOT_FOUND or CORRUPT naming the snapshot and the file. */
  snapshot(snapshotId: string): Snapshot;
  renameSnapshot(snapshotId: string, name: string): SnapshotSummary;
  deleteSnapshot(snapshotId: string): void;
  /** Every snapshot of the project, oldest first, for export. */
  allSnapshots(): Snapshot[];
}

interface SnapshotRow {
  id: string;
  mapId: string;
  name: string;
  createdAt: string;
  map: string;
  metrics: string;
  velocity: string | null;
}

const SUMMARY_SQL = `SELECT id, map_id AS mapId, name, created_at AS createdAt,
  CASE WHEN json_valid(map) THEN (SELECT count(*) FROM json_each(map, '$.cards')) ELSE 0 END AS cards FROM snapshots`;
const ROW_SQL = 'SELECT id, map_id AS mapId, name, created_at AS createdAt, map, metrics, velocity FROM snapshots';

/** The gap settings and snapshots of the project file open in `db`; `base` names the file in errors. */
export function createGapStore(db: Database, base: string): GapStore {
  const notFound = (snapshotId: string) =>
    new AppError('NOT_FOUND', `Snapshot "${snapshotId}" does not exist in "${base}".`, { file: base, snapshotId });

  const summary = (snapshotId: string): SnapshotSummary => {
    const row = db.prepare(`${SUMMARY_SQL} WHERE id = ?`).get(snapshotId) as SnapshotSummary | undefined;
    if (!row) throw notFound(snapshotId);
    return row;
  };

  const damaged = (row: SnapshotRow, problem: string) =>
    new AppError('CORRUPT', `Snapshot "${row.name}" (${row.id}) in "${base}" is damaged: ${problem}. Delete it or open a backup of the project.`, {
      file: base,
      snapshotId: row.id,
    });

  const parseRow = (row: SnapshotRow): Snapshot => {
    let raw: unknown;
    try {
      raw = { ...row, map: JSON.parse(row.map), metrics: JSON.parse(row.metrics), velocity: row.velocity === null ? null : JSON.parse(row.velocity) };
    } catch (error) {
      throw damaged(row, error instanceof Error ? error.message : String(error));
    }
    const parsed = SnapshotSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw damaged(row, `${formatIssuePath(issue?.path ?? [])}: ${issue?.message ?? 'rejected'}`);
    }
    const problem = findSnapshotProblem(parsed.data);
    if (problem) throw damaged(row, `${problem.path}: ${problem.message}`);
    return parsed.data;
  };

  return {
    settings() {
      const data = db.prepare('SELECT data FROM gap_settings WHERE singleton = 1').pluck().get() as string | undefined;
      return data === undefined ? {} : (JSON.parse(data) as GapSettings);
    },
    saveSettings(settings) {
      db.prepare('INSERT INTO gap_settings (singleton, data) VALUES (1, ?) ON CONFLICT (singleton) DO UPDATE SET data = excluded.data').run(
        JSON.stringify(settings),
      );
      return settings;
    },
    listSnapshots: (mapId) => db.prepare(`${SUMMARY_SQL} WHERE map_id = ? ORDER BY created_at DESC, rowid DESC`).all(mapId) as SnapshotSummary[],
    addSnapshot(snapshot) {
      db.prepare('INSERT INTO snapshots (id, map_id, name, created_at, map, metrics, velocity) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        snapshot.id,
        snapshot.mapId,
        snapshot.name,
        snapshot.createdAt,
        JSON.stringify(snapshot.map),
        JSON.stringify(snapshot.metrics),
        snapshot.velocity === null ? null : JSON.stringify(snapshot.velocity),
      );
      return summary(snapshot.id);
    },
    snapshot(snapshotId) {
      const row = db.prepare(`${ROW_SQL} WHERE id = ?`).get(snapshotId) as SnapshotRow | undefined;
      if (!row) throw notFound(snapshotId);
      return parseRow(row);
    },
    renameSnapshot(snapshotId, name) {
      if (db.prepare('UPDATE snapshots SET name = ? WHERE id = ?').run(name, snapshotId).changes === 0) throw notFound(snapshotId);
      return summary(snapshotId);
    },
    deleteSnapshot(snapshotId) {
      if (db.prepare('DELETE FROM snapshots WHERE id = ?').run(snapshotId).changes === 0) throw notFound(snapshotId);
    },
    allSnapshots: () => (db.prepare(`${ROW_SQL} ORDER BY created_at, rowid`).all() as SnapshotRow[]).map(parseRow),
  };
}

/** Writes a document's snapshots and gap settings into a new project file (inside its creating transaction). */
export function insertGapDocument(db: Database, content: { gapSettings?: GapSettings; snapshots?: readonly Snapshot[] }): void {
  const store = createGapStore(db, '');
  if (content.gapSettings) store.saveSettings(content.gapSettings);
  for (const snapshot of content.snapshots ?? []) store.addSnapshot(snapshot);
}
