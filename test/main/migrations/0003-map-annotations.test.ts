import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestVersion, runMigrations } from '../../../main/services/migrate';
import { MIGRATIONS } from '../../../main/services/migrations';
import { migration as initial } from '../../../main/services/migrations/0001-initial';
import { migration as catalogs } from '../../../main/services/migrations/0002-catalogs-images-templates';
import { migration as annotations } from '../../../main/services/migrations/0003-map-annotations';
import { openProjectStore, type ProjectStore } from '../../../main/services/projectStore';
import type { JourneyMap } from '../../../src/model/journey';
import { annotatedMap } from '../support/annotatedMap';
import { sha256, tempDir } from '../support/files';
import { olderProjectFile, readOnly } from '../support/olderProject';

/** A map as the schema-2 app wrote it: cards with fields it did not know, unknown map fields, no collections. */
const issue3Map = (id: string): JourneyMap => ({
  id,
  name: `Map ${id}`,
  theme: 'dark',
  owner: 'Ana',
  status: 'inReview',
  stages: [{ id: 's1', name: 'Aware', color: '#ff0000', legacy: { keep: true } }],
  lanes: [{ id: 'l1', name: 'Pain points', type: 'painPoints', height: 140 }],
  cards: { c1: { id: 'c1', stageId: 's1', laneId: 'l1', order: 0, title: 'Slow', body: 'Very slow', rating: 4, personaIds: ['p1'] } },
  connections: {},
  emotions: { e1: { id: 'e1', laneId: 'l1', stageId: 's1', personaId: null, variant: 'asIs', value: -2 } },
});



describe('migration 0003-map-annotations', () => {
  let temp: ReturnType<typeof tempDir>;
  let store: ProjectStore | undefined;
  beforeEach(() => (temp = tempDir()));
  afterEach(() => {
    store?.close();
    store = undefined;
    temp.remove();
  });

  it('opens a schema-2 project with nothing lost and no collections invented', () => {
    const file = temp.file('old.cjm');
    olderProjectFile(file, [initial, catalogs], [issue3Map('m1'), issue3Map('m2')]);
    const channelsBefore = readOnly(file, (db) => db.prepare('SELECT * FROM channels ORDER BY position').all());

    store = openProjectStore(file);
    expect(store.getMap('m1')).toEqual(issue3Map('m1'));
    expect(store.getMap('m2')).toEqual(issue3Map('m2'));
    expect(store.getMap('m1')).not.toHaveProperty('comments');
    expect(store.listMaps().map((m) => [m.id, m.position, m.cardCount, m.status, m.owner, m.updatedAt])).toEqual([
      ['m1', 0, 1, 'inReview', 'Ana', '2025-01-03T00:00:00.000Z'],
      ['m2', 1, 1, 'inReview', 'Ana', '2025-01-03T00:00:00.000Z'],
    ]);
    store.close();
    store = undefined;

    expect(readOnly(file, (db) => db.pragma('user_version', { simple: true }))).toBe(latestVersion(MIGRATIONS));
    expect(readOnly(file, (db) => db.prepare('SELECT * FROM channels ORDER BY position').all())).toEqual(channelsBefore);
    expect(readOnly(file, (db) => db.prepare('SELECT count(*) FROM map_items').pluck().get())).toBe(0);
  });

  it('moves comments, votes and views a schema-2 file kept in the map extra into rows', () => {
    const file = temp.file('interim.cjm');
    const full = annotatedMap('m1');
    const { comments, votes, views, ...rest } = full;
    olderProjectFile(file, [initial, catalogs], [rest]);
    // The map row as an app that kept the collections in `extra` wrote it, next to a newer app's field.
    const db = new Database(file);
    db.prepare('UPDATE maps SET extra = ? WHERE id = ?').run(JSON.stringify({ comments, votes, views, theme: 'dark' }), 'm1');
    db.close();

    store = openProjectStore(file);
    expect(store.getMap('m1')).toEqual({ ...full, theme: 'dark' });
    store.close();
    store = undefined;
    const rows = readOnly(file, (d) => d.prepare('SELECT kind, id FROM map_items ORDER BY kind, id').all());
    expect(rows).toEqual([
      ...['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => ({ kind: 'comment', id })),
      { kind: 'view', id: 'w1' },
      { kind: 'vote', id: 'v1' },
    ]);
    expect(JSON.parse(readOnly(file, (d) => d.prepare("SELECT extra FROM maps WHERE id = 'm1'").pluck().get() as string))).toEqual({ theme: 'dark' });
  });

  it('refuses a file from a newer schema and leaves it untouched', () => {
    const file = temp.file('future.cjm');
    olderProjectFile(file, [initial, catalogs], [issue3Map('m1')]);
    const db = new Database(file);
    runMigrations(db, file, MIGRATIONS);
    const newer = latestVersion(MIGRATIONS) + 1;
    db.pragma(`user_version = ${newer}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = sha256(file);
    expect(() => openProjectStore(file)).toThrow(
      expect.objectContaining({ code: 'FROM_NEWER_VERSION', params: { file: 'future.cjm', version: String(newer), supported: String(newer - 1) } }),
    );
    expect(sha256(file)).toBe(before);
  });

  it('creates a strict table whose rows go with their map', () => {
    const file = temp.file('new.cjm');
    olderProjectFile(file, [initial, catalogs], [issue3Map('m1')]);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    runMigrations(db, file, [initial, catalogs, annotations]);
    expect(() => db.prepare("INSERT INTO map_items (map_id, kind, id, data) VALUES ('m1', 'comment', 'c', X'00')").run()).toThrow(/cannot store BLOB/);
    expect(() => db.prepare("INSERT INTO map_items (map_id, kind, id, data) VALUES ('nope', 'comment', 'c', '{}')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO map_items (map_id, kind, id, data) VALUES ('m1', 'comment', 'c', '{}')").run();
    db.prepare("DELETE FROM maps WHERE id = 'm1'").run();
    expect(db.prepare('SELECT count(*) FROM map_items').pluck().get()).toBe(0);
    db.close();
  });
});
