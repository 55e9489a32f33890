import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

/** The map-level collections of issue 4, by their row kind and the map field that holds them. */
const MAP_ITEM_COLLECTIONS = { comment: 'comments', vote: 'votes', view: 'views' } as const;

type Loose = Record<string, unknown>;
const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Moves collections a file may already hold in the map's `extra` JSON (written
 * while they were stored there) into rows. A collection that is not a record of
 * objects stays in `extra` untouched, so nothing is lost either way.
 */
function moveCollectionsOutOfExtra(db: Database): void {
  const insert = db.prepare('INSERT OR REPLACE INTO map_items (map_id, kind, id, data) VALUES (?, ?, ?, ?)');
  const update = db.prepare('UPDATE maps SET extra = ? WHERE id = ?');
  for (const { id: mapId, extra } of db.prepare('SELECT id, extra FROM maps').all() as { id: string; extra: string }[]) {
    const fields = JSON.parse(extra) as Loose;
    let moved = false;
    for (const [kind, field] of Object.entries(MAP_ITEM_COLLECTIONS)) {
      const collection = fields[field];
      if (!isRecord(collection) || !Object.values(collection).every(isRecord)) continue;
      for (const [key, item] of Object.entries(collection) as [string, Loose][]) {
        const { id, ...data } = item;
        insert.run(mapId, kind, typeof id === 'string' ? id : key, JSON.stringify(data));
      }
      // An empty collection stays as `{}` in extra, as mapRows writes it.
      if (Object.keys(collection).length > 0) delete fields[field];
      moved = true;
    }
    if (moved) update.run(JSON.stringify(fields), mapId);
  }
}

/**
 * Map-level collections added by issue 4: comment threads, dot-voting sessions
 * and saved views. One row per item, keyed by (map, kind, id), so editing one
 * comment writes one row; every field but the id lives in `data`. Card and
 * stage annotations (pain-point details, moments) need no table: they are
 * fields of the cards' and stages' `data`.
 */
export const migration: Migration = {
  version: 3,
  name: '0003-map-annotations',
  up(db) {
    db.exec(`
      CREATE TABLE map_items (
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (map_id, kind, id)
      ) STRICT;
    `);
    moveCollectionsOutOfExtra(db);
  },
};
