import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestVersion, runMigrations } from '../../../main/services/migrate';
import { MIGRATIONS } from '../../../main/services/migrations';
import { migration as initial } from '../../../main/services/migrations/0001-initial';
import { migration as catalogs } from '../../../main/services/migrations/0002-catalogs-images-templates';
import { openProjectStore, type ProjectStore } from '../../../main/services/projectStore';
import type { JourneyMap } from '../../../src/model/journey';
import { ProjectCatalogSchema } from '../../../src/schema/catalog';
import { sha256, tempDir } from '../support/files';
import { olderProjectFile, readOnly } from '../support/olderProject';

/** A map as issue 2 wrote it, with fields that version did not know on every kind of entity. */
const issue2Map = (id: string): JourneyMap => ({
  id,
  name: `Map ${id}`,
  theme: 'dark',
  stages: [
    { id: 's1', name: 'Aware', color: '#ff0000', legacy: { keep: true } },
    { id: 's2', name: 'Buy' },
  ],
  lanes: [
    { id: 'l1', name: 'Actions', type: 'actions', height: 140 },
    { id: 'l2', name: 'Touchpoints', type: 'touchpoints', note: 'x' },
  ],
  cards: {
    c1: { id: 'c1', stageId: 's1', laneId: 'l1', order: 0, title: 'Search', body: 'Looks around', rating: 4 },
    c2: { id: 'c2', stageId: 's1', laneId: 'l1', order: 1, title: 'Compare' },
    c3: { id: 'c3', stageId: 's2', laneId: 'l2', order: 0, title: 'Checkout', color: '#00ff00' },
  },
  connections: { k1: { id: 'k1', source: 'c2', target: 'c3', label: 'then', weight: 3 } },
});



describe('migration 0002-catalogs-images-templates', () => {
  let temp: ReturnType<typeof tempDir>;
  let store: ProjectStore | undefined;
  beforeEach(() => (temp = tempDir()));
  afterEach(() => {
    store?.close();
    store = undefined;
    temp.remove();
  });

  it('opens an issue-2 project with nothing lost, at the latest schema, with the built-in channels', () => {
    const file = temp.file('old.cjm');
    olderProjectFile(file, [initial], [issue2Map('m1'), issue2Map('m2')]);
    expect(readOnly(file, (db) => db.pragma('user_version', { simple: true }))).toBe(1);

    store = openProjectStore(file);
    expect(store.info()).toEqual({ id: 'p1', name: 'Old project', createdAt: '2025-01-01T00:00:00.000Z' });
    expect(store.listMaps().map((m) => [m.id, m.position, m.cardCount, m.status, m.owner, m.updatedAt])).toEqual([
      ['m1', 0, 3, 'draft', null, '2025-01-03T00:00:00.000Z'],
      ['m2', 1, 3, 'draft', null, '2025-01-03T00:00:00.000Z'],
    ]);
    expect(store.getMap('m1')).toEqual(issue2Map('m1'));
    expect(store.getMap('m2')).toEqual(issue2Map('m2'));

    const catalog = store.catalog();
    expect(ProjectCatalogSchema.parse(catalog)).toEqual(catalog);
    expect(catalog.personas).toEqual([]);
    expect(catalog.segments).toEqual([]);
    const builtins = catalog.channels.map((c) => c.builtin);
    expect(builtins).toEqual(expect.arrayContaining(['wechat', 'douyin', 'xiaohongshu', 'email', 'dealer']));
    expect(new Set(catalog.channels.map((c) => c.id)).size).toBe(catalog.channels.length);
    store.close();
    store = undefined;
    expect(readOnly(file, (db) => db.pragma('user_version', { simple: true }))).toBe(latestVersion(MIGRATIONS));

    // Reopening runs nothing again: the seeded ids stay the same.
    store = openProjectStore(file);
    expect(store.catalog()).toEqual(catalog);
  });

  it('keeps editing an upgraded map: orders and unknown fields survive', () => {
    const file = temp.file('old.cjm');
    olderProjectFile(file, [initial], [issue2Map('m1')]);
    store = openProjectStore(file);
    store.applyCommands('m1', [{ name: 'card.move', args: { moves: [{ id: 'c2', stageId: 's1', laneId: 'l1', order: 0 }] } }]);
    store.close();
    store = openProjectStore(file);
    const map = store.getMap('m1');
    expect([map.cards.c2?.order, map.cards.c1?.order]).toEqual([0, 1]);
    expect(map.cards.c1).toMatchObject({ rating: 4, body: 'Looks around' });
    expect(map.stages[0]).toMatchObject({ legacy: { keep: true } });
    expect(map).toMatchObject({ theme: 'dark' });
  });

  it('refuses a file from a newer schema and leaves it untouched', () => {
    const file = temp.file('future.cjm');
    olderProjectFile(file, [initial], [issue2Map('m1')]);
    const db = new Database(file);
    runMigrations(db, file, [initial, catalogs]);
    const newer = latestVersion(MIGRATIONS) + 1;
    db.pragma(`user_version = ${newer}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = sha256(file);
    expect(() => openProjectStore(file)).toThrow(
      expect.objectContaining({ code: 'FROM_NEWER_VERSION', params: { file: 'future.cjm', version: String(newer), supported: String(newer - 1) } }),
    );
    expect(sha256(file)).toBe(before);
    expect(readOnly(file, (db) => db.pragma('user_version', { simple: true }))).toBe(newer);
  });

  it('creates strict tables: a text position is refused', () => {
    const file = temp.file('new.cjm');
    olderProjectFile(file, [initial], []);
    const db = new Database(file);
    runMigrations(db, file, [initial, catalogs]);
    expect(() => db.prepare("INSERT INTO personas (id, position, data) VALUES ('p', 'first', '{}')").run()).toThrow(/cannot store TEXT/);
    db.close();
  });
});
