import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editableMap } from '../../main/services/mapRecords';
import { insertMap, loadMap } from '../../main/services/mapRows';
import { runMigrations } from '../../main/services/migrate';
import { MIGRATIONS } from '../../main/services/migrations';
import { persistMapChanges } from '../../main/services/persistMapChanges';
import { createProjectStore, openProjectStore } from '../../main/services/projectStore';
import { applyCommands } from '../../src/commands/registry';
import { isSharedRecord } from '../../src/commands/sharedRecord';
import type { Command } from '../../src/commands/schemas';
import type { Card, JourneyMap } from '../../src/model/journey';
import { tempDir } from './support/files';
import { sampleCommands } from './support/maps';

const bigMap = (cardCount: number): JourneyMap => {
  const stages = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, name: `Stage ${i}` }));
  const lanes = Array.from({ length: 10 }, (_, i) => ({ id: `l${i}`, name: `Lane ${i}`, type: 'notes' as const }));
  const cards: Record<string, Card> = {};
  for (let i = 0; i < cardCount; i++) {
    cards[`c${i}`] = { id: `c${i}`, stageId: `s${i % 10}`, laneId: `l${Math.floor(i / 10) % 10}`, order: Math.floor(i / 100), title: `Card ${i}` };
  }
  return { id: 'big', name: 'Big', stages, lanes, cards, connections: {} };
};

describe('persisting only what changed', () => {
  let temp: ReturnType<typeof tempDir>;
  let db: Database.Database;
  beforeEach(() => {
    temp = tempDir();
    db = new Database(temp.file('p.cjm'));
    db.pragma('foreign_keys = ON');
    runMigrations(db, 'p.cjm', MIGRATIONS);
  });
  afterEach(() => {
    db.close();
    temp.remove();
  });

  // With the commands' touched ids (as the store does) and, on a copy of the file, by comparing every row: the same result.
  const edit = (map: JourneyMap, commands: Command[]) => {
    const { map: next, touched } = applyCommands(map, commands);
    const copy = temp.file(`copy-${Math.random()}.cjm`);
    db.prepare('VACUUM INTO ?').run(copy);
    const written = db.transaction(() => persistMapChanges(db, map, next, 'later', touched))();
    expect(loadMap(db, map.id)).toEqual(next);
    const compared = new Database(copy);
    compared.pragma('foreign_keys = ON');
    expect(compared.transaction(() => persistMapChanges(compared, map, next, 'later'))()).toBe(written);
    expect(loadMap(compared, map.id)).toEqual(next);
    compared.close();
    return { next, written };
  };

  it('writes one card row (plus the map row) for one edit on a 5,000-card map', () => {
    const map = bigMap(5000);
    db.transaction(() => insertMap(db, map, { position: 0, createdAt: 'then', updatedAt: 'then' }))();
    expect(edit(map, [{ name: 'card.edit', args: { id: 'c42', patch: { title: 'Edited' } } }]).written).toBe(2);
  });

  it('writes the same single rows when the map holds shared records, as the store keeps them', () => {
    const map = bigMap(5000);
    db.transaction(() => insertMap(db, map, { position: 0, createdAt: 'then', updatedAt: 'then' }))();
    const { next, written } = edit(editableMap(map), [{ name: 'card.edit', args: { id: 'c42', patch: { title: 'Edited' } } }]);
    expect(written).toBe(2);
    expect(isSharedRecord(next.cards)).toBe(true);
    // The last card of its cell, to the end of another: no other card changes order.
    expect(edit(next, [{ name: 'card.move', args: { moves: [{ id: 'c4999', stageId: 's0', laneId: 'l0', order: 99 }] } }]).written).toBe(2);
  });

  it("stamps the map row without rewriting the map's own fields when an edit leaves them alone", () => {
    const map = { ...bigMap(10), theme: { dark: true } };
    insertMap(db, map, { position: 0, createdAt: 'then', updatedAt: 'then' });
    const row = () => db.prepare('SELECT name, extra, updated_at FROM maps WHERE id = ?').get(map.id);
    const { next } = edit(map, [{ name: 'card.edit', args: { id: 'c1', patch: { title: 'Edited' } } }]);
    expect(row()).toEqual({ name: 'Big', extra: '{"theme":{"dark":true}}', updated_at: 'later' });
    edit(next, [{ name: 'map.setMeta', args: { patch: { owner: 'Ann' } } }]);
    expect(row()).toEqual({ name: 'Big', extra: '{"theme":{"dark":true},"owner":"Ann"}', updated_at: 'later' });
  });

  it('rewrites the positions a stage move shifts, and only those', () => {
    const map = bigMap(0);
    insertMap(db, map, { position: 0, createdAt: 'then', updatedAt: 'then' });
    // Moving s5 to index 2 shifts s2, s3, s4 one to the right: 4 stage rows + the map row.
    expect(edit(map, [{ name: 'stage.move', args: { id: 's5', toIndex: 2 } }]).written).toBe(5);
  });

  it('applies adds, moves and deletes of every kind', () => {
    const empty: JourneyMap = { id: 'm', name: 'M', stages: [], lanes: [], cards: {}, connections: {} };
    insertMap(db, empty, { position: 0, createdAt: 'then', updatedAt: 'then' });
    let { next } = edit(empty, sampleCommands());
    ({ next } = edit(next, [
      { name: 'card.move', args: { moves: [{ id: 'c1', stageId: 's2', laneId: 'l2', order: 0 }] } },
      { name: 'stage.delete', args: { id: 's1' } },
      { name: 'lane.add', args: { lane: { id: 'l3', name: 'New', type: 'notes' }, index: 0 } },
    ]));
    ({ next } = edit(next, [{ name: 'card.delete', args: { ids: ['c1'] } }]));
    expect(Object.keys(next.cards)).toEqual(['c3']);
    expect(next.connections).toEqual({});
  });
});

describe('a large map', () => {
  let temp: ReturnType<typeof tempDir>;
  beforeEach(() => (temp = tempDir()));
  afterEach(() => temp.remove());

  it('loads 5,000 cards well under a second and saves one edit quickly', () => {
    const created = createProjectStore(temp.file('big.cjm'), 'Big');
    created.createMap('Big', { language: 'en', mapId: 'big' });
    const { stages, lanes, cards } = bigMap(5000);
    created.applyCommands('big', [
      ...stages.map((stage) => ({ name: 'stage.add' as const, args: { stage } })),
      ...lanes.map((lane) => ({ name: 'lane.add' as const, args: { lane } })),
      { name: 'card.add', args: { cards: Object.values(cards) } },
    ]);
    created.close();

    const store = openProjectStore(temp.file('big.cjm'));
    const loadStart = performance.now();
    const map = store.getMap('big');
    const loadMs = performance.now() - loadStart;
    expect(Object.keys(map.cards)).toHaveLength(5000);
    expect(loadMs).toBeLessThan(500);

    const editStart = performance.now();
    store.applyCommands('big', [{ name: 'card.edit', args: { id: 'c4999', patch: { title: 'Edited' } } }]);
    expect(performance.now() - editStart).toBeLessThan(100);
    store.close();
  });
});
