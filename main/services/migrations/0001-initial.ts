import type { Migration } from './migration';

/**
 * The first schema. Entities keep their well-known fields in columns (for
 * ordering, counting and cheap single-row updates) and everything else,
 * including fields this version does not know, in a `data` JSON column.
 * Entity ids are unique per map, so every child table is keyed by (map_id, id).
 * Foreign keys between stages/lanes, cards and connections are deferred: a batch
 * of edits may write rows in any order, and SQLite checks the result at commit.
 */
export const migration: Migration = {
  version: 1,
  name: '0001-initial',
  up(db) {
    db.exec(`
      CREATE TABLE project (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}'
      ) STRICT;

      CREATE TABLE maps (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        extra TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX maps_position ON maps (position);

      CREATE TABLE stages (
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (map_id, id)
      ) STRICT;

      CREATE TABLE lanes (
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (map_id, id)
      ) STRICT;

      CREATE TABLE cards (
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        stage_id TEXT NOT NULL,
        lane_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (map_id, id),
        FOREIGN KEY (map_id, stage_id) REFERENCES stages (map_id, id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        FOREIGN KEY (map_id, lane_id) REFERENCES lanes (map_id, id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
      ) STRICT;
      CREATE INDEX cards_cell ON cards (map_id, stage_id, lane_id, position);
      CREATE INDEX cards_lane ON cards (map_id, lane_id);

      CREATE TABLE connections (
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (map_id, id),
        FOREIGN KEY (map_id, source) REFERENCES cards (map_id, id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        FOREIGN KEY (map_id, target) REFERENCES cards (map_id, id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
      ) STRICT;
      CREATE INDEX connections_source ON connections (map_id, source);
      CREATE INDEX connections_target ON connections (map_id, target);
    `);
  },
};
