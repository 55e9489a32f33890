import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * The canvas bench's baseline page (bench/bare: plain React Flow, default
 * nodes): built here with Vite into dist/bench-bare, and served from
 * 127.0.0.1 by a small static server next to the maps it draws (map-N.json).
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface BarePage {
  /** The folder served: write map-N.json files here. */
  dir: string;
  origin: string;
  close(): Promise<void>;
}

/** Builds bench/bare with the project's own Vite (a child process, so the bench bundle does not carry Vite). */
export function buildBarePage(outDir: string): void {
  const vite = path.resolve('node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', '--config', path.resolve('bench/bare/vite.config.ts'), '--outDir', outDir, '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (!fs.existsSync(path.join(outDir, 'index.html'))) throw new Error(`the bare page did not build into ${outDir}`);
}

export async function serveBarePage(dir: string): Promise<BarePage> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '') || 'index.html');
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    dir,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
