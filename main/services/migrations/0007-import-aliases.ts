import type { Migration } from './migration';

/**
 * Hand matches the import wizard remembers (issue 14): a name a file writes
 * ("快手", "SQL-阶段") that the user matched by hand to a channel, stage or
 * card, so the next import of the project proposes the same target.
 *  - kind: 'channel' (project-wide: map_id is ''), 'stage' or 'card' (of map_id).
 *  - name: the file's name as matching compares it (NFKC, lower case, no spaces).
 *  - target: the MetricTarget as JSON.
 * A remembered target that no longer exists is ignored, so rows of deleted
 * maps or channels do no harm; a map's are removed with it.
 */
export const migration: Migration = {
  version: 7,
  name: '0007-import-aliases',
  up(db) {
    db.exec(`
      CREATE TABLE import_aliases (
        kind TEXT NOT NULL CHECK (kind IN ('channel', 'stage', 'card')),
        map_id TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL CHECK (name <> ''),
        target TEXT NOT NULL CHECK (json_valid(target)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (kind, map_id, name)
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER import_aliases_of_deleted_map AFTER DELETE ON maps
      BEGIN
        DELETE FROM import_aliases WHERE map_id = OLD.id;
      END;
    `);
  },
};
