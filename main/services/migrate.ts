import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../src/api/result';
import type { Migration } from './migrations/migration';

/** Checks the list is well formed: versions 1, 2, 3 ... in order, each named after its version. */
export function checkMigrationList(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const expected = index + 1;
    if (migration.version !== expected) {
      throw new Error(`Migration "${migration.name}" has version ${migration.version}; expected ${expected} (versions must increase by one)`);
    }
    if (!migration.name.startsWith(`${String(expected).padStart(4, '0')}-`)) {
      throw new Error(`Migration "${migration.name}" does not start with its version ${String(expected).padStart(4, '0')}`);
    }
  });
}

/** The latest schema version this app knows. */
export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

/** The error for a file whose schema is newer than this app reads. */
export function newerVersionError(file: string, fileVersion: number, latest: number): AppError {
  const base = path.basename(file);
  return new AppError(
    'FROM_NEWER_VERSION',
    `"${base}" was made by a newer Journey Studio (schema ${fileVersion}, this app reads up to ${latest}); update the app to open it.`,
    { file: base, version: String(fileVersion), supported: String(latest) },
  );
}

/**
 * Brings the file's schema up to date: all pending steps run in one
 * transaction, so a failure leaves the file at its old version. A file from a
 * newer app is refused before anything is written.
 */
export function runMigrations(db: Database, file: string, migrations: readonly Migration[]): { from: number; to: number } {
  checkMigrationList(migrations);
  const latest = latestVersion(migrations);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw newerVersionError(file, current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return { from: current, to: current };
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    // PRAGMA cannot take a bound parameter; `latest` is an integer from our own list.
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return { from: current, to: latest };
}
