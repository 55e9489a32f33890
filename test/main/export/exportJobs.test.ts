import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../main/services/appServices';
import { dispatch } from '../../../main/services/dispatch';
import type { PrintPageRenderer, PrintPageRequest } from '../../../main/services/export/printPageRenderer';
import type { CallName, CallRequest, CallResponse } from '../../../src/api/contract';
import { AppError } from '../../../src/api/result';
import { ExportOptionsSchema } from '../../../src/export/exportOptions';
import type { ExportJobState } from '../../../src/export/printData';
import { tempDir } from '../support/files';

/**
 * The job side of export.start / status / cancel, with a print-view renderer
 * that stands in for Chromium (the e2e test export-pdf.spec.ts drives the real
 * one): it returns fixed bytes, waits until released, or fails, as a test needs.
 */
function scriptedRenderer() {
  const seen: PrintPageRequest[] = [];
  let release: (() => void) | null = null;
  let behaviour: 'immediate' | 'hold' | 'fail' = 'immediate';
  const renderer: PrintPageRenderer = {
    name: 'Scripted',
    async render(request) {
      seen.push(request);
      request.onProgress?.(0.5, 'Halfway');
      if (behaviour === 'fail') throw new AppError('INTERNAL', 'The print view could not draw the map: boom');
      if (behaviour === 'hold') {
        await new Promise<void>((resolve, reject) => {
          release = resolve;
          request.signal.addEventListener('abort', () => reject(new AppError('CANCELLED', 'cancelled')));
        });
      }
      return { bytes: new TextEncoder().encode(`%PDF-1.4 ${request.mapId}`), pages: 3 };
    },
    dispose: async () => undefined,
  };
  return {
    renderer,
    seen,
    set: (next: typeof behaviour) => (behaviour = next),
    release: () => release?.(),
  };
}

describe('export jobs', () => {
  let temp: ReturnType<typeof tempDir>;
  let services: AppServices;
  let setups = 0;
  beforeEach(() => {
    temp = tempDir('journey-export-jobs-');
  });
  afterEach(async () => {
    await services.dispose();
    temp.remove();
  });

  async function setup(withRenderer = true) {
    const scripted = scriptedRenderer();
    services = createAppServices({
      dataDir: temp.file('data'),
      projectsDir: temp.file('projects'),
      appVersion: '1.0.0',
      host: 'browser',
      ...(withRenderer ? { printRenderer: () => scripted.renderer } : {}),
    });
    const call = async <K extends CallName>(name: K, request: CallRequest<K>): Promise<CallResponse<K>> => {
      const reply = await dispatch(services.handlers, name, request);
      if (!reply.ok) throw Object.assign(new Error(reply.error.message), reply.error);
      return reply.value as CallResponse<K>;
    };
    const { projectId } = await call('project.create', { path: temp.file(`p${++setups}.cjm`), name: 'P' });
    await call('map.create', { projectId, mapId: 'm1', name: 'Map' });
    const settle = async (jobId: string): Promise<ExportJobState> => {
      for (;;) {
        const state = await call('export.status', { jobId });
        if (!['starting', 'rendering', 'writing'].includes(state.phase)) return state;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    return { ...scripted, call, settle, projectId };
  }

  const pdf = ExportOptionsSchema.parse({ format: 'pdf' });

  it('renders, writes the file at the end with the extension added, and reports bytes and pages', async () => {
    const t = await setup();
    const { jobId } = await t.call('export.start', { projectId: t.projectId, mapId: 'm1', options: pdf, path: temp.file('out/map') });
    const state = await t.settle(jobId);
    expect(state).toMatchObject({ phase: 'done', progress: 1, path: temp.file('out/map.pdf'), pages: 3, bytes: '%PDF-1.4 m1'.length });
    expect(fs.readFileSync(temp.file('out/map.pdf'), 'utf8')).toBe('%PDF-1.4 m1');
    expect(t.seen[0]).toMatchObject({ projectId: t.projectId, mapId: 'm1', options: pdf });
    expect(fs.readdirSync(temp.file('out'))).toEqual(['map.pdf']);
  });

  it('cancelled while rendering: no file is written and an older file of that name stays as it was', async () => {
    const t = await setup();
    t.set('hold');
    fs.writeFileSync(temp.file('old.pdf'), 'older export');
    const { jobId } = await t.call('export.start', { projectId: t.projectId, mapId: 'm1', options: pdf, path: temp.file('old.pdf') });
    await expect.poll(async () => (await t.call('export.status', { jobId })).phase).toBe('rendering');
    expect(await t.call('export.cancel', { jobId })).toMatchObject({ phase: 'cancelled' });
    t.release();
    expect(await t.settle(jobId)).toMatchObject({ phase: 'cancelled' });
    expect(t.seen[0]!.signal.aborted).toBe(true);
    expect(fs.readFileSync(temp.file('old.pdf'), 'utf8')).toBe('older export');
    expect(fs.readdirSync(temp.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a failing render ends the job failed with the renderer’s message, and writes nothing', async () => {
    const t = await setup();
    t.set('fail');
    const { jobId } = await t.call('export.start', { projectId: t.projectId, mapId: 'm1', options: pdf, path: temp.file('x.pdf') });
    expect(await t.settle(jobId)).toMatchObject({ phase: 'failed', error: { code: 'INTERNAL', message: 'The print view could not draw the map: boom' } });
    expect(fs.existsSync(temp.file('x.pdf'))).toBe(false);
    // A finished job cannot be cancelled any more: it stays failed.
    expect(await t.call('export.cancel', { jobId })).toMatchObject({ phase: 'failed' });
  });

  it('refuses a path with another format’s extension, a missing map, an unknown job, and a host that cannot render', async () => {
    const t = await setup();
    const png = ExportOptionsSchema.parse({ format: 'png' });
    await expect(t.call('export.start', { projectId: t.projectId, mapId: 'm1', options: png, path: temp.file('map.pdf') })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      params: { file: 'map.pdf', field: 'path', expected: '.png' },
    });
    await expect(t.call('export.start', { projectId: t.projectId, mapId: 'nope', options: png, path: temp.file('a.png') })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(t.call('export.status', { jobId: 'nojob' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('nojob') });
    expect(t.seen).toEqual([]);
    await services.dispose();

    const bare = await setup(false);
    await expect(bare.call('export.start', { projectId: bare.projectId, mapId: 'm1', options: pdf, path: temp.file('a.pdf') })).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  });
});
