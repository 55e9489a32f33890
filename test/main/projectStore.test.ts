import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestVersion } from '../../main/services/migrate';
import { MIGRATIONS } from '../../main/services/migrations';
import { APPLICATION_ID } from '../../main/services/projectFile';
import { createProjectStore, openProjectStore, type ProjectStore } from '../../main/services/projectStore';
import { listing, sha256, tempDir } from './support/files';
import { applyCommand } from '../../src/commands/registry';
import { isSharedRecord } from '../../src/commands/sharedRecord';
import type { JourneyMap } from '../../src/model/journey';
import { mapSketch } from '../../src/model/sketch';
import { commandGenerator, randomMap, seededRandom } from '../unit/commands/randomCommands';
import { sampleCommands } from './support/maps';

describe('project store', () => {
  let temp: ReturnType<typeof tempDir>;
  const open: ProjectStore[] = [];
  const track = (store: ProjectStore) => (open.push(store), store);
  const reopen = (store: ProjectStore) => {
    store.close();
    return track(openProjectStore(store.path));
  };

  beforeEach(() => (temp = tempDir()));
  afterEach(() => {
    for (const store of open.splice(0)) store.close();
    temp.remove();
  });

  it('creates a project file in a new folder, marked as ours, and leaves no -wal after close', () => {
    const file = temp.file('nested/folder/Plan.cjm');
    const store = createProjectStore(file, 'Launch plan');
    expect(store.info()).toMatchObject({ name: 'Launch plan' });
    expect(store.listMaps()).toEqual([]);
    store.close();
    expect(listing(temp.file('nested/folder'))).toEqual(['Plan.cjm']);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(MIGRATIONS));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('refuses to create over an existing file', () => {
    const file = temp.file('taken.cjm');
    fs.writeFileSync(file, 'keep me');
    expect(() => createProjectStore(file, 'X')).toThrow(expect.objectContaining({ code: 'EXISTS', params: { file: 'taken.cjm' } }));
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('creates, renames, duplicates and deletes maps, and keeps them after reopening', () => {
    let store = track(createProjectStore(temp.file('p.cjm'), 'P'));
    const first = store.createMap('First', { language: 'en', mapId: 'map1' });
    const starter = store.createMap('Starter', { language: 'zh-CN', starter: true });
    expect(first).toMatchObject({ id: 'map1', name: 'First', position: 0, stageCount: 0, cardCount: 0 });
    expect(starter.stageCount).toBeGreaterThan(0);
    expect(starter.laneCount).toBeGreaterThan(0);
    expect(() => store.createMap('Again', { language: 'en', mapId: 'map1' })).toThrow(expect.objectContaining({ code: 'EXISTS' }));

    store.applyCommands('map1', sampleCommands());
    expect(store.renameMap('map1', 'Renamed')).toMatchObject({ name: 'Renamed' });
    const copy = store.duplicateMap('map1', 'Copy');
    expect(copy).toMatchObject({ name: 'Copy', position: 2, stageCount: 2, laneCount: 2, cardCount: 3 });

    store = reopen(store);
    const original = store.getMap('map1');
    const duplicate = store.getMap(copy.id);
    expect(original.name).toBe('Renamed');
    const ids = (m: typeof original) => [m.id, ...m.stages.map((s) => s.id), ...m.lanes.map((l) => l.id), ...Object.keys(m.cards), ...Object.keys(m.connections)];
    expect(ids(duplicate).filter((id) => ids(original).includes(id))).toEqual([]);
    const stageIndex = new Map(duplicate.stages.map((s, i) => [s.id, i]));
    const laneIndex = new Map(duplicate.lanes.map((l, i) => [l.id, i]));
    const shape = (m: typeof original, si: Map<string, number>, li: Map<string, number>) =>
      Object.values(m.cards)
        .map((c) => ({ title: c.title, order: c.order, stage: si.get(c.stageId), lane: li.get(c.laneId) }))
        .sort((a, b) => a.title.localeCompare(b.title));
    expect(shape(duplicate, stageIndex, laneIndex)).toEqual(
      shape(original, new Map(original.stages.map((s, i) => [s.id, i])), new Map(original.lanes.map((l, i) => [l.id, i]))),
    );
    const [connection] = Object.values(duplicate.connections);
    expect(duplicate.cards[connection!.source]?.title).toBe('First');
    expect(duplicate.cards[connection!.target]?.title).toBe('Third');
    expect(duplicate.stages[0]).toMatchObject({ name: 'Aware', futureField: { nested: [1, 2] } });

    store.deleteMap(starter.id);
    expect(store.listMaps().map((m) => [m.name, m.position])).toEqual([
      ['Renamed', 0],
      ['Copy', 1],
    ]);
    expect(() => store.getMap(starter.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => store.deleteMap(starter.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    store = reopen(store);
    expect(store.listMaps().map((m) => m.name)).toEqual(['Renamed', 'Copy']);
  });

  it('duplicates phases, emotion points and portfolio fields, with new ids and remapped references', () => {
    let store = track(createProjectStore(temp.file('p.cjm'), 'P'));
    store.createMap('M', { language: 'en', mapId: 'm' });
    store.applyCommands('m', [
      ...sampleCommands(),
      { name: 'map.setMeta', args: { patch: { owner: 'Ana', status: 'inReview', personaIds: ['persona-1'] } } },
      { name: 'phase.add', args: { phase: { id: 'ph1', name: 'Attract' } } },
      { name: 'phase.add', args: { phase: { id: 'ph2', name: 'Close' } } },
      { name: 'stage.setPhase', args: { id: 's1', phaseId: 'ph1' } },
      { name: 'stage.setPhase', args: { id: 's2', phaseId: 'ph2' } },
      { name: 'emotion.set', args: { point: { id: 'e1', laneId: 'l2', stageId: 's1', personaId: null, variant: 'asIs', value: -2 } } },
      { name: 'emotion.set', args: { point: { id: 'e2', laneId: 'l2', stageId: 's2', personaId: 'persona-1', variant: 'toBe', value: 1, label: 'Relief' } } },
      { name: 'card.edit', args: { id: 'c1', patch: { span: 2, linkedMapId: 'other-map', segmentIds: ['seg-1'] } } },
    ]);
    const copy = store.duplicateMap('m', 'Copy');
    expect(copy).toMatchObject({ owner: 'Ana', status: 'inReview', personaIds: ['persona-1'] });
    store = reopen(store);
    const original = store.getMap('m');
    const duplicate = store.getMap(copy.id);
    const phaseIds = duplicate.phases?.map((p) => p.id) ?? [];
    expect(duplicate.phases?.map((p) => p.name)).toEqual(['Attract', 'Close']);
    expect(phaseIds.filter((id) => ['ph1', 'ph2'].includes(id))).toEqual([]);
    expect(duplicate.stages.map((s) => s.phaseId)).toEqual(phaseIds);
    const points = Object.values(duplicate.emotions ?? {}).sort((a, b) => a.value - b.value);
    expect(points.map((p) => [p.stageId, p.laneId, p.personaId, p.variant, p.value, p.label])).toEqual([
      [duplicate.stages[0]!.id, duplicate.lanes[1]!.id, null, 'asIs', -2, undefined],
      [duplicate.stages[1]!.id, duplicate.lanes[1]!.id, 'persona-1', 'toBe', 1, 'Relief'],
    ]);
    expect(points.some((p) => p.id in (original.emotions ?? {}))).toBe(false);
    expect(Object.keys(duplicate.emotions ?? {}).sort()).toEqual(points.map((p) => p.id).sort());
    const first = Object.values(duplicate.cards).find((c) => c.title === 'First');
    expect(first).toMatchObject({ span: 2, linkedMapId: 'other-map', segmentIds: ['seg-1'] });
  });

  it('lists maps with their portfolio fields and a thumbnail sketch', () => {
    const store = track(createProjectStore(temp.file('p.cjm'), 'P'));
    store.createMap('M', { language: 'en', mapId: 'm' });
    expect(store.listMaps()[0]).toMatchObject({ personaIds: [], owner: null, status: 'draft', sketch: { stageCount: 0, lanes: [], cells: [] } });
    store.applyCommands('m', [...sampleCommands(), { name: 'map.setMeta', args: { patch: { owner: 'Bo', status: 'approved' } } }]);
    const [summary] = store.listMaps();
    expect(summary).toMatchObject({ owner: 'Bo', status: 'approved', stageCount: 2, laneCount: 2, cardCount: 3 });
    expect(summary?.sketch.lanes).toEqual(['actions', 'emotions']);
    expect(summary?.sketch.cells).toEqual(expect.arrayContaining([[0, 0, 2], [1, 1, 1]]));
  });

  it('reads each map summary from its rows, the same as summarizing the loaded map, without loading it', () => {
    const rng = seededRandom(7);
    const nextCommand = commandGenerator(rng);
    const store = track(createProjectStore(temp.file('p.cjm'), 'P'));
    let map: JourneyMap = { ...randomMap(rng), personaIds: ['p1'], owner: 'Ann', status: 'inReview' };
    store.createMap('M', { language: 'en', mapId: map.id });
    store.replaceMap(map.id, map, () => null);
    for (let step = 0; step < 60; step++) {
      const command = nextCommand(map);
      map = applyCommand(map, command).map;
      store.applyCommands(map.id, [command]);
    }
    const reopened = reopen(store);
    const [summary] = reopened.listMaps();
    const loaded = reopened.getMap(map.id);
    expect(loaded).toEqual({ ...map, name: loaded.name });
    expect(summary).toMatchObject({
      id: map.id,
      stageCount: loaded.stages.length,
      laneCount: loaded.lanes.length,
      cardCount: Object.keys(loaded.cards).length,
      personaIds: loaded.personaIds ?? [],
      owner: loaded.owner ?? null,
      status: loaded.status ?? 'draft',
      sketch: mapSketch(loaded),
    });
    expect(summary?.sketch.cells.length).toBeGreaterThan(0);
  });

  it('saves every edit at once: positions, orders and unknown fields survive a reopen', () => {
    let store = track(createProjectStore(temp.file('p.cjm'), 'P'));
    store.createMap('M', { language: 'en', mapId: 'm' });
    const { updatedAt } = store.applyCommands('m', sampleCommands());
    store.applyCommands('m', [
      { name: 'stage.move', args: { id: 's2', toIndex: 0 } },
      { name: 'lane.move', args: { id: 'l2', toIndex: 0 } },
      { name: 'card.move', args: { moves: [{ id: 'c2', stageId: 's1', laneId: 'l1', order: 0 }] } },
      { name: 'card.edit', args: { id: 'c3', patch: { body: 'Now with a body' } } },
    ]);
    const inMemory = store.getMap('m');
    store = reopen(store);
    const loaded = store.getMap('m');
    expect(loaded).toEqual(inMemory);
    expect(loaded.stages.map((s) => s.id)).toEqual(['s2', 's1']);
    expect(loaded.lanes.map((l) => l.id)).toEqual(['l2', 'l1']);
    expect([loaded.cards.c2?.order, loaded.cards.c1?.order]).toEqual([0, 1]);
    expect(loaded.cards.c1).toMatchObject({ rating: 5, body: 'Body', color: '#00ff00' });
    expect(loaded.lanes[0]).toMatchObject({ mood: 'x', type: 'emotions' });
    expect(loaded.connections.k1).toMatchObject({ label: 'next', weight: 2 });
    expect(store.listMaps()[0]!.updatedAt >= updatedAt).toBe(true);
  });

  it('keeps fields a newer app put on the map itself through edits', () => {
    let store = track(createProjectStore(temp.file('p.cjm'), 'P'));
    store.createMap('M', { language: 'en', mapId: 'm' });
    store.close();
    const raw = new Database(store.path);
    raw.prepare(`UPDATE maps SET extra = '{"theme":{"dark":true}}' WHERE id = 'm'`).run();
    raw.close();
    store = track(openProjectStore(store.path));
    expect(store.getMap('m')).toMatchObject({ theme: { dark: true } });
    store.applyCommands('m', [{ name: 'map.rename', args: { name: 'Renamed' } }]);
    store = reopen(store);
    expect(store.getMap('m')).toMatchObject({ name: 'Renamed', theme: { dark: true } });
  });

  it('hands out maps with plain records, which structured clone (Electron IPC) accepts, after edits', () => {
    const store = track(createProjectStore(temp.file('p.cjm'), 'P'));
    store.createMap('M', { language: 'en', mapId: 'm' });
    store.applyCommands('m', sampleCommands());
    const edited = store.getMap('m');
    expect(isSharedRecord(edited.cards) || isSharedRecord(edited.connections)).toBe(false);
    expect(structuredClone(edited)).toEqual(edited);
    // The plain copy is made once per version of the map.
    expect(store.getMap('m')).toBe(edited);
    store.applyCommands('m', [{ name: 'card.edit', args: { id: 'c1', patch: { title: 'Again' } } }]);
    const again = store.getMap('m');
    expect(again).not.toBe(edited);
    expect(again.cards.c1?.title).toBe('Again');
    expect(again.cards.c2).toBe(edited.cards.c2);
    expect(structuredClone(store.allMaps())).toEqual(store.allMaps());
  });

  it('turns a loaded map into the form edits use once idle, still handing out the same plain map and cards', async () => {
    let store = track(createProjectStore(temp.file('p.cjm'), 'P'));
    store.createMap('M', { language: 'en', mapId: 'm' });
    store.applyCommands('m', sampleCommands());
    store = reopen(store);
    const loaded = store.getMap('m');
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.getMap('m')).toBe(loaded);
    store.applyCommands('m', [{ name: 'card.edit', args: { id: 'c2', patch: { title: 'Edited' } } }]);
    const edited = store.getMap('m');
    expect(edited.cards.c2?.title).toBe('Edited');
    expect(edited.cards.c1).toBe(loaded.cards.c1);
  });

  it('leaves file and cache unchanged when one edit of a batch fails', () => {
    let store = track(createProjectStore(temp.file('p.cjm'), 'P'));
    store.createMap('M', { language: 'en', mapId: 'm' });
    store.applyCommands('m', sampleCommands());
    store = reopen(store);
    const before = store.getMap('m');
    const [summaryBefore] = store.listMaps();
    store.close();
    const hash = sha256(store.path);
    store = track(openProjectStore(store.path));
    expect(() =>
      store.applyCommands('m', [
        { name: 'stage.rename', args: { id: 's1', name: 'Changed' } },
        { name: 'card.delete', args: { ids: ['c1'] } },
        { name: 'card.edit', args: { id: 'no-such-card', patch: { title: 'x' } } },
      ]),
    ).toThrow(expect.objectContaining({ code: 'COMMAND_FAILED', message: expect.stringMatching(/no-such-card/) }));
    expect(store.getMap('m')).toEqual(before);
    expect(store.listMaps()).toEqual([summaryBefore]);
    expect(() => store.applyCommands('missing', [{ name: 'map.rename', args: { name: 'x' } }])).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    store.close();
    expect(sha256(store.path)).toBe(hash);
    store = track(openProjectStore(store.path));
    expect(store.getMap('m')).toEqual(before);
  });

  it('saves a copy that opens and equals the original, and refuses an existing target', () => {
    const store = track(createProjectStore(temp.file('p.cjm'), 'P'));
    store.createMap('M', { language: 'en', mapId: 'm' });
    store.applyCommands('m', sampleCommands());
    const target = store.saveCopy(temp.file('copies/copy.cjm'));
    expect(() => store.saveCopy(target)).toThrow(expect.objectContaining({ code: 'EXISTS', params: { file: 'copy.cjm' } }));
    const copy = track(openProjectStore(target));
    expect(copy.info()).toEqual(store.info());
    expect(copy.listMaps()).toEqual(store.listMaps());
    expect(copy.getMap('m')).toEqual(store.getMap('m'));
    store.applyCommands('m', [{ name: 'map.rename', args: { name: 'Only in the original' } }]);
    expect(copy.getMap('m').name).toBe('M');
    expect(listing(temp.file('copies'))).toEqual(['copy.cjm', 'copy.cjm-wal']);
  });

  it('renames the project', () => {
    let store = track(createProjectStore(temp.file('p.cjm'), 'Old'));
    expect(store.rename('New').name).toBe('New');
    store = reopen(store);
    expect(store.info().name).toBe('New');
  });
});
