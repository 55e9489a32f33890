import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_VERSION } from './host/appVersion';
import { runHostCli } from './host/cli';

/**
 * `npm start`: the Electron app when it can run here, otherwise the browser
 * host. Never `require('electron')`: without its binary that tries to download it.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..', '..');

type Launch = { ok: true; binary: string } | { ok: false; reason: string };

const findElectron = (env: NodeJS.ProcessEnv): Launch => {
  if (env.JOURNEY_STUDIO_BROWSER === '1') return { ok: false, reason: 'JOURNEY_STUDIO_BROWSER=1 asks for the browser' };
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'the electron package is not installed' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const binary = path.join(packageDir, 'dist', relative);
  if (!relative || !fs.existsSync(binary)) return { ok: false, reason: 'its binary is not installed' };
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return { ok: false, reason: 'there is no display: DISPLAY and WAYLAND_DISPLAY are unset' };
  return { ok: true, binary };
};

const runElectron = (binary: string, args: string[]): void => {
  // The project root holds package.json, whose "main" is dist/main/electron.cjs and which names the app.
  const child = spawn(binary, [projectRoot, ...args], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (error) => {
    console.error(`Electron could not start: ${error.message}`);
    process.exit(1);
  });
};

const args = process.argv.slice(2);
const browserOnly = args.includes('--browser');
const launch: Launch = browserOnly ? { ok: false, reason: '--browser asks for the browser' } : findElectron(process.env);
if (launch.ok) {
  runElectron(launch.binary, args);
} else {
  console.log(`Electron cannot run here (${launch.reason}); serving Journey Studio in your browser instead.`);
  runHostCli(
    args.filter((arg) => arg !== '--browser'),
    path.join(projectRoot, 'dist', 'renderer'),
    APP_VERSION,
  ).catch((error: unknown) => {
    console.error(`Journey Studio could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
