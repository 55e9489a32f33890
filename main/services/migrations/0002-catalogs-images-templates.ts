import { newId } from '../../../src/model/ids';
import { builtinCatalog } from '../../../src/templates/builtinCatalog';
import type { Migration } from './migration';

/**
 * Project-wide catalogs (channels, personas, segments), images stored inside
 * the file, and templates saved from maps. Catalog entries keep every field in
 * `data` (they are small and always read whole) plus a `position` for the
 * user's order. The built-in channels are seeded here, so projects made before
 * this step get them too; they are ordinary rows the user can edit or delete.
 */
export const migration: Migration = {
  version: 2,
  name: '0002-catalogs-images-templates',
  up(db) {
    db.exec(`
      CREATE TABLE channels (id TEXT PRIMARY KEY, position INTEGER NOT NULL, data TEXT NOT NULL) STRICT;
      CREATE TABLE personas (id TEXT PRIMARY KEY, position INTEGER NOT NULL, data TEXT NOT NULL) STRICT;
      CREATE TABLE segments (id TEXT PRIMARY KEY, position INTEGER NOT NULL, data TEXT NOT NULL) STRICT;

      CREATE TABLE images (
        id TEXT PRIMARY KEY,
        mime TEXT NOT NULL,
        bytes BLOB NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        data TEXT NOT NULL
      ) STRICT;
    `);
    const insert = db.prepare('INSERT INTO channels (id, position, data) VALUES (?, ?, ?)');
    builtinCatalog(newId).channels.forEach((channel, position) => insert.run(channel.id, position, JSON.stringify(channel)));
  },
};
