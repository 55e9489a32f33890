import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestVersion, runMigrations } from '../../../main/services/migrate';
import { MIGRATIONS } from '../../../main/services/migrations';
import { migration as initial } from '../../../main/services/migrations/0001-initial';
import { migration as catalogs } from '../../../main/services/migrations/0002-catalogs-images-templates';
import { migration as annotations } from '../../../main/services/migrations/0003-map-annotations';
import { migration as metrics } from '../../../main/services/migrations/0004-metrics';
import { migration as gapsSnapshots } from '../../../main/services/migrations/0005-gaps-snapshots';
import { migration as projectUnknownFields } from '../../../main/services/migrations/0006-project-unknown-fields';
import { exportProjectJson, importProjectJson } from '../../../main/services/projectJson';
import { openProjectStore } from '../../../main/services/projectStore';
import { annotatedMap } from '../support/annotatedMap';
import { sha256, useProjectFiles } from '../support/files';
import { olderProjectFile, readOnly } from '../support/olderProject';

const ISSUE_6 = [initial, catalogs, annotations, metrics, gapsSnapshots];

type Json = Record<string, unknown>;

describe('migration 0006-project-unknown-fields', () => {
  const temp = useProjectFiles();
  const { track } = temp;

  it('opens an issue-6 project with nothing lost, exports it without invented fields, and the export imports again', () => {
    const file = temp.file('issue6.cjm');
    olderProjectFile(file, ISSUE_6, [annotatedMap('m1'), annotatedMap('m2')], 'Issue 6 项目');
    expect(readOnly(file, (db) => db.pragma('user_version', { simple: true }))).toBe(5);

    const store = track(openProjectStore(file));
    expect(store.info()).toEqual({ id: 'p1', name: 'Issue 6 项目', createdAt: '2025-01-01T00:00:00.000Z' });
    expect(store.getMap('m1')).toEqual(annotatedMap('m1'));
    expect(store.unknownFields()).toEqual({ document: {}, project: {} });

    const written = JSON.parse(fs.readFileSync(exportProjectJson(store, temp.file('issue6.json'), '1.0.0'), 'utf8')) as Json;
    expect(written.project).toEqual(store.info());
    expect(Object.keys(written).sort()).toEqual(['appVersion', 'catalog', 'exportedAt', 'format', 'images', 'maps', 'project', 'templates', 'version']);
    expect((written.maps as Json[]).map((map) => map.id)).toEqual(['m1', 'm2']);

    importProjectJson(temp.file('issue6.json'), temp.file('again.cjm'));
    const again = track(openProjectStore(temp.file('again.cjm')));
    expect(again.info()).toEqual(store.info());
    expect(again.getMap('m2')).toEqual(annotatedMap('m2'));
    temp.closeAll();
    expect(readOnly(file, (db) => db.pragma('user_version', { simple: true }))).toBe(latestVersion(MIGRATIONS));
    expect(readOnly(file, (db) => db.prepare('SELECT data, document_extra FROM project').get())).toEqual({ data: '{}', document_extra: '{}' });
  });

  it('adds a document_extra column that holds only a JSON object, "{}" by default', () => {
    const file = temp.file('new.cjm');
    olderProjectFile(file, ISSUE_6, []);
    const db = new Database(file);
    runMigrations(db, file, [...ISSUE_6, projectUnknownFields]);
    expect(db.prepare('SELECT data, document_extra FROM project').get()).toEqual({ data: '{}', document_extra: '{}' });
    const set = db.prepare('UPDATE project SET document_extra = ?');
    for (const bad of ['[1]', '"text"', '42', 'not json']) expect(() => set.run(bad), bad).toThrow(/CHECK|malformed JSON/);
    expect(() => set.run(Buffer.from('{}'))).toThrow(/cannot store BLOB/);
    set.run('{"fromNewerApp":{"kept":true}}');
    expect(db.prepare('SELECT document_extra FROM project').pluck().get()).toBe('{"fromNewerApp":{"kept":true}}');
    db.close();
  });

  it('a file from before 0006 is refused by an app that only knows up to 0005, untouched', () => {
    const file = temp.file('issue7.cjm');
    olderProjectFile(file, [...ISSUE_6, projectUnknownFields], []);
    const before = sha256(file);
    const db = new Database(file);
    expect(() => runMigrations(db, file, ISSUE_6)).toThrow(expect.objectContaining({ code: 'FROM_NEWER_VERSION', params: expect.objectContaining({ version: '6', supported: '5' }) }));
    db.close();
    expect(sha256(file)).toBe(before);
  });
});
