import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_VERSION } from './appVersion';
import { runHostCli } from './cli';

// Bundled to dist/main/serve.mjs; the renderer is built next to it in dist/renderer.
const staticDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer');

runHostCli(process.argv.slice(2), staticDir, APP_VERSION).catch((error: unknown) => {
  console.error(`Journey Studio could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
