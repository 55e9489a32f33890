import type { Database } from 'better-sqlite3';
import { AppError } from '../../src/api/result';
import { applyCatalogCommands } from '../../src/commands/catalogRegistry';
import type { CatalogCommand } from '../../src/commands/catalogSchemas';
import { CommandError } from '../../src/commands/errors';
import type { Channel, Persona, ProjectCatalog, Segment } from '../../src/model/catalog';
import { orderedChanges } from './persistMapChanges';

/** The catalog tables, in the order of ProjectCatalog's fields. */
const KINDS = ['channels', 'personas', 'segments'] as const;
type Kind = (typeof KINDS)[number];

/** The project's channels, personas and segments, cached after the first read; every edit written at once. */
export interface CatalogStore {
  get(): ProjectCatalog;
  /**
   * Applies catalog edits in one transaction, all or nothing. `alongside`
   * writes more rows in the same transaction (e.g. a new map that uses the
   * channels being added); the cache changes only once everything committed.
   */
  apply(commands: readonly CatalogCommand[], alongside?: () => void): ProjectCatalog;
}

/** Every catalog entry in the user's order; `data` holds the whole entity. */
export function loadCatalog(db: Database): ProjectCatalog {
  // Rows were written from entities the catalog commands validated.
  const read = <T extends { id: string }>(kind: Kind): T[] =>
    (db.prepare(`SELECT id, data FROM ${kind} ORDER BY position, id`).all() as { id: string; data: string }[]).map(
      // The row's id column is the key the rest of the file refers to; it wins over the JSON.
      (row) => ({ ...(JSON.parse(row.data) as T), id: row.id }),
    );
  return { channels: read<Channel>('channels'), personas: read<Persona>('personas'), segments: read<Segment>('segments') };
}

/** Inserts a whole catalog into an empty file (import). */
export function insertCatalog(db: Database, catalog: ProjectCatalog): void {
  for (const kind of KINDS) {
    const insert = db.prepare(`INSERT INTO ${kind} (id, position, data) VALUES (?, ?, ?)`);
    catalog[kind].forEach((entry, position) => insert.run(entry.id, position, JSON.stringify(entry)));
  }
}

/** Writes only the entries that were added, changed or moved, and deletes the removed ones. Call inside a transaction. */
export function persistCatalogChanges(db: Database, before: ProjectCatalog, after: ProjectCatalog): number {
  let written = 0;
  for (const kind of KINDS) {
    const { upserts, deletes } = orderedChanges<{ id: string }>(before[kind], after[kind]);
    const remove = db.prepare(`DELETE FROM ${kind} WHERE id = ?`);
    const upsert = db.prepare(`INSERT INTO ${kind} (id, position, data) VALUES (?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET position = excluded.position, data = excluded.data`);
    for (const id of deletes) written += remove.run(id).changes;
    for (const { item, index } of upserts) written += upsert.run(item.id, index, JSON.stringify(item)).changes;
  }
  return written;
}

/** The catalog store of one open project file; `base` names the file in error messages. */
export function createCatalogStore(db: Database, base: string): CatalogStore {
  let cache: ProjectCatalog | undefined;
  const get = () => (cache ??= loadCatalog(db));
  return {
    get,
    apply(commands, alongside) {
      const before = get();
      let after: ProjectCatalog;
      try {
        after = applyCatalogCommands(before, commands).catalog;
      } catch (error) {
        if (!(error instanceof CommandError)) throw error;
        throw new AppError('COMMAND_FAILED', `Catalog edit refused: ${error.message}`, { ...error.params, file: base });
      }
      db.transaction(() => {
        persistCatalogChanges(db, before, after);
        alongside?.();
      }).immediate();
      cache = after;
      return after;
    },
  };
}
