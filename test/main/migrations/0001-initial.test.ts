import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMigrations } from '../../../main/services/migrate';
import { migration } from '../../../main/services/migrations/0001-initial';
import { tempDir } from '../support/files';

describe('migration 0001-initial', () => {
  let temp: ReturnType<typeof tempDir>;
  let db: Database.Database;

  beforeEach(() => {
    temp = tempDir();
    db = new Database(temp.file('p.cjm'));
    db.pragma('foreign_keys = ON');
    runMigrations(db, temp.file('p.cjm'), [migration]);
  });
  afterEach(() => {
    db.close();
    temp.remove();
  });

  it('creates the tables and sets user_version to 1', () => {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['cards', 'connections', 'lanes', 'maps', 'project', 'stages']);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('allows only one project row', () => {
    db.prepare("INSERT INTO project (singleton, id, name, created_at) VALUES (1, 'p', 'P', 'now')").run();
    expect(() => db.prepare("INSERT INTO project (singleton, id, name, created_at) VALUES (2, 'q', 'Q', 'now')").run()).toThrow(/CHECK/);
  });

  it('deletes everything of a map with the map, and nothing of other maps', () => {
    const insert = (mapId: string) => {
      db.prepare("INSERT INTO maps (id, name, position, created_at, updated_at) VALUES (?, 'M', 0, 't', 't')").run(mapId);
      db.prepare("INSERT INTO stages (map_id, id, position, name) VALUES (?, 's', 0, 'S')").run(mapId);
      db.prepare("INSERT INTO lanes (map_id, id, position, name) VALUES (?, 'l', 0, 'L')").run(mapId);
      db.prepare("INSERT INTO cards (map_id, id, stage_id, lane_id, position, title) VALUES (?, 'c1', 's', 'l', 0, 'A')").run(mapId);
      db.prepare("INSERT INTO cards (map_id, id, stage_id, lane_id, position, title) VALUES (?, 'c2', 's', 'l', 1, 'B')").run(mapId);
      db.prepare("INSERT INTO connections (map_id, id, source, target) VALUES (?, 'k', 'c1', 'c2')").run(mapId);
    };
    insert('m1');
    insert('m2');
    db.prepare("DELETE FROM maps WHERE id = 'm1'").run();
    for (const table of ['stages', 'lanes', 'cards', 'connections']) {
      expect(db.prepare(`SELECT DISTINCT map_id FROM ${table}`).pluck().all(), table).toEqual(['m2']);
    }
  });

  it('refuses at commit a card in a stage that does not exist, and cascades stage deletion to cards and connections', () => {
    db.prepare("INSERT INTO maps (id, name, position, created_at, updated_at) VALUES ('m', 'M', 0, 't', 't')").run();
    const orphan = db.transaction(() => {
      db.prepare("INSERT INTO cards (map_id, id, stage_id, lane_id, position, title) VALUES ('m', 'c', 'nope', 'nope', 0, 'A')").run();
    });
    expect(() => orphan()).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT count(*) FROM cards').pluck().get()).toBe(0);

    db.exec(`INSERT INTO stages (map_id, id, position, name) VALUES ('m', 's', 0, 'S');
      INSERT INTO lanes (map_id, id, position, name) VALUES ('m', 'l', 0, 'L');
      INSERT INTO cards (map_id, id, stage_id, lane_id, position, title) VALUES ('m', 'c1', 's', 'l', 0, 'A'), ('m', 'c2', 's', 'l', 1, 'B');
      INSERT INTO connections (map_id, id, source, target) VALUES ('m', 'k', 'c1', 'c2');
      DELETE FROM stages WHERE id = 's';`);
    expect(db.prepare('SELECT count(*) FROM cards').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM connections').pluck().get()).toBe(0);
  });

  it('keeps the same entity id apart in two maps', () => {
    db.exec(`INSERT INTO maps (id, name, position, created_at, updated_at) VALUES ('a', 'A', 0, 't', 't'), ('b', 'B', 1, 't', 't');
      INSERT INTO stages (map_id, id, position, name) VALUES ('a', 's', 0, 'S'), ('b', 's', 0, 'S');`);
    expect(db.prepare("SELECT count(*) FROM stages WHERE id = 's'").pluck().get()).toBe(2);
  });
});
