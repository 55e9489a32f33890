import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../main/services/appServices';
import { dispatch } from '../../main/services/dispatch';
import { resolveUserPath, withExtension } from '../../main/services/paths';
import { CALL_NAMES } from '../../src/api/contract';
import { listing, tempDir } from './support/files';
import { sampleCommands } from './support/maps';

describe('app services', () => {
  let temp: ReturnType<typeof tempDir>;
  let services: AppServices;
  const start = (dialogs?: Parameters<typeof createAppServices>[0]['dialogs']) =>
    createAppServices({ dataDir: temp.file('data'), projectsDir: temp.file('projects'), appVersion: '2.3.4', host: 'browser', dialogs });

  beforeEach(() => {
    temp = tempDir();
    services = start();
  });
  afterEach(() => {
    services.dispose();
    temp.remove();
  });

  it('implements every call of the contract', () => {
    expect(Object.keys(services.handlers).sort()).toEqual([...CALL_NAMES].sort());
  });

  it('resolves "~", relative paths (inside the projects folder) and adds .cjm', () => {
    expect(resolveUserPath('~/maps/a.cjm', '/base')).toBe(path.join(os.homedir(), 'maps/a.cjm'));
    expect(resolveUserPath('~', '/base')).toBe(os.homedir());
    expect(resolveUserPath('sub/a', '/base')).toBe('/base/sub/a');
    expect(resolveUserPath('/abs/a.cjm', '/base')).toBe('/abs/a.cjm');
    expect(withExtension('/x/a')).toBe('/x/a.cjm');
    expect(withExtension('/x/a.CJM')).toBe('/x/a.CJM');
  });

  it('creates, lists, edits, copies, exports, imports and closes projects through the handlers', async () => {
    const h = services.handlers;
    const project = await h['project.create']({ path: 'Customer journey', name: 'Customer journey' });
    expect(project.path).toBe(temp.file('projects/Customer journey.cjm'));
    const map = await h['map.create']({ projectId: project.projectId, name: 'Onboarding', starter: true });
    const ref = { projectId: project.projectId, mapId: map.id };
    expect((await h['map.get'](ref)).stages[0]?.name).toBe('Aware');
    await h['map.apply']({ ...ref, commands: [{ name: 'map.rename', args: { name: 'Onboarding v2' } }] });
    expect((await h['map.list']({ projectId: project.projectId }))[0]?.name).toBe('Onboarding v2');

    expect((await h['project.saveCopy']({ projectId: project.projectId, path: 'backup' })).path).toBe(temp.file('projects/backup.cjm'));
    const exported = await h['project.exportJson']({ projectId: project.projectId, path: temp.file('export') });
    expect(exported.path).toBe(temp.file('export.json'));
    const imported = await h['project.importJson']({ source: exported.path, path: 'from-json' });
    expect(imported.maps.map((m) => m.name)).toEqual(['Onboarding v2']);
    expect(imported.info).toEqual(project.info);

    const renamed = await h['project.rename']({ projectId: project.projectId, name: 'Renamed' });
    expect(renamed.info.name).toBe('Renamed');
    const recent = await h['project.recent']({});
    expect(recent.map((r) => [path.basename(r.path), r.name, r.exists])).toEqual([
      ['Customer journey.cjm', 'Renamed', true],
      ['from-json.cjm', 'Customer journey', true],
    ]);
    await h['project.close']({ projectId: project.projectId });
    await expect(async () => h['map.list']({ projectId: project.projectId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const reopened = await h['project.open']({ path: project.path });
    expect(reopened.maps[0]?.name).toBe('Onboarding v2');
    expect(reopened.info.name).toBe('Renamed');
  });

  it('refuses to open a project twice and says which handle has it', async () => {
    const project = await services.handlers['project.create']({ path: 'twice', name: 'Twice' });
    const again = await dispatch(services.handlers, 'project.open', { path: project.path });
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_OPEN', params: { file: 'twice.cjm', projectId: project.projectId } } });
  });

  it('closes every open project on dispose, leaving no -wal files', async () => {
    const a = await services.handlers['project.create']({ path: 'a', name: 'A' });
    const map = await services.handlers['map.create']({ projectId: a.projectId, name: 'M', mapId: 'm' });
    await services.handlers['map.apply']({ projectId: a.projectId, mapId: map.id, commands: sampleCommands() });
    await services.handlers['project.create']({ path: 'b', name: 'B' });
    expect(listing(temp.file('projects'))).toEqual(['a.cjm', 'a.cjm-wal', 'b.cjm', 'b.cjm-wal']);
    services.dispose();
    expect(listing(temp.file('projects'))).toEqual(['a.cjm', 'b.cjm']);
    services = start();
    const reopened = await services.handlers['project.open']({ path: 'a.cjm' });
    expect(reopened.maps[0]?.cardCount).toBe(3);
  });

  it('lists folders first, then projects, skipping hidden and other files; defaults to the projects folder', async () => {
    const listed = await services.handlers['fs.list']({});
    expect(listed).toEqual({ path: temp.file('projects'), parent: temp.dir, entries: [] });
    fs.mkdirSync(temp.file('projects/b-folder'));
    fs.mkdirSync(temp.file('projects/.hidden'));
    fs.writeFileSync(temp.file('projects/a.cjm'), '');
    fs.writeFileSync(temp.file('projects/.secret.cjm'), '');
    fs.writeFileSync(temp.file('projects/notes.txt'), '');
    fs.mkdirSync(temp.file('projects/a-folder'));
    const entries = (await services.handlers['fs.list']({ path: temp.file('projects') })).entries;
    expect(entries.map((e) => [e.name, e.kind])).toEqual([
      ['a-folder', 'dir'],
      ['b-folder', 'dir'],
      ['a.cjm', 'project'],
    ]);
    expect((await services.handlers['fs.list']({ path: '/' })).parent).toBeNull();
    await expect(async () => services.handlers['fs.list']({ path: temp.file('nope') })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists .json files instead of projects when asked for kind "json"', async () => {
    fs.mkdirSync(temp.file('exports/sub'), { recursive: true });
    fs.writeFileSync(temp.file('exports/plan.json'), '{}');
    fs.writeFileSync(temp.file('exports/OLD.JSON'), '{}');
    fs.writeFileSync(temp.file('exports/a.cjm'), '');
    fs.writeFileSync(temp.file('exports/.hidden.json'), '{}');
    fs.mkdirSync(temp.file('exports/folder.json'));
    fs.symlinkSync(temp.file('exports/plan.json'), temp.file('exports/link.json'));
    fs.symlinkSync(temp.file('exports/gone.json'), temp.file('exports/broken.json'));
    const kinds = async (kind?: 'project' | 'json') =>
      (await services.handlers['fs.list']({ path: temp.file('exports'), kind })).entries.map((e) => [e.name, e.kind]);
    expect(await kinds('json')).toEqual([
      ['folder.json', 'dir'],
      ['sub', 'dir'],
      ['link.json', 'json'],
      ['OLD.JSON', 'json'],
      ['plan.json', 'json'],
    ]);
    const projects = [
      ['folder.json', 'dir'],
      ['sub', 'dir'],
      ['a.cjm', 'project'],
    ];
    expect(await kinds('project')).toEqual(projects);
    expect(await kinds()).toEqual(projects);
  });

  it('checks fs.list requests at the boundary: an unknown kind is a BAD_REQUEST naming the field', async () => {
    const reply = await dispatch(services.handlers, 'fs.list', { path: temp.dir, kind: 'docx' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(reply.ok ? '' : reply.error.message).toContain('kind');
    fs.writeFileSync(temp.file('plan.json'), '{}');
    expect(await dispatch(services.handlers, 'fs.list', { path: temp.dir, kind: 'json' })).toMatchObject({
      ok: true,
      value: { entries: [{ name: 'plan.json', kind: 'json' }] },
    });
  });

  it('answers every dialog call with UNSUPPORTED in the browser', async () => {
    for (const [name, request] of [
      ['dialog.openFile', { kind: 'json' }],
      ['dialog.saveFile', { kind: 'project', defaultName: 'Plan' }],
      ['dialog.chooseFolder', {}],
    ] as const) {
      expect(await dispatch(services.handlers, name, request)).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    }
  });

  it('passes dialog calls to the native dialogs with the kind, name and an absolute folder', async () => {
    services.dispose();
    const calls: unknown[][] = [];
    services = start({
      openFile: async (kind) => (calls.push(['open', kind]), `/picked.${kind}`),
      saveFile: async (kind, name) => (calls.push(['save', kind, name]), null),
      chooseFolder: async (from) => (calls.push(['folder', from]), '/chosen'),
    });
    expect(await dispatch(services.handlers, 'dialog.openFile', { kind: 'json' })).toEqual({ ok: true, value: '/picked.json' });
    expect(await dispatch(services.handlers, 'dialog.saveFile', { kind: 'project', defaultName: 'Plan' })).toEqual({ ok: true, value: null });
    expect(await dispatch(services.handlers, 'dialog.chooseFolder', { defaultPath: '~/maps' })).toEqual({ ok: true, value: '/chosen' });
    expect(await dispatch(services.handlers, 'dialog.chooseFolder', {})).toEqual({ ok: true, value: '/chosen' });
    expect(await dispatch(services.handlers, 'dialog.openFile', {})).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(calls).toEqual([
      ['open', 'json'],
      ['save', 'project', 'Plan'],
      ['folder', path.join(os.homedir(), 'maps')],
      ['folder', undefined],
    ]);
  });

  it('reports app info and uses the settings language for starter maps', async () => {
    expect(await services.handlers['app.info']({})).toEqual({ version: '2.3.4', host: 'browser', projectsDir: temp.file('projects'), platform: process.platform });
    await services.handlers['settings.set']({ language: 'zh-CN' });
    const project = await services.handlers['project.create']({ path: 'zh', name: '中文' });
    const map = await services.handlers['map.create']({ projectId: project.projectId, name: '旅程', starter: true });
    expect((await services.handlers['map.get']({ projectId: project.projectId, mapId: map.id })).stages[0]?.name).toBe('认知');
  });
});
