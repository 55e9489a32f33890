import type { Migration } from './migration';

/**
 * Metrics imported from spreadsheets (issue 5). Everything a map's numbers
 * need lives next to the map and goes with it (ON DELETE CASCADE):
 *  - imports: the history, one row per committed file; `undone_at` marks an undone one.
 *  - metric_values: the current values, one per (map, target, metric, period, segment), stored
 *    in that key's order (WITHOUT ROWID: no second copy of the key in a separate index);
 *    `target_key` is the canonical text of `target` (JSON) so the key is comparable in SQL;
 *    `period` is '' when the file had none; `source_rows` lists the file rows combined into it.
 *  - metric_value_history: what an import replaced or removed, restored by its undo.
 *  - transitions: stage-transition logs; `replaced_by` marks rows a later log replaced.
 * Presets and definitions are the project's, not a map's.
 */
export const migration: Migration = {
  version: 4,
  name: '0004-metrics',
  up(db) {
    db.exec(`
      CREATE TABLE imports (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('metrics', 'transitions')),
        path TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sheet TEXT,
        preset_id TEXT,
        preset_name TEXT,
        imported_at TEXT NOT NULL,
        rows INTEGER NOT NULL,
        added INTEGER NOT NULL,
        changed INTEGER NOT NULL,
        removed INTEGER NOT NULL,
        undone_at TEXT
      ) STRICT;
      CREATE INDEX imports_by_map ON imports (map_id, seq);

      CREATE TABLE metric_values (
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        target_key TEXT NOT NULL,
        target TEXT NOT NULL,
        metric TEXT NOT NULL,
        period TEXT NOT NULL DEFAULT '',
        grain TEXT,
        segment TEXT NOT NULL DEFAULT '',
        value REAL NOT NULL,
        import_id TEXT NOT NULL,
        source_rows TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (map_id, target_key, metric, period, segment)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX metric_values_by_import ON metric_values (import_id);

      CREATE TABLE metric_value_history (
        import_id TEXT NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
        map_id TEXT NOT NULL,
        target_key TEXT NOT NULL,
        target TEXT NOT NULL,
        metric TEXT NOT NULL,
        period TEXT NOT NULL,
        grain TEXT,
        segment TEXT NOT NULL,
        value REAL NOT NULL,
        prior_import_id TEXT NOT NULL,
        source_rows TEXT NOT NULL
      ) STRICT;
      CREATE INDEX metric_value_history_by_import ON metric_value_history (import_id);
      CREATE INDEX metric_value_history_by_key ON metric_value_history (map_id, target_key, metric, period, segment);

      CREATE TABLE transitions (
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        entity TEXT NOT NULL,
        stage_id TEXT NOT NULL,
        at TEXT NOT NULL,
        import_id TEXT NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
        row INTEGER NOT NULL,
        replaced_by TEXT
      ) STRICT;
      CREATE INDEX transitions_by_map ON transitions (map_id, replaced_by);
      CREATE INDEX transitions_by_import ON transitions (import_id);
      CREATE INDEX transitions_by_replacer ON transitions (replaced_by);

      CREATE TABLE import_presets (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        read TEXT NOT NULL,
        mapping TEXT NOT NULL,
        matches TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE metric_definitions (
        key TEXT PRIMARY KEY,
        data TEXT NOT NULL
      ) STRICT;
    `);
  },
};
