import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppServices, type AppServices } from '../../main/services/appServices';
import { dispatch } from '../../main/services/dispatch';
import type { Handlers } from '../../src/api/contract';
import { AppError, type Result } from '../../src/api/result';
import type { OpenProject } from '../../src/model/project';
import { CommandError } from '../../src/commands/errors';
import { DocumentError } from '../../src/schema/projectDocumentError';
import { sha256, tempDir } from './support/files';

describe('dispatch: every request is checked before a handler runs', () => {
  let temp: ReturnType<typeof tempDir>;
  let services: AppServices;
  let file: string;
  let mapId: string;
  const start = () =>
    createAppServices({ dataDir: temp.file('data'), projectsDir: temp.file('projects'), appVersion: '1.0.0', host: 'browser' });
  const value = <T>(result: Result<unknown>): T => {
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };

  beforeEach(async () => {
    temp = tempDir();
    services = start();
    const project = value<OpenProject>(await dispatch(services.handlers, 'project.create', { path: 'guarded', name: 'Guarded' }));
    file = project.path;
    mapId = value<{ id: string }>(await dispatch(services.handlers, 'map.create', { projectId: project.projectId, name: 'M', starter: true })).id;
    services.dispose();
  });
  afterEach(() => {
    services.dispose();
    temp.remove();
  });

  /** Runs `request` against the open project and proves the file's bytes are the same once it is closed again. */
  const withOpenProject = async (request: (projectId: string) => Promise<Result<unknown>>) => {
    const before = sha256(file);
    services = start();
    const { projectId } = value<OpenProject>(await dispatch(services.handlers, 'project.open', { path: file }));
    const result = await request(projectId);
    services.dispose();
    expect(sha256(file)).toBe(before);
    return result;
  };

  const huge = 'x'.repeat(1_000_000);
  type Payload = (projectId: string, mapId: string) => unknown;
  const malformed: Array<[string, unknown, Payload, 'BAD_REQUEST' | 'UNKNOWN_CALL', string?]> = [
    ['wrong type of id', 'map.apply', (_p, m) => ({ projectId: 42, mapId: m, commands: [] }), 'BAD_REQUEST', 'projectId'],
    ['missing field', 'map.apply', (p, m) => ({ projectId: p, mapId: m }), 'BAD_REQUEST', 'commands'],
    ['empty command list', 'map.apply', (p, m) => ({ projectId: p, mapId: m, commands: [] }), 'BAD_REQUEST', 'commands'],
    ['extra field', 'map.rename', (p, m) => ({ projectId: p, mapId: m, name: 'N', sneaky: true }), 'BAD_REQUEST'],
    ['huge name', 'map.rename', (p, m) => ({ projectId: p, mapId: m, name: huge }), 'BAD_REQUEST', 'name'],
    ['huge path', 'project.saveCopy', (p) => ({ projectId: p, path: huge }), 'BAD_REQUEST', 'path'],
    ['unknown command', 'map.apply', (p, m) => ({ projectId: p, mapId: m, commands: [{ name: 'card.explode', args: {} }] }), 'BAD_REQUEST', 'commands.0.name'],
    ['bad command args', 'map.apply', (p, m) => ({ projectId: p, mapId: m, commands: [{ name: 'stage.rename', args: { id: 's', name: '' } }] }), 'BAD_REQUEST', 'commands.0.args.name'],
    ['__proto__ key', 'map.rename', (p, m) => JSON.parse(`{"projectId":"${p}","mapId":"${m}","name":"N","__proto__":{"polluted":true}}`), 'BAD_REQUEST'],
    ['non-object payload', 'map.delete', () => 'delete it', 'BAD_REQUEST'],
    ['null payload', 'map.delete', () => null, 'BAD_REQUEST'],
    ['array payload', 'map.delete', (p, m) => [p, m], 'BAD_REQUEST'],
    ['unknown template key', 'map.create', (p) => ({ projectId: p, name: 'N', template: { kind: 'builtin', key: 'nope' } }), 'BAD_REQUEST', 'template.key'],
    ['project template without id', 'map.create', (p) => ({ projectId: p, name: 'N', template: { kind: 'project' } }), 'BAD_REQUEST', 'template.id'],
    ['catalog.get extra field', 'catalog.get', (p) => ({ projectId: p, all: true }), 'BAD_REQUEST'],
    ['empty catalog batch', 'catalog.apply', (p) => ({ projectId: p, commands: [] }), 'BAD_REQUEST', 'commands'],
    ['unknown catalog command', 'catalog.apply', (p) => ({ projectId: p, commands: [{ name: 'channel.explode', args: {} }] }), 'BAD_REQUEST', 'commands.0.name'],
    [
      'bad channel colour',
      'catalog.apply',
      (p) => ({ projectId: p, commands: [{ name: 'channel.add', args: { channel: { id: 'c', name: 'C', icon: 'email', color: 'red', mode: 'online', group: 'owned' } } }] }),
      'BAD_REQUEST',
      'commands.0.args.channel.color',
    ],
    ['SVG image', 'image.add', (p) => ({ projectId: p, mime: 'image/svg+xml', dataBase64: 'PHN2Zy8+' }), 'BAD_REQUEST', 'mime'],
    ['image over the base64 limit', 'image.add', (p) => ({ projectId: p, mime: 'image/png', dataBase64: 'A'.repeat(12_000_000) }), 'BAD_REQUEST', 'dataBase64'],
    ['image id with a path', 'image.get', (p) => ({ projectId: p, imageId: '../etc/passwd' }), 'BAD_REQUEST', 'imageId'],
    ['template without a name', 'template.saveFromMap', (p, m) => ({ projectId: p, mapId: m }), 'BAD_REQUEST', 'name'],
    ['template.delete extra field', 'template.delete', (p) => ({ projectId: p, templateId: 't', force: true }), 'BAD_REQUEST'],
    ['unknown call', 'map.explode', (p, m) => ({ projectId: p, mapId: m }), 'UNKNOWN_CALL'],
    ['__proto__ call', '__proto__', () => ({}), 'UNKNOWN_CALL'],
    ['constructor call', 'constructor', () => ({}), 'UNKNOWN_CALL'],
    ['non-string call', 42, () => ({}), 'UNKNOWN_CALL'],
    ['object call', { name: 'map.delete' }, (p, m) => ({ projectId: p, mapId: m }), 'UNKNOWN_CALL'],
  ];

  it.each(malformed)('%s -> %s', async (_label, name, payload, code, field) => {
    const result = await withOpenProject((projectId) => dispatch(services.handlers, name, payload(projectId, mapId)));
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok && field !== undefined) {
      expect(result.error.params?.field).toBe(field);
      expect(result.error.message).toContain(`${field}: `);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the failing field and the reason', async () => {
    const result = await withOpenProject((projectId) =>
      dispatch(services.handlers, 'map.apply', { projectId, mapId, commands: [{ name: 'stage.rename', args: { id: 's', name: '' } }] }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/commands\.0\.args\.name: Too small/);
  });

  it('turns a refused edit into COMMAND_FAILED and leaves the file as it was', async () => {
    const result = await withOpenProject((projectId) =>
      dispatch(services.handlers, 'map.apply', {
        projectId,
        mapId,
        commands: [
          { name: 'map.rename', args: { name: 'Would be saved' } },
          { name: 'card.delete', args: { ids: ['ghost'] } },
        ],
      }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'COMMAND_FAILED', message: expect.stringContaining('ghost') } });
  });

  it('accepts a well-formed request (so the refusals above are not refusing everything)', async () => {
    services = start();
    const { projectId } = value<OpenProject>(await dispatch(services.handlers, 'project.open', { path: file }));
    const result = await dispatch(services.handlers, 'map.rename', { projectId, mapId, name: 'Renamed' });
    expect(result).toMatchObject({ ok: true, value: { name: 'Renamed' } });
  });
});

describe('dispatch: error mapping', () => {
  const throwing = (error: unknown) => ({ 'app.info': () => Promise.reject(error) }) as unknown as Handlers;
  const call = (error: unknown) => dispatch(throwing(error), 'app.info', {});

  it('passes AppError, CommandError and DocumentError on with their codes', async () => {
    expect(await call(new AppError('EXISTS', 'taken', { file: 'a.cjm' }))).toEqual({ ok: false, error: { code: 'EXISTS', message: 'taken', params: { file: 'a.cjm' } } });
    expect(await call(new CommandError('CONFLICT', 'id "x" is already used', { id: 'x' }))).toMatchObject({ error: { code: 'COMMAND_FAILED', params: { id: 'x' } } });
    expect(await call(new DocumentError('FROM_NEWER_VERSION', 'newer'))).toMatchObject({ error: { code: 'FROM_NEWER_VERSION' } });
  });

  it('maps SQLite errors by their code', async () => {
    const sqlite = (code: string) => new Database.SqliteError('boom', code);
    expect(await call(sqlite('SQLITE_READONLY'))).toMatchObject({ error: { code: 'READ_ONLY' } });
    expect(await call(sqlite('SQLITE_CORRUPT'))).toMatchObject({ error: { code: 'CORRUPT' } });
    expect(await call(sqlite('SQLITE_NOTADB'))).toMatchObject({ error: { code: 'CORRUPT' } });
    expect(await call(sqlite('SQLITE_BUSY'))).toMatchObject({ error: { code: 'LOCKED' } });
  });

  it('reports anything else as INTERNAL without the stack, and logs the stack', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await call(new TypeError('x is undefined'));
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Internal error: x is undefined' } });
    expect(String(log.mock.calls[0]?.[1])).toContain('TypeError: x is undefined\n    at');
    log.mockRestore();
  });

  it('never throws, even when a handler throws synchronously or a non-Error', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const sync = { 'app.info': () => { throw 'a string'; } } as unknown as Handlers;
    await expect(dispatch(sync, 'app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    log.mockRestore();
  });
});

describe('dispatch: a file that was closed is never written by a refused request', () => {
  it('keeps the bytes of a closed project when a request names a wrong project id', async () => {
    const temp = tempDir();
    const services = createAppServices({ dataDir: temp.file('d'), projectsDir: temp.file('p'), appVersion: '1', host: 'browser' });
    const created = await dispatch(services.handlers, 'project.create', { path: 'x', name: 'X' });
    services.dispose();
    const path = (created as { value: { path: string } }).value.path;
    const hash = sha256(path);
    const result = await dispatch(services.handlers, 'map.list', { projectId: 'not-open' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(fs.existsSync(path) && sha256(path)).toBe(hash);
    temp.remove();
  });
});
