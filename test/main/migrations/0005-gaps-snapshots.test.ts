import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestVersion, runMigrations } from '../../../main/services/migrate';
import { MIGRATIONS } from '../../../main/services/migrations';
import { migration as initial } from '../../../main/services/migrations/0001-initial';
import { migration as catalogs } from '../../../main/services/migrations/0002-catalogs-images-templates';
import { migration as annotations } from '../../../main/services/migrations/0003-map-annotations';
import { migration as metrics } from '../../../main/services/migrations/0004-metrics';
import { migration as gapsSnapshots } from '../../../main/services/migrations/0005-gaps-snapshots';
import { openProjectStore, type ProjectStore } from '../../../main/services/projectStore';
import { annotatedMap } from '../support/annotatedMap';
import { sha256, tempDir } from '../support/files';
import { olderProjectFile, readOnly } from '../support/olderProject';

const ISSUE_5 = [initial, catalogs, annotations, metrics];

describe('migration 0005-gaps-snapshots', () => {
  let temp: ReturnType<typeof tempDir>;
  let store: ProjectStore | undefined;
  beforeEach(() => (temp = tempDir()));
  afterEach(() => {
    store?.close();
    store = undefined;
    temp.remove();
  });

  it('opens an issue-5 project with nothing lost, no settings and no snapshots, and can then keep both', () => {
    const file = temp.file('issue5.cjm');
    olderProjectFile(file, ISSUE_5, [annotatedMap('m1'), annotatedMap('m2')], 'Issue 5 project');
    store = openProjectStore(file);
    expect(store.info().name).toBe('Issue 5 project');
    expect(store.getMap('m1')).toEqual(annotatedMap('m1'));
    expect(store.getMap('m2')).toEqual(annotatedMap('m2'));
    expect(store.gaps.settings()).toEqual({});
    expect(store.gaps.listSnapshots('m1')).toEqual([]);
    expect(store.metrics.values('m1')).toEqual([]);
    store.gaps.saveSettings({ handoffThreshold: 1 });
    store.close();
    store = undefined;
    expect(readOnly(file, (db) => db.pragma('user_version', { simple: true }))).toBe(latestVersion(MIGRATIONS));
    expect(readOnly(file, (db) => db.prepare('SELECT data FROM gap_settings').pluck().all())).toEqual(['{"handoffThreshold":1}']);
  });

  it('refuses a file from a newer schema and leaves it untouched', () => {
    const file = temp.file('future.cjm');
    olderProjectFile(file, MIGRATIONS, [annotatedMap('m1')]);
    const db = new Database(file);
    db.pragma(`user_version = ${latestVersion(MIGRATIONS) + 1}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = sha256(file);
    expect(() => openProjectStore(file)).toThrow(expect.objectContaining({ code: 'FROM_NEWER_VERSION' }));
    expect(sha256(file)).toBe(before);
  });

  it('creates strict tables: one settings row, snapshots of existing maps only, which go with their map', () => {
    const file = temp.file('new.cjm');
    olderProjectFile(file, ISSUE_5, [annotatedMap('m1'), annotatedMap('m2')]);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    runMigrations(db, file, [...ISSUE_5, gapsSnapshots]);
    expect(() => db.prepare("INSERT INTO gap_settings (singleton, data) VALUES (2, '{}')").run()).toThrow(/CHECK/);
    const snapshot = db.prepare("INSERT INTO snapshots (id, map_id, name, created_at, map, metrics, velocity) VALUES (?, ?, 'S', 'now', '{}', '{}', ?)");
    snapshot.run('s1', 'm1', null);
    snapshot.run('s2', 'm2', '{}');
    expect(() => snapshot.run('s1', 'm2', null)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => snapshot.run('s3', 'nope', null)).toThrow(/FOREIGN KEY/);
    expect(() => snapshot.run('s4', 'm1', Buffer.from('{}'))).toThrow(/cannot store BLOB/);
    db.prepare('DELETE FROM maps WHERE id = ?').run('m1');
    expect(db.prepare('SELECT id FROM snapshots').pluck().all()).toEqual(['s2']);
    db.close();
  });
});
