import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../../main/services/appServices';
import { dispatch } from '../../../../main/services/dispatch';
import { setTransport } from '../../../../renderer/api/client';
import { useCatalogStore } from '../../../../renderer/store/catalogStore';
import type { ProjectCatalog } from '../../../../src/model/catalog';

// The store talks to main's real handlers (a real project file in a temp folder) through an in-process transport.
let root: string;
let services: AppServices;
let projectId: string;

const call = async <T>(name: string, payload: unknown): Promise<T> => {
  const result = await dispatch(services.handlers, name, payload);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
};
const saved = () => call<ProjectCatalog>('catalog.get', { projectId });
const store = () => useCatalogStore.getState();

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-catalogstore-'));
  services = createAppServices({ dataDir: path.join(root, 'data'), projectsDir: path.join(root, 'projects'), appVersion: '0.0.0-test', host: 'browser' });
  setTransport({ call: (name, payload) => dispatch(services.handlers, name, payload), send: (name, payload) => void dispatch(services.handlers, name, payload), onMenu: () => () => {} });
  projectId = (await call<{ projectId: string }>('project.create', { path: path.join(root, 'projects', 'Test.cjm'), name: 'Test' })).projectId;
  await store().load(projectId);
});

afterEach(async () => {
  await store().whenSaved();
  store().close();
  services.dispose();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('catalog store against main', () => {
  it('loads the project catalog with its built-in channels', () => {
    expect(store().status).toBe('ready');
    expect(store().catalog?.channels.length).toBeGreaterThan(10);
    expect(store().catalog?.personas).toEqual([]);
  });

  it('applies edits at once, saves them in order, and undo/redo reach the file too', async () => {
    expect(store().execute([{ name: 'persona.add', args: { persona: { id: 'p1', name: 'Li Na', city: '上海' } } }])).toBe(true);
    expect(store().execute([{ name: 'persona.edit', args: { id: 'p1', patch: { role: 'Buyer' } } }])).toBe(true);
    expect(store().catalog?.personas[0]).toEqual({ id: 'p1', name: 'Li Na', city: '上海', role: 'Buyer' });
    expect(store().pendingSaves).toBeGreaterThan(0);
    await store().whenSaved();
    expect(store().pendingSaves).toBe(0);
    expect((await saved()).personas).toEqual(store().catalog?.personas);

    expect(store().undo()).toBe(true);
    await store().whenSaved();
    expect((await saved()).personas[0]?.role).toBeUndefined();
    expect(store().undo()).toBe(true);
    await store().whenSaved();
    expect((await saved()).personas).toEqual([]);
    expect(store().undo()).toBe(false);

    expect(store().redo()).toBe(true);
    await store().whenSaved();
    expect((await saved()).personas.map((p) => p.name)).toEqual(['Li Na']);
  });

  it('refuses an edit that does not apply locally, without sending it', () => {
    expect(store().execute([{ name: 'segment.delete', args: { id: 'nope' } }])).toBe(false);
    expect(store().lastError?.code).toBe('COMMAND_FAILED');
    expect(store().pendingSaves).toBe(0);
  });

  it('reloads from main and drops its history when main refuses an edit', async () => {
    store().execute([{ name: 'segment.add', args: { segment: { id: 'g1', name: 'Loyal', criteria: [] } } }]);
    await store().whenSaved();
    // Another window deletes the segment; this one still shows it and edits it.
    await call('catalog.apply', { projectId, commands: [{ name: 'segment.delete', args: { id: 'g1' } }] });
    const errorsBefore = store().errorSeq;
    store().execute([{ name: 'segment.edit', args: { id: 'g1', patch: { name: 'Very loyal' } } }]);
    await store().whenSaved();
    await expect.poll(() => store().catalog?.segments).toEqual([]);
    expect(store().history.undo).toHaveLength(0);
    expect(store().errorSeq).toBe(errorsBefore + 1);
    expect(store().lastError?.code).toBe('COMMAND_FAILED');
  });
});
