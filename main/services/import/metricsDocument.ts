import type { Database } from 'better-sqlite3';
import type { Grain, MetricTarget } from '../../../src/model/metrics';
import { targetKey } from '../../../src/metrics/targets';
import type { DocumentMetrics } from '../../../src/schema/metricsDocument';

/**
 * The metric tables of a project file as the JSON form carries them
 * (schema/metricsDocument.ts), and back: an export and re-import keeps every
 * value with its provenance, the history with what undo needs, presets,
 * definitions and transition logs.
 */

interface StoredValueRow {
  mapId: string;
  target: string;
  metric: string;
  period: string;
  grain: string | null;
  segment: string;
  value: number;
  importId: string;
  rows: string;
}

const documentValue = ({ target, period, grain, rows, ...rest }: StoredValueRow) => ({
  ...rest,
  target: JSON.parse(target) as MetricTarget,
  period: period === '' ? null : period,
  grain: grain as Grain | null,
  rows: JSON.parse(rows) as number[],
});

/** Everything the project's metric tables hold, in writing order. */
export function readMetricsDocument(db: Database): DocumentMetrics {
  const valueColumns = 'map_id AS mapId, target, metric, period, grain, segment, value, import_id AS importId, source_rows AS rows';
  return {
    definitions: (db.prepare('SELECT data FROM metric_definitions ORDER BY key').pluck().all() as string[]).map((data) => JSON.parse(data) as DocumentMetrics['definitions'][number]),
    presets: (
      db.prepare('SELECT id, name, read, mapping, matches, updated_at AS updatedAt FROM import_presets ORDER BY name').all() as {
        id: string;
        name: string;
        read: string;
        mapping: string;
        matches: string;
        updatedAt: string;
      }[]
    ).map((row) => ({ ...row, read: JSON.parse(row.read), mapping: JSON.parse(row.mapping), matches: JSON.parse(row.matches) }) as DocumentMetrics['presets'][number]),
    imports: db
      .prepare(
        `SELECT id, map_id AS mapId, kind, path, file_name AS fileName, sheet, preset_id AS presetId, preset_name AS presetName,
                imported_at AS importedAt, rows, added, changed, removed, undone_at AS undoneAt FROM imports ORDER BY seq`,
      )
      .all() as DocumentMetrics['imports'],
    values: (db.prepare(`SELECT ${valueColumns} FROM metric_values`).all() as StoredValueRow[]).map(documentValue),
    history: (
      db.prepare(`SELECT ${valueColumns}, prior_import_id AS priorImportId FROM metric_value_history ORDER BY rowid`).all() as (StoredValueRow & {
        priorImportId: string;
      })[]
    ).map(({ priorImportId, ...row }) => ({ ...documentValue(row), priorImportId })),
    transitions: db
      .prepare('SELECT map_id AS mapId, entity, stage_id AS stageId, at, import_id AS importId, row, replaced_by AS replacedBy FROM transitions ORDER BY rowid')
      .all() as DocumentMetrics['transitions'],
  };
}

/** Writes a document's metrics into a new project file (inside its creating transaction; references were checked on reading). */
export function insertMetricsDocument(db: Database, metrics: DocumentMetrics): void {
  const definition = db.prepare('INSERT INTO metric_definitions (key, data) VALUES (?, ?)');
  for (const item of metrics.definitions) definition.run(item.key, JSON.stringify(item));
  const preset = db.prepare('INSERT INTO import_presets (id, name, read, mapping, matches, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const item of metrics.presets) preset.run(item.id, item.name, JSON.stringify(item.read), JSON.stringify(item.mapping), JSON.stringify(item.matches), item.updatedAt);
  const record = db.prepare(
    `INSERT INTO imports (id, map_id, kind, path, file_name, sheet, preset_id, preset_name, imported_at, rows, added, changed, removed, undone_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of metrics.imports) {
    record.run(r.id, r.mapId, r.kind, r.path, r.fileName, r.sheet, r.presetId, r.presetName, r.importedAt, r.rows, r.added, r.changed, r.removed, r.undoneAt);
  }
  const valueArgs = (v: DocumentMetrics['values'][number]) =>
    [v.mapId, targetKey(v.target), JSON.stringify(v.target), v.metric, v.period ?? '', v.grain, v.segment, v.value] as const;
  const value = db.prepare(
    `INSERT INTO metric_values (map_id, target_key, target, metric, period, grain, segment, value, import_id, source_rows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const v of metrics.values) value.run(...valueArgs(v), v.importId, JSON.stringify(v.rows));
  const history = db.prepare(
    `INSERT INTO metric_value_history (map_id, target_key, target, metric, period, grain, segment, value, import_id, prior_import_id, source_rows)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const h of metrics.history) history.run(...valueArgs(h), h.importId, h.priorImportId, JSON.stringify(h.rows));
  const transition = db.prepare('INSERT INTO transitions (map_id, entity, stage_id, at, import_id, row, replaced_by) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const t of metrics.transitions) transition.run(t.mapId, t.entity, t.stageId, t.at, t.importId, t.row, t.replacedBy);
}
