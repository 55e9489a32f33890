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

  const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
  const GIF = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

  it('round-trips the catalog, the project templates and the images', () => {
    const store = track(createProjectStore(temp.file('p.cjm'), 'Everything'));
    store.createMap('One', { language: 'en', mapId: 'one' });
    store.applyCommands('one', sampleCommands());
    const avatar = store.addImage('image/png', PNG);
    const photo = store.addImage('image/gif', GIF);
    store.applyCatalog([
      { name: 'persona.add', args: { persona: { id: 'p1', name: '王芳', avatarImageId: avatar, goals: 'Fast delivery', extra: [1] } } },
      { name: 'segment.add', args: { segment: { id: 'g1', name: 'High value', criteria: [{ field: 'predictedLtv', operator: 'greaterThan', value: '5000' }] } } },
      { name: 'channel.delete', args: { id: store.catalog().channels[0]!.id } },
    ]);
    store.applyCommands('one', [{ name: 'card.edit', args: { id: 'c1', patch: { imageId: photo, personaIds: ['p1'] } } }]);
    store.saveTemplate('one', 'Saved template');

    const jsonPath = exportProjectJson(store, temp.file('all.json'), '1.0.0');
    const written = JSON.parse(fs.readFileSync(jsonPath, 'utf8')) as { images: unknown[]; templates: unknown[]; catalog: unknown };
    expect(written.images).toHaveLength(2);
    expect(written.templates).toHaveLength(1);
    importProjectJson(jsonPath, temp.file('copy.cjm'));
    const imported = track(openProjectStore(temp.file('copy.cjm')));
    expect(imported.catalog()).toEqual(store.catalog());
    expect(imported.allTemplates()).toEqual(store.allTemplates());
    expect(imported.listTemplates()).toEqual(store.listTemplates());
    expect(imported.allImages()).toEqual(store.allImages());
    expect(imported.getImage(avatar)).toEqual({ mime: 'image/png', dataBase64: PNG });
    expect(imported.getMap('one')).toEqual(store.getMap('one'));
    expect(imported.listMaps()).toEqual(store.listMaps());
  });

  it('gives an export from before catalogs the built-in channels', () => {
    const store = track(createProjectStore(temp.file('p.cjm'), 'Old export'));
    const jsonPath = exportProjectJson(store, temp.file('old.json'), '0.1.0');
    const document = JSON.parse(fs.readFileSync(jsonPath, 'utf8')) as Record<string, unknown>;
    delete document.catalog;
    delete document.templates;
    delete document.images;
    fs.writeFileSync(jsonPath, JSON.stringify(document));
    importProjectJson(jsonPath, temp.file('old.cjm'));
    const imported = track(openProjectStore(temp.file('old.cjm')));
    expect(imported.catalog().channels.map((c) => c.builtin)).toEqual(store.catalog().channels.map((c) => c.builtin));
    expect(imported.listTemplates().every((t) => t.kind === 'builtin')).toBe(true);
  });

  it('refuses an image whose bytes are not of its type, naming it, and creates no file', () => {
    const store = track(createProjectStore(temp.file('p.cjm'), 'P'));
    store.addImage('image/png', PNG);
    const jsonPath = exportProjectJson(store, temp.file('bad-image.json'), '1.0.0');
    const document = JSON.parse(fs.readFileSync(jsonPath, 'utf8')) as { images: { mime: string }[] };
    document.images[0]!.mime = 'image/jpeg';
    fs.writeFileSync(jsonPath, JSON.stringify(document));
    expect(() => importProjectJson(jsonPath, temp.file('t.cjm'))).toThrow(
      expect.objectContaining({
        code: 'BAD_DOCUMENT',
        message: expect.stringMatching(/"bad-image\.json": images\[0\]\.dataBase64: the bytes are not a JPEG image/),
        params: { file: 'bad-image.json', field: 'images[0].dataBase64' },
      }),
    );
    expect(fs.existsSync(temp.file('t.cjm'))).toBe(false);
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
