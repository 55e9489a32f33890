import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHostArgs } from '../../main/host/cli';
import { defaultDataDir, defaultProjectsDir } from '../../main/host/dataDirs';
import { rawRequest } from './hostRequest';

const home = '/home/ana';

describe('host command-line options', () => {
  it('defaults to a random port and the OS folders', () => {
    expect(parseHostArgs([], { HOME: home })).toMatchObject({ port: 0, json: false, open: false, help: false });
    expect(defaultDataDir({}, 'linux', home)).toBe('/home/ana/.config/journey-studio');
    expect(defaultDataDir({}, 'darwin', home)).toBe('/home/ana/Library/Application Support/Journey Studio');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'win32', home)).toContain('Journey Studio');
    expect(defaultProjectsDir({}, home)).toBe('/home/ana/Journey Studio');
  });

  it('lets environment variables and then flags choose the folders', () => {
    const env = { JOURNEY_STUDIO_DATA_DIR: '/srv/data', JOURNEY_STUDIO_PROJECTS_DIR: '/srv/projects' };
    expect(parseHostArgs([], env)).toMatchObject({ dataDir: '/srv/data', projectsDir: '/srv/projects' });
    expect(parseHostArgs(['--data-dir', '/a', '--projects-dir=/b', '--port', '8123', '--json'], env)).toMatchObject({
      dataDir: '/a',
      projectsDir: '/b',
      port: 8123,
      json: true,
    });
  });

  it('names the bad flag', () => {
    expect(() => parseHostArgs(['--port', 'eighty'])).toThrow(/--port/);
    expect(() => parseHostArgs(['--port'])).toThrow(/--port needs a value/);
    expect(() => parseHostArgs(['--verbose'])).toThrow(/Unknown option "--verbose"/);
  });
});

describe('serve as a process', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('prints its address as JSON, serves calls, and closes project files cleanly on SIGTERM', async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-serve-'));
    const projectsDir = path.join(root, 'projects');
    const child = spawn(process.execPath, ['--import', 'tsx', 'main/host/serve.ts', '--json', '--data-dir', path.join(root, 'data'), '--projects-dir', projectsDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const firstLine = await new Promise<string>((resolve) => readline.createInterface({ input: child.stdout }).once('line', resolve));
    const { url, port, token } = JSON.parse(firstLine) as { url: string; port: number; token: string };
    expect(url).toBe(`http://127.0.0.1:${port}/?token=${token}`);

    const file = path.join(projectsDir, 'Checkout.cjm');
    const reply = await rawRequest(port, {
      method: 'POST',
      path: '/api/project.create',
      headers: { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}`, 'Content-Type': 'application/json', 'X-Journey-Token': token },
      body: JSON.stringify({ path: file, name: 'Checkout' }),
    });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
    // A clean close checkpoints the write-ahead log into the file and removes it.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });
});
