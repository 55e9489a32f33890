import type { Migration } from './migration';

/**
 * Gap analysis and snapshots (issue 6):
 *  - gap_settings: the project's gap-rule settings, one row (JSON `data`, loose:
 *    fields from newer apps are kept).
 *  - snapshots: named copies of a map as it was, kept with the map (ON DELETE
 *    CASCADE). `map` is the whole map as the app reads it (comments, votes,
 *    views and gap acceptances included), `metrics` its metrics by month and
 *    `velocity` its stage velocity (NULL when the map had no transition log),
 *    all JSON, so a snapshot shows the map and its numbers as they were.
 * Gap acceptances need no table: they are map items (map_items, kind 'gapAcceptance').
 */
export const migration: Migration = {
  version: 5,
  name: '0005-gaps-snapshots',
  up(db) {
    db.exec(`
      CREATE TABLE gap_settings (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        data TEXT NOT NULL
      ) STRICT;

      CREATE TABLE snapshots (
        id TEXT PRIMARY KEY,
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        map TEXT NOT NULL,
        metrics TEXT NOT NULL,
        velocity TEXT
      ) STRICT;
      CREATE INDEX snapshots_by_map ON snapshots (map_id, created_at);
    `);
  },
};
