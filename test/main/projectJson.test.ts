import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportProjectJson, importProjectJson } from '../../main/services/projectJson';
import { createProjectStore, openProjectStore, type ProjectStore } from '../../main/services/projectStore';
import { listing, tempDir } from './support/files';
import { sampleCommands } from './support/maps';

describe('JSON export and import', () => {
  let temp: ReturnType<typeof tempDir>;
  const open: ProjectStore[] = [];
  const track = (store: ProjectStore) => (open.push(store), store);
  beforeEach(() => (temp = tempDir()));
  afterEach(() => {
    for (const store of open.splice(0)) store.close();
    temp.remove();
  });

  it('round-trips a project: info, map order, timestamps, content and unknown fields', () => {
    const store = track(createProjectStore(temp.file('p.cjm'), 'Round trip'));
    store.createMap('One', { language: 'en', mapId: 'one' });
    store.applyCommands('one', sampleCommands());
    store.createMap('Two', { language: 'zh-CN', starter: true });

    const jsonPath = exportProjectJson(store, temp.file('out/p.json'), '9.9.9');
    const written = JSON.parse(fs.readFileSync(jsonPath, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ format: 'journey-studio-project', version: 1, appVersion: '9.9.9', project: store.info() });
    expect(listing(temp.file('out'))).toEqual(['p.json']);

    importProjectJson(jsonPath, temp.file('imported.cjm'));
    const imported = track(openProjectStore(temp.file('imported.cjm')));
    expect(imported.info()).toEqual(store.info());
    expect(imported.listMaps()).toEqual(store.listMaps());
    for (const { id } of store.listMaps()) expect(imported.getMap(id)).toEqual(store.getMap(id));
  });

  it('refuses a missing file, bad JSON and a document that is not a project, naming the file', () => {
    const bad = temp.file('bad.json');
    fs.writeFileSync(bad, '{ not json');
    const other = temp.file('other.json');
    fs.writeFileSync(other, JSON.stringify({ hello: 'world' }));
    const target = temp.file('t.cjm');
    expect(() => importProjectJson(temp.file('none.json'), target)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', params: { file: 'none.json' } }));
    expect(() => importProjectJson(bad, target)).toThrow(
      expect.objectContaining({ code: 'BAD_DOCUMENT', message: expect.stringContaining('"bad.json"') }),
    );
    expect(() => importProjectJson(other, target)).toThrow(
      expect.objectContaining({ code: 'BAD_DOCUMENT', message: expect.stringContaining('"other.json"'), params: expect.objectContaining({ file: 'other.json' }) }),
    );
    expect(listing(temp.dir)).toEqual(['bad.json', 'other.json']);
  });

  it('refuses to import over an existing project', () => {
    const store = track(createProjectStore(temp.file('p.cjm'), 'P'));
    const jsonPath = exportProjectJson(store, temp.file('p.json'), '1.0.0');
    expect(() => importProjectJson(jsonPath, temp.file('p.cjm'))).toThrow(expect.objectContaining({ code: 'EXISTS' }));
  });
});
