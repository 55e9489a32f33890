import type { Database } from 'better-sqlite3';
import type { ImportMatches, ImportPreset, ImportRecord } from '../../../src/api/contract';
import { AppError } from '../../../src/api/result';
import type { ImportMapping, ReadOptions } from '../../../src/import/mapping';
import type { Grain, MetricDefinition, MetricTarget, StageTransition } from '../../../src/model/metrics';
import { newId } from '../../../src/model/ids';
import { createImportAliasStore } from './importAliases';
import type { CompactPlan, StoredColumns } from './compactPlan';
import { readMetricsDocument } from './metricsDocument';
import { slicedTransaction, writePlannedValues } from './plannedWrite';
import { readStoredColumns } from './storedColumns';

/**
 * The metric tables of one project file (migration 0004): definitions,
 * presets, the current values of each map, what each import replaced, the
 * transition logs and the import history. Every write is one transaction.
 */

/** One stored or about-to-be-stored value; `targetKey` is the canonical text of `target`. */
export interface StoredValue {
  targetKey: string;
  target: MetricTarget;
  metric: string;
  period: string | null;
  grain: Grain | null;
  segment: string;
  value: number;
  /** 1-based rows of the file combined into this value (a view of a shared array while an import is planned). */
  rows: readonly number[] | Uint32Array;
}

export interface CurrentValue extends StoredValue {
  importId: string;
  rows: number[];
}

/** The (target, metric, period, segment) key of a value, as one string. */
export const valueKey = (v: { targetKey: string; metric: string; period: string | null; segment: string }): string =>
  `${v.targetKey}\u001e${v.metric}\u001e${v.period ?? ''}\u001e${v.segment}`;

/** What an import is, before it gets an id and time. */
export type ImportHeader = Omit<ImportRecord, 'id' | 'importedAt' | 'undoneAt' | 'undoable'>;

/** An `imports` row: the record without what is computed from other rows, plus its order of writing. */
type ImportRow = Omit<ImportRecord, 'undoable'> & { seq: number };

interface ValueRow {
  targetKey: string;
  target: string;
  metric: string;
  period: string;
  grain: string | null;
  segment: string;
  value: number;
  importId: string;
  rows: string;
}

const IMPORT_COLUMNS = `seq, id, map_id AS mapId, kind, path, file_name AS fileName, sheet, preset_id AS presetId,
  preset_name AS presetName, imported_at AS importedAt, rows, added, changed, removed, undone_at AS undoneAt`;
const VALUE_COLUMNS = `target_key AS targetKey, target, metric, period, grain, segment, value, import_id AS importId, source_rows AS rows`;

const fromValueRow = (row: ValueRow): CurrentValue => ({
  targetKey: row.targetKey,
  target: JSON.parse(row.target) as MetricTarget,
  metric: row.metric,
  period: row.period === '' ? null : row.period,
  grain: row.grain as Grain | null,
  segment: row.segment,
  value: row.value,
  importId: row.importId,
  rows: JSON.parse(row.rows) as number[],
});

export type MetricStore = ReturnType<typeof createMetricStore>;

/** The metric tables of the project open as `db`; `base` is the file name used in messages. */
export function createMetricStore(db: Database, base: string) {
  const now = () => new Date().toISOString();

  const importRow = (importId: string): ImportRow | undefined =>
    db.prepare(`SELECT ${IMPORT_COLUMNS} FROM imports WHERE id = ?`).get(importId) as ImportRow | undefined;

  /**
   * False when undone, or when undoing would overwrite a later import that is
   * not undone: it replaced or removed one of this import's values, or it
   * wrote or replaced a value at a key this import replaced or removed (which
   * undo would restore). Transition logs: when a later log replaced this one.
   */
  const isUndoable = (row: ImportRow): boolean => {
    if (row.undoneAt !== null) return false;
    if (row.kind === 'transitions') {
      return db.prepare('SELECT 1 FROM transitions WHERE import_id = ? AND replaced_by IS NOT NULL LIMIT 1').get(row.id) === undefined;
    }
    const later = `SELECT id FROM imports WHERE map_id = :map AND seq > :seq AND undone_at IS NULL`;
    const sameKey = (a: string, b: string) =>
      `${a}.map_id = ${b}.map_id AND ${a}.target_key = ${b}.target_key AND ${a}.metric = ${b}.metric AND ${a}.period = ${b}.period AND ${a}.segment = ${b}.segment`;
    const blocked = db.prepare(`
      SELECT 1 WHERE
        EXISTS (SELECT 1 FROM metric_value_history WHERE prior_import_id = :id AND import_id IN (${later}))
        OR EXISTS (SELECT 1 FROM metric_value_history AS mine JOIN metric_values AS now ON ${sameKey('mine', 'now')}
                   WHERE mine.import_id = :id AND now.import_id <> :id)
        OR EXISTS (SELECT 1 FROM metric_value_history AS mine JOIN metric_value_history AS other ON ${sameKey('mine', 'other')}
                   WHERE mine.import_id = :id AND other.import_id IN (${later}))`);
    return blocked.get({ id: row.id, map: row.mapId, seq: row.seq }) === undefined;
  };

  const toRecord = (row: ImportRow): ImportRecord => {
    const { seq: _seq, ...rest } = row;
    return { ...rest, undoable: isUndoable(row) };
  };

  const requireMapRow = (mapId: string) => {
    if (!db.prepare('SELECT 1 FROM maps WHERE id = ?').get(mapId)) {
      throw new AppError('NOT_FOUND', `Map "${mapId}" does not exist in "${base}" (was it deleted?); nothing was imported.`, { file: base, mapId });
    }
  };

  const insertImport = (header: ImportHeader): string => {
    const id = newId();
    db.prepare(
      `INSERT INTO imports (id, map_id, kind, path, file_name, sheet, preset_id, preset_name, imported_at, rows, added, changed, removed)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, header.mapId, header.kind, header.path, header.fileName, header.sheet, header.presetId, header.presetName, now(), header.rows, header.added, header.changed, header.removed);
    return id;
  };

  const presetFromRow = (row: { id: string; name: string; read: string; mapping: string; matches: string; updatedAt: string }): ImportPreset => ({
    id: row.id,
    name: row.name,
    read: JSON.parse(row.read) as ReadOptions,
    mapping: JSON.parse(row.mapping) as ImportMapping,
    matches: JSON.parse(row.matches) as ImportMatches,
    updatedAt: row.updatedAt,
  });

  return {
    ...createImportAliasStore(db),
    /** Everything the metric tables hold, for the project's JSON form. */
    document: () => readMetricsDocument(db),
    customDefinitions: (): MetricDefinition[] =>
      (db.prepare('SELECT data FROM metric_definitions ORDER BY key').pluck().all() as string[]).map((data) => JSON.parse(data) as MetricDefinition),
    saveDefinition(definition: MetricDefinition): void {
      db.prepare('INSERT INTO metric_definitions (key, data) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET data = excluded.data').run(
        definition.key,
        JSON.stringify(definition),
      );
    },
    deleteDefinition(key: string): void {
      if (db.prepare('DELETE FROM metric_definitions WHERE key = ?').run(key).changes === 0) {
        throw new AppError('NOT_FOUND', `"${base}" has no definition of its own for the metric "${key}".`, { file: base, field: key });
      }
    },

    presets: (): ImportPreset[] =>
      (db.prepare('SELECT id, name, read, mapping, matches, updated_at AS updatedAt FROM import_presets ORDER BY name').all() as Parameters<typeof presetFromRow>[0][]).map(
        presetFromRow,
      ),
    preset(presetId: string): ImportPreset {
      const row = db.prepare('SELECT id, name, read, mapping, matches, updated_at AS updatedAt FROM import_presets WHERE id = ?').get(presetId);
      if (!row) throw new AppError('NOT_FOUND', `Preset "${presetId}" does not exist in "${base}".`, { file: base, presetId });
      return presetFromRow(row as Parameters<typeof presetFromRow>[0]);
    },
    /** A preset with the same name is replaced (keeping its id, so imports made with it stay linked). */
    savePreset(preset: Omit<ImportPreset, 'id' | 'updatedAt'>): ImportPreset {
      const existing = db.prepare('SELECT id FROM import_presets WHERE name = ?').pluck().get(preset.name) as string | undefined;
      const saved: ImportPreset = { ...preset, id: existing ?? newId(), updatedAt: now() };
      db.prepare(
        `INSERT INTO import_presets (id, name, read, mapping, matches, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET read = excluded.read, mapping = excluded.mapping, matches = excluded.matches, updated_at = excluded.updated_at`,
      ).run(saved.id, saved.name, JSON.stringify(saved.read), JSON.stringify(saved.mapping), JSON.stringify(saved.matches), saved.updatedAt);
      return saved;
    },
    deletePreset(presetId: string): void {
      if (db.prepare('DELETE FROM import_presets WHERE id = ?').run(presetId).changes === 0) {
        throw new AppError('NOT_FOUND', `Preset "${presetId}" does not exist in "${base}".`, { file: base, presetId });
      }
    },

    values: (mapId: string): CurrentValue[] =>
      (db.prepare(`SELECT ${VALUE_COLUMNS} FROM metric_values WHERE map_id = ?`).all(mapId) as ValueRow[]).map(fromValueRow),
    /** The map's values as an import's plan needs them, read in pages (call holding the project's gate). */
    storedColumns: (mapId: string): Promise<StoredColumns> => readStoredColumns(db, mapId),
    valuesOf: (mapId: string, targetKey: string, metric: string): CurrentValue[] =>
      (db.prepare(`SELECT ${VALUE_COLUMNS} FROM metric_values WHERE map_id = ? AND target_key = ? AND metric = ?`).all(mapId, targetKey, metric) as ValueRow[]).map(
        fromValueRow,
      ),
    transitions: (mapId: string): StageTransition[] =>
      db
        .prepare('SELECT entity, stage_id AS stageId, at FROM transitions WHERE map_id = ? AND replaced_by IS NULL ORDER BY at, row')
        .all(mapId) as StageTransition[],
    hasTransitions: (mapId: string): boolean =>
      db.prepare('SELECT 1 FROM transitions WHERE map_id = ? AND replaced_by IS NULL LIMIT 1').get(mapId) !== undefined,

    /** The latest import that is not undone of the same preset on this map, else of the same file name and sheet. */
    previousImport(mapId: string, kind: 'metrics' | 'transitions', presetId: string | null, fileName: string, sheet: string | null): string | null {
      const base = `SELECT id FROM imports WHERE map_id = ? AND kind = ? AND undone_at IS NULL`;
      const found = presetId
        ? db.prepare(`${base} AND preset_id = ? ORDER BY seq DESC LIMIT 1`).pluck().get(mapId, kind, presetId)
        : db.prepare(`${base} AND file_name = ? AND sheet IS ? ORDER BY seq DESC LIMIT 1`).pluck().get(mapId, kind, fileName, sheet);
      return (found as string | undefined) ?? null;
    },
    transitionCount: (importId: string): number =>
      db.prepare('SELECT count(*) FROM transitions WHERE import_id = ? AND replaced_by IS NULL').pluck().get(importId) as number,

    /**
     * One transaction, written in slices (plannedWrite.ts): the planned values upserted (what each
     * replaced kept for undo), the removed ones deleted (kept too), the import recorded. Throws and
     * changes nothing on any failure. Call holding the project's gate.
     */
    async commitPlanned(
      header: ImportHeader,
      plan: CompactPlan,
      stored: StoredColumns,
      progress: (written: number, total: number) => void,
    ): Promise<ImportRecord> {
      const id = await slicedTransaction(db, async () => {
        requireMapRow(header.mapId);
        const importId = insertImport(header);
        await writePlannedValues(db, importId, header.mapId, plan, stored, progress);
        return importId;
      });
      // Nothing later exists, its replaced keys hold its values and its removed keys none: a new import is undoable.
      const { seq: _seq, ...record } = importRow(id)!;
      return { ...record, undoable: true };
    },

    /** One transaction: the previous log (if any) marked replaced, the new rows inserted, the import recorded. */
    commitTransitions(header: ImportHeader, rows: readonly (StageTransition & { row: number })[], previousImportId: string | null): ImportRecord {
      const id = db.transaction(() => {
        requireMapRow(header.mapId);
        const importId = insertImport(header);
        if (previousImportId) db.prepare('UPDATE transitions SET replaced_by = ? WHERE import_id = ? AND replaced_by IS NULL').run(importId, previousImportId);
        const insert = db.prepare('INSERT INTO transitions (map_id, entity, stage_id, at, import_id, row) VALUES (?, ?, ?, ?, ?, ?)');
        for (const t of rows) insert.run(header.mapId, t.entity, t.stageId, t.at, importId, t.row);
        return importId;
      }).immediate();
      return toRecord(importRow(id)!);
    },

    /** The map's imports (absent: every map's), newest first. */
    history: (mapId?: string): ImportRecord[] =>
      (mapId === undefined
        ? (db.prepare(`SELECT ${IMPORT_COLUMNS} FROM imports ORDER BY seq DESC`).all() as ImportRow[])
        : (db.prepare(`SELECT ${IMPORT_COLUMNS} FROM imports WHERE map_id = ? ORDER BY seq DESC`).all(mapId) as ImportRow[])
      ).map(toRecord),

    /** One transaction: the import's values deleted, what it replaced or removed restored, it marked undone. */
    undo(importId: string): ImportRecord {
      const row = importRow(importId);
      if (!row) throw new AppError('NOT_FOUND', `Import "${importId}" does not exist in "${base}".`, { file: base, importId });
      const label = `${row.fileName}${row.sheet ? ` (${row.sheet})` : ''} imported ${row.importedAt}`;
      if (row.undoneAt !== null) throw new AppError('UNSUPPORTED', `The import of ${label} was already undone.`, { file: row.fileName, importId });
      if (!isUndoable(row)) {
        throw new AppError('UNSUPPORTED', `The import of ${label} cannot be undone: a later import changed the same values. Undo that one first.`, {
          file: row.fileName,
          importId,
        });
      }
      db.transaction(() => {
        if (row.kind === 'transitions') {
          db.prepare('DELETE FROM transitions WHERE import_id = ?').run(importId);
          db.prepare('UPDATE transitions SET replaced_by = NULL WHERE replaced_by = ?').run(importId);
        } else {
          db.prepare('DELETE FROM metric_values WHERE import_id = ?').run(importId);
          db.prepare(
            `INSERT INTO metric_values (map_id, target_key, target, metric, period, grain, segment, value, import_id, source_rows)
             SELECT map_id, target_key, target, metric, period, grain, segment, value, prior_import_id, source_rows
             FROM metric_value_history WHERE import_id = ?`,
          ).run(importId);
          db.prepare('DELETE FROM metric_value_history WHERE import_id = ?').run(importId);
        }
        db.prepare('UPDATE imports SET undone_at = ? WHERE id = ?').run(now(), importId);
      }).immediate();
      return toRecord(importRow(importId)!);
    },

    importInfo(importId: string): ImportRecord | null {
      const row = importRow(importId);
      return row ? toRecord(row) : null;
    },
  };
}
