import Database from 'better-sqlite3';
import { insertMap } from '../../../main/services/mapRows';
import { runMigrations } from '../../../main/services/migrate';
import type { Migration } from '../../../main/services/migrations/migration';
import { APPLICATION_ID } from '../../../main/services/projectFile';
import type { JourneyMap } from '../../../src/model/journey';

/**
 * Builds a project file exactly as an older app wrote it: only `migrations`
 * run (through the real runner), project "p1" called `name`, and `maps` in
 * order; checkpointed and closed, as that app left it.
 */
export function olderProjectFile(file: string, migrations: readonly Migration[], maps: readonly JourneyMap[], name = 'Old project'): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  runMigrations(db, file, [...migrations]);
  db.transaction(() => {
    db.prepare("INSERT INTO project (singleton, id, name, created_at) VALUES (1, 'p1', ?, '2025-01-01T00:00:00.000Z')").run(name);
    maps.forEach((map, position) => insertMap(db, map, { position, createdAt: '2025-01-02T00:00:00.000Z', updatedAt: '2025-01-03T00:00:00.000Z' }));
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** Runs `read` on the file opened read-only. */
export function readOnly<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}
