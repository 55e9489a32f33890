import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../main/services/appServices';
import { dispatch } from '../../../main/services/dispatch';
import { setTransport } from '../../../renderer/api/client';
import { selectSaveState, useDocumentStore } from '../../../renderer/store/documentStore';
import type { Command } from '../../../src/commands/schemas';

// The store talks to main's real handlers (real SQLite file in a temp folder) through an in-process transport.
let root: string;
let services: AppServices;
let projectId: string;
let mapId: string;

const call = async <T>(name: string, payload: unknown): Promise<T> => {
  const result = await dispatch(services.handlers, name, payload);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
};
const savedMap = () => call<{ name: string; stages: { id: string; name: string }[]; lanes: { id: string }[]; cards: Record<string, { title: string }> }>('map.get', { projectId, mapId });
const store = () => useDocumentStore.getState();

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-docstore-'));
  services = createAppServices({ dataDir: path.join(root, 'data'), projectsDir: path.join(root, 'projects'), appVersion: '0.0.0-test', host: 'browser' });
  setTransport({ call: (name, payload) => dispatch(services.handlers, name, payload), send: (name, payload) => void dispatch(services.handlers, name, payload), onMenu: () => () => {} });
  const project = await call<{ projectId: string }>('project.create', { path: path.join(root, 'projects', 'Test.cjm'), name: 'Test' });
  projectId = project.projectId;
  mapId = (await call<{ id: string }>('map.create', { projectId, name: 'Journey', starter: true })).id;
  await store().load(projectId, mapId);
});

afterEach(() => {
  store().close();
  services.dispose();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('document store against main', () => {
  it('loads the map without recording history', () => {
    expect(store().status).toBe('ready');
    expect(store().map?.id).toBe(mapId);
    expect(store().history.undo).toHaveLength(0);
  });

  it('applies edits at once, saves them in order, and undo/redo go through the same path', async () => {
    const stage = store().map!.stages[0]!;
    const lane = store().map!.lanes[0]!;
    const commands: Command[] = [{ name: 'card.add', args: { cards: [{ id: 'c1', stageId: stage.id, laneId: lane.id, order: 0, title: 'Sign up' }] } }];
    expect(store().execute(commands)).toBe(true);
    expect(store().execute([{ name: 'card.edit', args: { id: 'c1', patch: { title: 'Signs up' } } }])).toBe(true);
    expect(store().map!.cards.c1?.title).toBe('Signs up');
    expect(selectSaveState(store())).toBe('saving');
    await store().whenSaved();
    expect(selectSaveState(store())).toBe('saved');
    expect((await savedMap()).cards.c1?.title).toBe('Signs up');

    expect(store().undo()).toBe(true);
    expect(store().map!.cards.c1?.title).toBe('Sign up');
    expect(store().history.redo).toHaveLength(1);
    await store().whenSaved();
    expect((await savedMap()).cards.c1?.title).toBe('Sign up');

    expect(store().redo()).toBe(true);
    await store().whenSaved();
    expect((await savedMap()).cards.c1?.title).toBe('Signs up');
    expect(store().history.undo).toHaveLength(2);
  });

  it('undoes a new card and the title typed into it in one step when merged', async () => {
    const stage = store().map!.stages[1]!;
    const lane = store().map!.lanes[1]!;
    store().execute([{ name: 'card.add', args: { cards: [{ id: 'fresh', stageId: stage.id, laneId: lane.id, order: 0, title: '' }] } }]);
    store().execute([{ name: 'card.edit', args: { id: 'fresh', patch: { title: 'Typed' } } }], { mergeWithLast: true });
    expect(store().history.undo).toHaveLength(1);
    store().undo();
    await store().whenSaved();
    expect(store().map!.cards.fresh).toBeUndefined();
    expect((await savedMap()).cards.fresh).toBeUndefined();
  });

  it('does not record edits made with record: false', async () => {
    store().execute([{ name: 'map.rename', args: { name: 'Quiet' } }], { record: false });
    expect(store().history.undo).toHaveLength(0);
    await store().whenSaved();
    expect((await savedMap()).name).toBe('Quiet');
  });

  it('refuses an edit that does not apply locally, without sending it', async () => {
    expect(store().execute([{ name: 'card.edit', args: { id: 'nope', patch: { title: 'x' } } }])).toBe(false);
    expect(store().lastError?.code).toBe('COMMAND_FAILED');
    expect(store().pendingSaves).toBe(0);
  });

  it('reloads from main and drops history when main refuses an edit', async () => {
    const stage = store().map!.stages[0]!;
    store().execute([{ name: 'stage.rename', args: { id: stage.id, name: 'Renamed' } }]);
    await store().whenSaved();
    // Another window deletes the stage; this one still shows it and edits it.
    await call('map.apply', { projectId, mapId, commands: [{ name: 'stage.delete', args: { id: stage.id } }] });
    store().execute([{ name: 'stage.rename', args: { id: stage.id, name: 'Again' } }]);
    await store().whenSaved();
    await expect.poll(() => store().map?.stages.some((s) => s.id === stage.id)).toBe(false);
    expect(selectSaveState(store())).toBe('error');
    expect(store().history.undo).toHaveLength(0);
    expect(store().errorSeq).toBeGreaterThan(0);
    expect(store().lastError?.code).toBe('COMMAND_FAILED');
  });
});
