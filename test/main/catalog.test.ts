import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog, persistCatalogChanges } from '../../main/services/catalogStore';
import { runMigrations } from '../../main/services/migrate';
import { MIGRATIONS } from '../../main/services/migrations';
import { createProjectStore, openProjectStore, type ProjectStore } from '../../main/services/projectStore';
import { applyCatalogCommands } from '../../src/commands/catalogRegistry';
import type { CatalogCommand } from '../../src/commands/catalogSchemas';
import { sha256, tempDir } from './support/files';

const edits = (): CatalogCommand[] => [
  {
    name: 'persona.add',
    args: { persona: { id: 'p1', name: 'Li Na', role: 'Buyer', gender: 'female', ageBand: '25-34', quote: '快一点', mood: 'future field' } },
  },
  { name: 'persona.add', args: { persona: { id: 'p2', name: 'Sam' }, index: 0 } },
  {
    name: 'segment.add',
    args: { segment: { id: 'g1', name: 'Loyal', criteria: [{ field: 'tenure', operator: 'greaterThan', value: '12 months' }] } },
  },
  { name: 'channel.add', args: { channel: { id: 'ch-own', name: 'Pop-up', icon: 'event', color: '#123456', mode: 'offline', group: 'offline' }, index: 0 } },
];

describe('project catalog: channels, personas, segments', () => {
  let temp: ReturnType<typeof tempDir>;
  let store: ProjectStore;
  const reopen = () => {
    store.close();
    store = openProjectStore(store.path);
  };

  beforeEach(() => {
    temp = tempDir();
    store = createProjectStore(temp.file('p.cjm'), 'P');
  });
  afterEach(() => {
    store.close();
    temp.remove();
  });

  it('starts a new project with the built-in channels and no personas or segments', () => {
    const catalog = store.catalog();
    expect(catalog.channels.length).toBeGreaterThan(10);
    expect(catalog.channels.every((c) => c.builtin !== undefined)).toBe(true);
    expect(catalog.personas).toEqual([]);
    expect(catalog.segments).toEqual([]);
  });

  it('saves edits at once: order, fields and unknown fields survive a reopen', () => {
    const seeded = store.catalog().channels;
    store.applyCatalog(edits());
    const wechat = seeded.find((c) => c.builtin === 'wechat')!;
    store.applyCatalog([
      { name: 'channel.edit', args: { id: wechat.id, patch: { name: 'WeChat OA', color: '#07c160' } } },
      { name: 'channel.move', args: { id: wechat.id, toIndex: 0 } },
      { name: 'persona.edit', args: { id: 'p1', patch: { role: null, city: 'Shanghai' } } },
    ]);
    const inMemory = store.catalog();
    reopen();
    expect(store.catalog()).toEqual(inMemory);
    expect(inMemory.personas.map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(inMemory.personas[1]).toEqual({ id: 'p1', name: 'Li Na', gender: 'female', ageBand: '25-34', quote: '快一点', mood: 'future field', city: 'Shanghai' });
    expect(inMemory.channels.slice(0, 2).map((c) => c.id)).toEqual([wechat.id, 'ch-own']);
    expect(inMemory.channels[0]).toMatchObject({ builtin: 'wechat', name: 'WeChat OA', color: '#07c160' });
    expect(inMemory.channels).toHaveLength(seeded.length + 1);
    expect(inMemory.segments[0]?.criteria).toEqual([{ field: 'tenure', operator: 'greaterThan', value: '12 months' }]);
  });

  it('undoes a batch by applying its inverses through the same path', () => {
    const before = store.catalog();
    const batch: CatalogCommand[] = [
      ...edits(),
      { name: 'channel.delete', args: { id: before.channels[2]!.id } },
      { name: 'persona.edit', args: { id: 'p1', patch: { name: 'Lina' } } },
    ];
    const { inverses } = applyCatalogCommands(before, batch);
    store.applyCatalog(batch);
    reopen();
    expect(store.catalog().channels).toHaveLength(before.channels.length);
    store.applyCatalog(inverses);
    expect(store.catalog()).toEqual(before);
    reopen();
    expect(store.catalog()).toEqual(before);
  });

  it('leaves file and cache unchanged when one edit of a batch fails', () => {
    store.applyCatalog(edits());
    reopen();
    const before = store.catalog();
    store.close();
    const hash = sha256(store.path);
    store = openProjectStore(store.path);
    expect(() =>
      store.applyCatalog([
        { name: 'persona.edit', args: { id: 'p1', patch: { name: 'Changed' } } },
        { name: 'segment.delete', args: { id: 'g1' } },
        { name: 'channel.delete', args: { id: 'no-such-channel' } },
      ]),
    ).toThrow(expect.objectContaining({ code: 'COMMAND_FAILED', message: expect.stringMatching(/no-such-channel/), params: expect.objectContaining({ file: 'p.cjm' }) }));
    expect(store.catalog()).toEqual(before);
    store.close();
    expect(sha256(store.path)).toBe(hash);
    store = openProjectStore(store.path);
    expect(store.catalog()).toEqual(before);
  });

  it('writes only the rows an edit changed', () => {
    const db = new Database(':memory:');
    runMigrations(db, 'memory.cjm', MIGRATIONS);
    const before = loadCatalog(db);
    const write = (commands: CatalogCommand[]) => {
      const current = loadCatalog(db);
      const { catalog } = applyCatalogCommands(current, commands);
      return db.transaction(() => persistCatalogChanges(db, current, catalog))();
    };
    expect(write([{ name: 'channel.edit', args: { id: before.channels[3]!.id, patch: { name: 'Renamed' } } }])).toBe(1);
    expect(write([{ name: 'persona.add', args: { persona: { id: 'p1', name: 'A' } } }])).toBe(1);
    // Swapping two neighbours rewrites their two positions, not the whole list.
    expect(write([{ name: 'channel.move', args: { id: before.channels[1]!.id, toIndex: 0 } }])).toBe(2);
    expect(write([{ name: 'channel.delete', args: { id: before.channels[1]!.id } }])).toBe(before.channels.length);
    expect(loadCatalog(db).channels).toHaveLength(before.channels.length - 1);
    db.close();
  });
});
