import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../main/host/httpHost';
import { startHost } from '../../main/host/server';
import { rawRequest } from './hostRequest';

let root: string;
let projectsDir: string;
let host: Awaited<ReturnType<typeof startHost>>;

const api = (call: string, body: unknown, headers: Record<string, string> = {}) =>
  rawRequest(host.port, {
    method: 'POST',
    path: `/api/${call}`,
    headers: {
      Host: `127.0.0.1:${host.port}`,
      Origin: `http://127.0.0.1:${host.port}`,
      'Content-Type': 'application/json',
      'X-Journey-Token': host.token,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const page = (urlPath: string, headers: Record<string, string> = {}) =>
  rawRequest(host.port, { path: urlPath, headers: { Host: `127.0.0.1:${host.port}`, ...headers } });

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-host-'));
  const staticDir = path.join(root, 'renderer');
  projectsDir = path.join(root, 'projects');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Journey Studio</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app-1234.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'do not serve');
  host = await startHost({ dataDir: path.join(root, 'data'), projectsDir, staticDir, appVersion: '9.9.9-test' });
});

afterAll(async () => {
  await host?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('browser host: API guard', () => {
  it('prints a URL on 127.0.0.1 that carries a long random token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(Buffer.from(host.token, 'base64url')).toHaveLength(32);
  });

  it('answers a good call', async () => {
    const reply = await api('app.info', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { version: '9.9.9-test', host: 'browser', projectsDir } });
  });

  it('refuses a missing or wrong token with 401', async () => {
    expect((await api('app.info', {}, { 'X-Journey-Token': '' })).status).toBe(401);
    expect((await api('app.info', {}, { 'X-Journey-Token': `${host.token}x` })).status).toBe(401);
    const noToken = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { Host: `127.0.0.1:${host.port}`, Origin: `http://127.0.0.1:${host.port}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(noToken.status).toBe(401);
    expect(JSON.parse(noToken.body)).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
  });

  it('refuses a foreign or missing Origin with 403, even with the right token', async () => {
    expect((await api('app.info', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('app.info', {}, { Origin: `http://127.0.0.1:${host.port + 1}` })).status).toBe(403);
    const noOrigin = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json', 'X-Journey-Token': host.token },
      body: '{}',
    });
    expect(noOrigin.status).toBe(403);
  });

  it('refuses a request addressed to another Host name (DNS rebinding) with 403', async () => {
    expect((await api('app.info', {}, { Host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await page('/', { Host: `rebind.evil.example:${host.port}` })).status).toBe(403);
  });

  it('answers malformed JSON with a BAD_REQUEST result', async () => {
    const reply = await api('app.info', '{"oops":');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('answers an unknown call with UNKNOWN_CALL and a request the contract rejects with BAD_REQUEST', async () => {
    expect(JSON.parse((await api('project.explode', {})).body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    expect(JSON.parse((await api('__proto__', {})).body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    expect(JSON.parse((await api('project.open', { path: 42 })).body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('has no native dialogs: every dialog call answers UNSUPPORTED so the renderer uses its own picker', async () => {
    for (const [call, body] of [
      ['dialog.openFile', { kind: 'json' }],
      ['dialog.saveFile', { kind: 'json', defaultName: 'plan.json' }],
      ['dialog.chooseFolder', { defaultPath: projectsDir }],
    ] as const) {
      expect(JSON.parse((await api(call, body)).body)).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    }
  });

  it('refuses a body over the limit with 413 and keeps serving', async () => {
    const reply = await api('app.info', `"${'x'.repeat(MAX_BODY_BYTES + 10)}"`);
    expect(reply.status).toBe(413);
    expect((await api('app.info', {})).status).toBe(200);
  });

  it('runs calls only for POST with a JSON body', async () => {
    const get = await rawRequest(host.port, { path: '/api/app.info', headers: { Host: `127.0.0.1:${host.port}` } });
    expect(get.status).toBe(404);
    expect(get.body).not.toContain('9.9.9-test');
    expect((await api('app.info', '{}', { 'Content-Type': 'text/plain' })).status).toBe(415);
  });
});

describe('browser host: static files', () => {
  it('serves index.html for / with the CSP and hardening headers', async () => {
    const reply = await page('/?token=abc');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Journey Studio</title>');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('serves assets with their content type and 404s what is missing', async () => {
    const js = await page('/assets/app-1234.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const missing = await page('/assets/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toBeDefined();
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', `/${encodeURIComponent(path.join(root, 'secret.txt'))}`]) {
      const reply = await page(attempt);
      expect(reply.status, attempt).toBe(404);
      expect(reply.body, attempt).not.toContain('do not serve');
    }
  });
});

describe('browser host: network and real calls', () => {
  it('listens on 127.0.0.1 only', async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    // Only a machine with a non-loopback interface can show that the host is not reachable through it.
    if (!external) return;
    const reached = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: external.address, port: host.port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    expect(reached).toBe(false);
  });

  it('creates a project file on disk through project.create', async () => {
    const file = path.join(projectsDir, 'Onboarding.cjm');
    const reply = JSON.parse((await api('project.create', { path: file, name: 'Onboarding' })).body);
    expect(reply).toMatchObject({ ok: true, value: { path: file, info: { name: 'Onboarding' } } });
    expect(fs.statSync(file).size).toBeGreaterThan(0);
    const again = JSON.parse((await api('project.create', { path: file, name: 'Onboarding' })).body);
    expect(again).toMatchObject({ ok: false, error: { code: 'EXISTS' } });
  });
});
