/**
 * `journey-studio`: the command line for pipelines (package.json "bin", built
 * to dist/main/cli.mjs). Commands: export, import, import-json, gaps, metrics, new; each
 * with --help, clear messages and exit codes (see README "Command line").
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_VERSION } from '../host/appVersion';
import { runCli } from './runCli';

// Bundled to dist/main/cli.mjs; the renderer (and its print view) is built next to it in dist/renderer.
const staticDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer');

const exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  progress: process.stderr.isTTY === true,
  cwd: process.cwd(),
  staticDir,
  version: APP_VERSION,
});
process.exitCode = exitCode;
