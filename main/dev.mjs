// `npm run dev`: the browser host's API plus Vite (middleware mode) for the renderer, with hot reload.
// One origin serves both, so the token, Origin and Host checks work exactly as in `serve`.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { createServer } from 'vite';

register();
const { startHost } = await import('./host/server.ts');
const { devContentSecurityPolicy } = await import('./host/csp.ts');
const { parseHostArgs, HOST_USAGE, openInBrowser } = await import('./host/cli.ts');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// vite.config.ts names its root relative to the working directory.
process.chdir(root);
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

let options;
try {
  options = parseHostArgs(process.argv.slice(2));
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
if (options.help) {
  console.log(HOST_USAGE.replace('Usage: serve', 'Usage: dev'));
  process.exit(0);
}

// index.html's meta CSP forbids inline scripts, but Vite's React refresh preamble is one; in dev the
// (looser) CSP header of the host stands in for it.
const dropMetaCsp = {
  name: 'journey-dev-drop-meta-csp',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/is, ''),
};

const hmrPort = await freePort();
const vite = await createServer({
  configFile: path.join(root, 'vite.config.ts'),
  appType: 'spa',
  plugins: [dropMetaCsp],
  server: { middlewareMode: true, hmr: { host: '127.0.0.1', port: hmrPort } },
});
const host = await startHost({
  port: options.port,
  dataDir: options.dataDir,
  projectsDir: options.projectsDir,
  staticDir: path.join(root, 'renderer'),
  appVersion: `${version}-dev`,
  pages: {
    csp: devContentSecurityPolicy(hmrPort),
    handler: (req, res) =>
      vite.middlewares(req, res, (error) => {
        res.writeHead(error ? 500 : 404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(error ? `Vite failed on ${req.url}: ${error.message ?? error}` : `Not found: ${req.url}`);
      }),
  },
});
if (options.json) console.log(JSON.stringify({ url: host.url, port: host.port, token: host.token }));
else console.log(`Journey Studio (dev, hot reload) is running at ${host.url} (press Ctrl+C to stop).`);
if (options.open) openInBrowser(host.url);

let stopping = false;
const stop = async () => {
  if (stopping) process.exit(1);
  stopping = true;
  await Promise.allSettled([host.close(), vite.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
