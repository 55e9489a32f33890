import fs from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { projectJsonSchema } from '../../main/services/export/projectJsonSchema';
import { exportProjectJson, importProjectJson } from '../../main/services/projectJson';
import { createProjectStore, openProjectStore } from '../../main/services/projectStore';
import { listing, useProjectFiles } from './support/files';
import { sampleCommands } from './support/maps';

describe('JSON export and import', () => {
  const temp = useProjectFiles();
  const { track } = temp;

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

type Json = Record<string, unknown>;

describe('JSON export and import: unknown fields on the document and on project', () => {
  const temp = useProjectFiles();
  const { track } = temp;

  const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
  const withoutStamp = ({ exportedAt: _exportedAt, ...rest }: Json): Json => rest;
  /** Exports the project file at `file` (opened, then closed again so raw SQLite can read it). */
  const exportFile = (file: string, target: string): Json => {
    const store = openProjectStore(file);
    try {
      return readJson(exportProjectJson(store, target, '1.0.0'));
    } finally {
      store.close();
    }
  };

  /** A real export with fields a newer app might write, at the top level and inside `project`. */
  function futureDocument(): Json {
    const store = track(createProjectStore(temp.file('source.cjm'), 'Unknown fields 未知字段'));
    store.createMap('One', { language: 'en', mapId: 'one' });
    store.applyCommands('one', sampleCommands());
    const document = readJson(exportProjectJson(store, temp.file('source.json'), '1.0.0'));
    return {
      ...document,
      project: { ...(document.project as Json), owner: { name: '李雷', email: 'li@example.com' }, tags: ['retail', '零售'], archived: null },
      workspace: { id: 'w1', seats: 12 },
      labels: ['a', 'b'],
      schemaNote: 'written by Journey Studio 9',
      revision: 0,
    };
  }

  it('export -> import -> export gives the same document, unknown fields in place, and it validates against the published schema', () => {
    const future = futureDocument();
    fs.writeFileSync(temp.file('future.json'), JSON.stringify(future, null, 2));

    importProjectJson(temp.file('future.json'), temp.file('imported.cjm'));
    const second = exportFile(temp.file('imported.cjm'), temp.file('second.json'));
    expect(withoutStamp(second)).toEqual(withoutStamp(future));
    expect(second.workspace).toEqual({ id: 'w1', seats: 12 });
    expect(second.revision).toBe(0);
    expect((second.project as Json).owner).toEqual({ name: '李雷', email: 'li@example.com' });
    expect((second.project as Json).archived).toBeNull();
    // Known fields are written first, so a person reading the file sees them before the rest.
    expect(Object.keys(second).slice(0, 6)).toEqual(['format', 'version', 'exportedAt', 'appVersion', 'project', 'maps']);
    expect(Object.keys(second.project as Json).slice(0, 3)).toEqual(['id', 'name', 'createdAt']);

    importProjectJson(temp.file('second.json'), temp.file('twice.cjm'));
    expect(withoutStamp(exportFile(temp.file('twice.cjm'), temp.file('third.json')))).toEqual(withoutStamp(second));

    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(projectJsonSchema());
    expect(validate(second), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('keeps the unknown fields in the project file while it is edited and renamed, and in a saved copy', () => {
    fs.writeFileSync(temp.file('future.json'), JSON.stringify(futureDocument()));
    importProjectJson(temp.file('future.json'), temp.file('imported.cjm'));
    const store = track(openProjectStore(temp.file('imported.cjm')));
    expect(store.info()).toEqual({ id: expect.any(String), name: 'Unknown fields 未知字段', createdAt: expect.any(String) });
    store.rename('Renamed 改名');
    store.createMap('Two', { language: 'zh-CN', starter: true });
    const copy = store.saveCopy(temp.file('copy.cjm'));
    const written = readJson(exportProjectJson(store, temp.file('after-edits.json'), '1.0.0'));
    expect(written.project).toEqual({ ...store.info(), owner: { name: '李雷', email: 'li@example.com' }, tags: ['retail', '零售'], archived: null });
    expect(written).toMatchObject({ workspace: { id: 'w1', seats: 12 }, labels: ['a', 'b'], schemaNote: 'written by Journey Studio 9', revision: 0 });
    expect(written.maps as Json[]).toHaveLength(2);
    expect(exportFile(copy, temp.file('copy.json'))).toMatchObject({ project: { name: 'Renamed 改名', tags: ['retail', '零售'] }, workspace: { seats: 12 } });
  });

  it('never lets a stored unknown field replace a known one, even one the export leaves out', () => {
    const file = temp.file('p.cjm');
    const store = createProjectStore(file, 'Known wins');
    store.createMap('One', { language: 'en', mapId: 'one' });
    const info = store.info();
    store.close();
    // Only a hand edit of the file can put known names here: an import stores the fields it does not know.
    const db = new Database(file);
    db.prepare('UPDATE project SET data = ?, document_extra = ?').run(
      JSON.stringify({ id: 'evil', name: 'Evil', createdAt: 'never', kept: 1 }),
      JSON.stringify({
        format: 'other', version: 99, exportedAt: 'never', appVersion: 'x', project: { id: 'evil' }, maps: [],
        catalog: 'bogus', templates: 'bogus', images: 'bogus', metrics: 'bogus', gapSettings: 'bogus', snapshots: 'bogus', kept: 2,
      }),
    );
    db.close();

    const written = exportFile(file, temp.file('known.json'));
    expect(written).toMatchObject({ format: 'journey-studio-project', version: 1, appVersion: '1.0.0', project: { ...info, kept: 1 }, kept: 2 });
    expect(Date.parse(written.exportedAt as string)).not.toBeNaN();
    expect((written.maps as Json[]).map((map) => map.id)).toEqual(['one']);
    expect(Array.isArray(written.templates) && Array.isArray(written.images)).toBe(true);
    expect((written.catalog as Json).channels).toEqual(expect.any(Array));
    // This project has no metrics, gap settings or snapshots: those fields stay out rather than carry the stored junk.
    expect(Object.keys(written).sort()).toEqual(['appVersion', 'catalog', 'exportedAt', 'format', 'images', 'kept', 'maps', 'project', 'templates', 'version']);
    importProjectJson(temp.file('known.json'), temp.file('again.cjm'));
    expect(exportFile(temp.file('again.cjm'), temp.file('again.json'))).toMatchObject({ project: { ...info, kept: 1 }, kept: 2 });
  });

  it('refuses to export a project whose stored unknown fields are not a JSON object, naming the file and column', () => {
    const file = temp.file('broken.cjm');
    createProjectStore(file, 'Broken').close();
    const db = new Database(file);
    db.prepare("UPDATE project SET data = '[oops'").run();
    db.close();
    const store = track(openProjectStore(file));
    expect(() => exportProjectJson(store, temp.file('broken.json'), '1.0.0')).toThrow(
      expect.objectContaining({
        code: 'CORRUPT',
        message: expect.stringContaining('"broken.cjm": the project\'s "data" column is not a JSON object'),
        params: { file: 'broken.cjm', field: 'project.data' },
      }),
    );
    expect(fs.existsSync(temp.file('broken.json'))).toBe(false);
  });
});
