import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestVersion } from '../../main/services/migrate';
import { MIGRATIONS } from '../../main/services/migrations';
import { APPLICATION_ID } from '../../main/services/projectFile';
import { createProjectStore, openProjectStore, type ProjectStore } from '../../main/services/projectStore';
import type { ErrorCode } from '../../src/api/result';
import { spawnTs, waitForLine } from './support/child';
import { listing, sha256, tempDir } from './support/files';
import { sampleCommands } from './support/maps';

const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe('opening files that are not editable projects', () => {
  let temp: ReturnType<typeof tempDir>;
  const open: ProjectStore[] = [];
  beforeEach(() => (temp = tempDir()));
  afterEach(() => {
    for (const store of open.splice(0)) store.close();
    temp.remove();
  });

  /** A closed, valid project with a few pages of content. */
  const validProject = (name: string, cards = 0): string => {
    const store = createProjectStore(temp.file(name), 'Valid');
    store.createMap('M', { language: 'en', mapId: 'm' });
    store.applyCommands('m', sampleCommands());
    if (cards > 0) {
      const many = Array.from({ length: cards }, (_, i) => ({ id: `x${i}`, stageId: 's1', laneId: 'l1', order: i + 2, title: `Card ${i} `.repeat(20) }));
      store.applyCommands('m', [{ name: 'card.add', args: { cards: many } }]);
    }
    store.close();
    return store.path;
  };

  /** Opens `file`, expects a refusal with `code` naming the file, and checks nothing was written. */
  const expectRefused = (file: string, code: ErrorCode, message?: RegExp | string) => {
    const hash = sha256(file);
    const before = listing(temp.dir);
    let caught: unknown;
    try {
      open.push(openProjectStore(file));
    } catch (error) {
      caught = error;
    }
    const base = file.split('/').pop()!;
    expect(caught).toMatchObject({ code, message: expect.stringContaining(`"${base}"`), params: expect.objectContaining({ file: base }) });
    if (message) expect((caught as Error).message).toMatch(message);
    expect(sha256(file)).toBe(hash);
    expect(listing(temp.dir)).toEqual(before);
  };

  it('a missing file: NOT_FOUND', () => {
    expect(() => openProjectStore(temp.file('nowhere.cjm'))).toThrow(expect.objectContaining({ code: 'NOT_FOUND', params: { file: 'nowhere.cjm' } }));
  });

  it('random bytes, an empty file and a PNG: NOT_SQLITE', () => {
    fs.writeFileSync(temp.file('random.cjm'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    fs.writeFileSync(temp.file('empty.cjm'), '');
    fs.writeFileSync(temp.file('image.cjm'), Buffer.concat([PNG_HEADER, Buffer.alloc(200)]));
    fs.writeFileSync(temp.file('short.cjm'), 'SQLite format 3\0');
    for (const name of ['random.cjm', 'empty.cjm', 'image.cjm', 'short.cjm']) expectRefused(temp.file(name), 'NOT_SQLITE');
  });

  it('another program\'s SQLite database: NOT_A_PROJECT', () => {
    const db = new Database(temp.file('other.db'));
    db.exec('CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (1)');
    db.close();
    expectRefused(temp.file('other.db'), 'NOT_A_PROJECT');
  });

  it('a project with damaged pages: CORRUPT', () => {
    const file = validProject('damaged.cjm', 400);
    const size = fs.statSync(file).size;
    expect(size).toBeGreaterThan(16 * 4096);
    const fd = fs.openSync(file, 'r+');
    // Garbage over a few pages in the middle of the file, as a bad disk sector would leave.
    fs.writeSync(fd, Buffer.alloc(3 * 4096, 0xa5), 0, 3 * 4096, 8 * 4096);
    fs.closeSync(fd);
    expectRefused(file, 'CORRUPT', /damaged/);
  });

  it('a project whose schema page is damaged: CORRUPT', () => {
    const file = validProject('schema-damaged.cjm');
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(3000, 0x11), 0, 3000, 100);
    fs.closeSync(fd);
    expectRefused(file, 'CORRUPT');
  });

  it('a project from a newer Journey Studio: FROM_NEWER_VERSION', () => {
    const file = validProject('future.cjm');
    const db = new Database(file);
    db.pragma('user_version = 42');
    db.close();
    expectRefused(file, 'FROM_NEWER_VERSION', `newer Journey Studio (schema 42, this app reads up to ${latestVersion(MIGRATIONS)}); update the app`);
  });

  it('a read-only file (mode 0444): READ_ONLY', () => {
    const file = validProject('locked-down.cjm');
    fs.chmodSync(file, 0o444);
    expect(fs.statSync(file).mode & 0o222).toBe(0);
    expectRefused(file, 'READ_ONLY', /read-only/);
  });

  it('a project in a read-only folder: READ_ONLY', () => {
    const file = validProject('in-folder.cjm');
    fs.chmodSync(temp.dir, 0o555);
    try {
      expectRefused(file, 'READ_ONLY', /folder/);
    } finally {
      fs.chmodSync(temp.dir, 0o755);
    }
  });

  it('a project already open in this process: ALREADY_OPEN, through any spelling of its path', () => {
    const file = validProject('twice.cjm');
    const first = openProjectStore(file);
    open.push(first);
    fs.symlinkSync(file, temp.file('alias.cjm'));
    expect(() => openProjectStore(file)).toThrow(expect.objectContaining({ code: 'ALREADY_OPEN', params: { file: 'twice.cjm', projectId: first.projectId } }));
    expect(() => openProjectStore(temp.file('alias.cjm'))).toThrow(expect.objectContaining({ code: 'ALREADY_OPEN' }));
    first.applyCommands('m', [{ name: 'map.rename', args: { name: 'Still editable' } }]);
  });

  it('a project open in another process: LOCKED, and it opens once that process lets go', async () => {
    const file = validProject('shared.cjm');
    const holder = spawnTs('support/holdProject.ts', [file]);
    try {
      await waitForLine(holder, 'ready');
      const hash = sha256(file);
      const sidecars = listing(temp.dir);
      expect(() => openProjectStore(file)).toThrow(
        expect.objectContaining({ code: 'LOCKED', message: expect.stringContaining('"shared.cjm"'), params: { file: 'shared.cjm' } }),
      );
      expect(sha256(file)).toBe(hash);
      expect(listing(temp.dir)).toEqual(sidecars);
    } finally {
      const exited = new Promise((resolve) => holder.once('exit', resolve));
      holder.stdin?.end();
      await exited;
    }
    const store = openProjectStore(file);
    open.push(store);
    expect(store.getMap('m').name).toBe('M');
  });

  it('a valid project still opens after all that: the checks are not too strict', () => {
    const file = validProject('fine.cjm');
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
    const store = openProjectStore(file);
    open.push(store);
    expect(Object.keys(store.getMap('m').cards)).toHaveLength(3);
  });
});
