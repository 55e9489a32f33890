import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestVersion, runMigrations } from '../../../main/services/migrate';
import { MIGRATIONS } from '../../../main/services/migrations';
import { migration as initial } from '../../../main/services/migrations/0001-initial';
import { migration as catalogs } from '../../../main/services/migrations/0002-catalogs-images-templates';
import { migration as annotations } from '../../../main/services/migrations/0003-map-annotations';
import { migration as metrics } from '../../../main/services/migrations/0004-metrics';
import { openProjectStore, type ProjectStore } from '../../../main/services/projectStore';
import { annotatedMap } from '../support/annotatedMap';
import { sha256, tempDir } from '../support/files';
import { olderProjectFile } from '../support/olderProject';


describe('migration 0004-metrics', () => {
  let temp: ReturnType<typeof tempDir>;
  let store: ProjectStore | undefined;
  beforeEach(() => (temp = tempDir()));
  afterEach(() => {
    store?.close();
    store = undefined;
    temp.remove();
  });

  it('opens an issue-4 project with nothing lost and no metrics invented', () => {
    const file = temp.file('issue4.cjm');
    olderProjectFile(file, [initial, catalogs, annotations], [annotatedMap('m1')], 'Issue 4 project');
    store = openProjectStore(file);
    expect(store.getMap('m1')).toEqual(annotatedMap('m1'));
    expect(store.metrics.history('m1')).toEqual([]);
    expect(store.metrics.values('m1')).toEqual([]);
    expect(store.metrics.presets()).toEqual([]);
    expect(store.metrics.customDefinitions()).toEqual([]);
    store.close();
    store = undefined;
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(MIGRATIONS));
    db.close();
  });

  it('refuses a file from a newer schema and leaves it untouched', () => {
    const file = temp.file('future.cjm');
    olderProjectFile(file, [initial, catalogs, annotations], [annotatedMap('m1')], 'Issue 4 project');
    const db = new Database(file);
    runMigrations(db, file, MIGRATIONS);
    const newer = latestVersion(MIGRATIONS) + 1;
    db.pragma(`user_version = ${newer}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = sha256(file);
    expect(() => openProjectStore(file)).toThrow(expect.objectContaining({ code: 'FROM_NEWER_VERSION' }));
    expect(sha256(file)).toBe(before);
  });

  it('creates strict tables with one value per key, whose rows go with their map', () => {
    const file = temp.file('new.cjm');
    olderProjectFile(file, [initial, catalogs, annotations], [annotatedMap('m1')], 'Issue 4 project');
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    runMigrations(db, file, [initial, catalogs, annotations, metrics]);
    db.prepare(
      "INSERT INTO imports (id, map_id, kind, path, file_name, imported_at, rows, added, changed, removed) VALUES ('i1', 'm1', 'metrics', '/a.csv', 'a.csv', 'now', 1, 1, 0, 0)",
    ).run();
    const value = db.prepare(
      "INSERT INTO metric_values (map_id, target_key, target, metric, period, segment, value, import_id) VALUES (?, 'stage:s1', '{}', 'clicks', '2026-03-01', '', ?, 'i1')",
    );
    value.run('m1', 5);
    expect(() => value.run('m1', 6)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => value.run('m1', 'many')).toThrow(/cannot store TEXT/);
    expect(() => value.run('nope', 5)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO imports (id, map_id, kind, path, file_name, imported_at, rows, added, changed, removed) VALUES ('i2', 'm1', 'other', '', '', '', 0, 0, 0, 0)").run()).toThrow(
      /CHECK/,
    );
    db.prepare("INSERT INTO transitions (map_id, entity, stage_id, at, import_id, row) VALUES ('m1', 'L1', 's1', '2026-03-01T00:00:00', 'i1', 2)").run();
    db.prepare('DELETE FROM maps WHERE id = ?').run('m1');
    expect(db.prepare('SELECT (SELECT count(*) FROM imports) + (SELECT count(*) FROM metric_values) + (SELECT count(*) FROM transitions)').pluck().get()).toBe(0);
    db.close();
  });
});
