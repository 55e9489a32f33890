import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkMigrationList, latestVersion, runMigrations } from '../../../main/services/migrate';
import { MIGRATIONS } from '../../../main/services/migrations';
import type { Migration } from '../../../main/services/migrations/migration';
import { sha256, tempDir } from '../support/files';

const MIGRATIONS_DIR = path.resolve('main/services/migrations');

describe('migration list', () => {
  it('lists every NNNN-name.ts file of the migrations folder, in order', async () => {
    const files = fs.readdirSync(MIGRATIONS_DIR).filter((name) => /^\d{4}-.+\.ts$/.test(name)).sort();
    expect(files.length).toBeGreaterThan(0);
    for (const [index, file] of files.entries()) {
      const module = (await import(path.join(MIGRATIONS_DIR, file))) as { migration: Migration };
      expect(MIGRATIONS[index], `${file} is not in migrations/index.ts at position ${index}`).toBe(module.migration);
      expect(module.migration.name).toBe(file.replace(/\.ts$/, ''));
    }
    expect(MIGRATIONS).toHaveLength(files.length);
  });

  it('is numbered 1, 2, 3 ...', () => {
    expect(() => checkMigrationList(MIGRATIONS)).not.toThrow();
    const step = (version: number, name: string): Migration => ({ version, name, up: () => undefined });
    expect(() => checkMigrationList([step(1, '0001-a'), step(1, '0001-b')])).toThrow(/expected 2/);
    expect(() => checkMigrationList([step(2, '0002-a')])).toThrow(/expected 1/);
    expect(() => checkMigrationList([step(1, '0002-a')])).toThrow(/does not start with its version/);
  });
});

describe('migration runner', () => {
  let temp: ReturnType<typeof tempDir>;
  beforeEach(() => (temp = tempDir()));
  afterEach(() => temp.remove());

  const table = (name: string, version: number): Migration => ({
    version,
    name: `${String(version).padStart(4, '0')}-${name}`,
    up: (db) => db.exec(`CREATE TABLE ${name} (x)`),
  });

  it('applies all pending steps and records the version', () => {
    const db = new Database(temp.file('a.db'));
    expect(runMigrations(db, 'a.db', [table('one', 1)])).toEqual({ from: 0, to: 1 });
    expect(runMigrations(db, 'a.db', [table('one', 1), table('two', 2), table('three', 3)])).toEqual({ from: 1, to: 3 });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(runMigrations(db, 'a.db', [table('one', 1), table('two', 2), table('three', 3)])).toEqual({ from: 3, to: 3 });
    db.close();
  });

  it('applies pending steps in one transaction: a failing step leaves no trace of the earlier ones', () => {
    const db = new Database(temp.file('a.db'));
    const broken: Migration = { version: 2, name: '0002-broken', up: (d) => d.exec('CREATE TABLE broken (x); SELECT * FROM missing') };
    expect(() => runMigrations(db, 'a.db', [table('one', 1), broken])).toThrow(/missing/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('one', 'broken')").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a file from a newer app without writing to it', () => {
    const file = temp.file('new.cjm');
    const setup = new Database(file);
    const latest = latestVersion(MIGRATIONS);
    setup.pragma(`user_version = ${latest + 5}`);
    setup.close();
    const before = sha256(file);
    const db = new Database(file);
    let caught: unknown;
    try {
      runMigrations(db, file, MIGRATIONS);
    } catch (error) {
      caught = error;
    }
    db.close();
    expect(caught).toMatchObject({
      code: 'FROM_NEWER_VERSION',
      message: `"new.cjm" was made by a newer Journey Studio (schema ${latest + 5}, this app reads up to ${latest}); update the app to open it.`,
      params: { file: 'new.cjm', version: String(latest + 5), supported: String(latest) },
    });
    expect(sha256(file)).toBe(before);
  });
});
