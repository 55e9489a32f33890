// Bundles the Node side into dist/main (the renderer is built by `vite build`).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// JOURNEY_DIST builds into another folder (default dist/); the renderer goes next to it (vite.config.ts).
const outDir = path.join(path.resolve(root, process.env.JOURNEY_DIST ?? 'dist'), 'main');
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

// Native and host-only modules stay in node_modules; playwright only matters to the bench.
const external = ['better-sqlite3', 'electron', 'playwright-core', '@playwright/test'];
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  define: { __APP_VERSION__: JSON.stringify(version) },
};
// ESM output has no `require`; bundled CommonJS dependencies (and native addons) need one.
const esmBanner = {
  js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
};

const esm = (entry, outName) => ({ ...common, entryPoints: [entry], outfile: path.join(outDir, outName), format: 'esm', external, banner: esmBanner });

// CommonJS has no import.meta: the bundle's own URL stands in (import jobs find importWorker.mjs next to it).
const cjsImportMeta = {
  define: { ...common.define, 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

const targets = [
  esm('main/host/serve.ts', 'serve.mjs'),
  esm('main/start.ts', 'start.mjs'),
  // The `journey-studio` command (package.json "bin"); the shebang makes it runnable where npm links it.
  { ...esm('main/cli/cli.ts', 'cli.mjs'), banner: { js: `#!/usr/bin/env node\n${esmBanner.js}` } },
  // The import worker (main/services/import/importJobs.ts) runs this file in a worker thread.
  esm('main/services/import/importWorker.ts', 'importWorker.mjs'),
  { ...common, ...cjsImportMeta, entryPoints: ['main/electron/main.ts'], outfile: path.join(outDir, 'electron.cjs'), format: 'cjs', external },
  // A sandboxed preload can require nothing but (part of) electron: everything else is bundled in.
  { ...common, entryPoints: ['main/electron/preload.ts'], outfile: path.join(outDir, 'preload.cjs'), format: 'cjs', external: ['electron'] },
];
// The bench loads ExcelJS (its bare XLSX baseline) from node_modules rather than bundling it; each import case runs from a lean bundle of its own.
if (fs.existsSync(path.join(root, 'main/bench/bench.ts'))) {
  targets.push({ ...esm('main/bench/bench.ts', 'bench.mjs'), external: [...external, 'exceljs'] });
  targets.push({ ...esm('main/bench/benchCase.ts', 'benchCase.mjs'), external: [...external, 'exceljs'] });
}

fs.mkdirSync(outDir, { recursive: true });
await Promise.all(targets.map((options) => build(options)));
console.log(`Built ${targets.length} bundles of Journey Studio ${version} into ${path.relative(root, outDir)}/`);
