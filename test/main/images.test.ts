import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../main/services/appServices';
import { dispatch } from '../../main/services/dispatch';
import { IMAGE_MAX_BYTES } from '../../src/api/contract';
import type { Result } from '../../src/api/result';
import type { OpenProject } from '../../src/model/project';
import { sha256, tempDir } from './support/files';

/** Real 1x1 images, as a browser would read them from a file. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const GIF = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const WEBP = 'UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==';
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(64, 1)]).toString('base64');

describe('images stored in the project file', () => {
  let temp: ReturnType<typeof tempDir>;
  let services: AppServices;
  let project: OpenProject;
  const start = () => createAppServices({ dataDir: temp.file('data'), projectsDir: temp.file('projects'), appVersion: '1', host: 'browser' });
  const call = (name: string, payload: Record<string, unknown>) => dispatch(services.handlers, name, { projectId: project.projectId, ...payload });
  const value = <T>(result: Result<unknown>): T => {
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };

  beforeEach(async () => {
    temp = tempDir();
    services = start();
    project = value<OpenProject>(await dispatch(services.handlers, 'project.create', { path: 'img', name: 'Images' }));
  });
  afterEach(() => {
    services.dispose();
    temp.remove();
  });

  it('stores each type and gives the same bytes back after a reopen', async () => {
    const images = [
      ['image/png', PNG],
      ['image/gif', GIF],
      ['image/webp', WEBP],
      ['image/jpeg', JPEG],
    ] as const;
    const ids: string[] = [];
    for (const [mime, dataBase64] of images) ids.push(value<{ imageId: string }>(await call('image.add', { mime, dataBase64 })).imageId);
    expect(new Set(ids).size).toBe(4);
    services.dispose();
    services = start();
    project = value<OpenProject>(await dispatch(services.handlers, 'project.open', { path: project.path }));
    for (const [index, [mime, dataBase64]] of images.entries()) {
      expect(await call('image.get', { imageId: ids[index] })).toEqual({ ok: true, value: { mime, dataBase64 } });
    }
  });

  const refused: Array<[string, string, string, RegExp]> = [
    ['a PNG declared as JPEG', 'image/jpeg', PNG, /not a JPEG image/],
    ['a GIF declared as WebP', 'image/webp', GIF, /not a WEBP image/],
    ['an SVG declared as PNG', 'image/png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>').toString('base64'), /not a PNG image/],
    ['a RIFF file that is not WebP', 'image/webp', Buffer.from('RIFF\x10\0\0\0WAVEfmt ').toString('base64'), /not a WEBP image/],
    ['empty data', 'image/png', '', /empty/],
    ['text that is not base64', 'image/png', 'this is not base64!', /not valid base64/],
  ];

  it.each(refused)('refuses %s with BAD_REQUEST naming dataBase64, storing nothing', async (_label, mime, dataBase64, message) => {
    services.dispose();
    const before = sha256(project.path);
    services = start();
    project = value<OpenProject>(await dispatch(services.handlers, 'project.open', { path: project.path }));
    const result = await call('image.add', { mime, dataBase64 });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringMatching(message), params: { field: 'dataBase64' } } });
    services.dispose();
    expect(sha256(project.path)).toBe(before);
  });

  it('refuses an image over the size limit, and accepts one at the limit', async () => {
    const atLimit = Buffer.alloc(IMAGE_MAX_BYTES);
    Buffer.from(PNG, 'base64').copy(atLimit);
    expect(await call('image.add', { mime: 'image/png', dataBase64: atLimit.toString('base64') })).toMatchObject({ ok: true });
    const over = Buffer.concat([atLimit, Buffer.alloc(1)]);
    const result = await call('image.add', { mime: 'image/png', dataBase64: over.toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', params: { field: 'dataBase64' } } });
    expect(result.ok ? '' : result.error.message).toMatch(/8388609 bytes; at most 8388608/);
  });

  it('answers NOT_FOUND naming the image id', async () => {
    expect(await call('image.get', { imageId: 'missing-image' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('"missing-image"'), params: { imageId: 'missing-image', file: 'img.cjm' } },
    });
  });
});
