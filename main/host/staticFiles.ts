import fs from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import type { PageHandler } from './httpHost';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The content type of a file name, by extension; unknown kinds are served as opaque bytes. */
export const contentTypeOf = (fileName: string): string =>
  CONTENT_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';

/**
 * Maps a URL path to a file strictly inside `rootDir`, or null. Percent-decoding
 * happens before the check so that "%2e%2e/" cannot climb out either.
 */
export const resolveStaticPath = (rootDir: string, urlPath: string): string | null => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  return resolved.startsWith(root + path.sep) ? resolved : null;
};

/** Reads a file to serve, or null when it does not exist or is not a regular file. */
export const readStaticFile = async (rootDir: string, urlPath: string): Promise<{ body: Buffer; contentType: string } | null> => {
  const file = resolveStaticPath(rootDir, urlPath);
  if (!file) return null;
  try {
    // realpath so that a symlink inside the folder cannot point outside it.
    const real = await fs.realpath(file);
    const realRoot = await fs.realpath(rootDir);
    if (!real.startsWith(realRoot + path.sep)) return null;
    const stat = await fs.stat(real);
    if (!stat.isFile()) return null;
    return { body: await fs.readFile(real), contentType: contentTypeOf(real) };
  } catch {
    return null;
  }
};

const notFound = (res: http.ServerResponse, status: number, text: string): void => {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
};

/** Serves the built renderer's files from `staticDir`, and nothing outside it. */
export const staticPages =
  (staticDir: string): PageHandler =>
  async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return notFound(res, 405, 'Only GET and HEAD are served here.');
    }
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const file = await readStaticFile(staticDir, pathname);
    if (!file) return notFound(res, 404, `Not found: ${pathname}`);
    res.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Length': String(file.body.length),
      // Hashed asset names may be cached; index.html must be revalidated so a rebuild shows at once.
      'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  };
