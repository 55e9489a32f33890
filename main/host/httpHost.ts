import crypto from 'node:crypto';
import http from 'node:http';
import { TOKEN_HEADER } from '../../src/api/bridge';
import { fail, type ErrorCode, type Result } from '../../src/api/result';
import { securityHeaders } from './csp';

/** Largest accepted API request body; a map.apply of 1,000 commands fits well within it. */
export const MAX_BODY_BYTES = 20 * 1024 * 1024;

/** Serves every request that is not a POST under /api/ (the renderer's files, or Vite in dev). */
export type PageHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export interface HttpHostOptions {
  /** 0 or absent: a free port chosen by the OS. */
  port?: number;
  token?: string;
  csp: string;
  /** Runs one contract call; expected never to throw. */
  call(name: string, payload: unknown): Promise<Result<unknown>>;
  pages: PageHandler;
}

export interface RunningHost {
  /** The address to open, carrying the token (like Jupyter). */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** A fresh unguessable token per run: 32 random bytes, URL-safe. */
export const newToken = (): string => crypto.randomBytes(32).toString('base64url');

// Hash both sides so timingSafeEqual gets equal lengths and the length of the token leaks nothing.
const sameToken = (given: string, expected: string): boolean =>
  crypto.timingSafeEqual(crypto.createHash('sha256').update(given).digest(), crypto.createHash('sha256').update(expected).digest());

const sendJson = (res: http.ServerResponse, status: number, body: unknown): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
};

const refuse = (res: http.ServerResponse, status: number, code: ErrorCode, message: string): void => {
  if (status === 413) res.setHeader('Connection', 'close');
  sendJson(res, status, fail(code, message));
};

type Body = { ok: true; text: string } | { ok: false };

const readBody = (req: http.IncomingMessage, limit: number): Promise<Body> =>
  new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      // Past the limit the rest is drained and dropped so the client still gets its 413.
      if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? { ok: false } : { ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', () => resolve({ ok: false }));
  });

/**
 * Starts the HTTP transport of the API on 127.0.0.1. Every API request must
 * carry the run's token, come from a page of this host (Origin) and name this
 * host (Host, against DNS rebinding); pages are served by `opts.pages`.
 */
export const startHttpHost = async (opts: HttpHostOptions): Promise<RunningHost> => {
  const token = opts.token ?? newToken();
  const headers = securityHeaders(opts.csp);
  let port = 0;

  const handleApi = async (req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> => {
    const origin = req.headers.origin;
    if (origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
      return refuse(res, 403, 'UNSUPPORTED', `API calls are accepted only from pages of this host (Origin was ${origin ?? 'missing'}).`);
    }
    const given = req.headers[TOKEN_HEADER.toLowerCase()];
    if (typeof given !== 'string' || !sameToken(given, token)) {
      return refuse(res, 401, 'UNSUPPORTED', `Missing or wrong ${TOKEN_HEADER}; open the address the host printed.`);
    }
    const contentType = req.headers['content-type'] ?? '';
    if (!/^application\/json\s*(;|$)/i.test(contentType)) {
      return refuse(res, 415, 'BAD_REQUEST', `API calls must send Content-Type application/json, not "${contentType}".`);
    }
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      req.resume();
      return refuse(res, 413, 'BAD_REQUEST', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (!body.ok) return refuse(res, 413, 'BAD_REQUEST', `The request body is larger than ${MAX_BODY_BYTES} bytes or was cut off.`);

    let name: string;
    try {
      name = decodeURIComponent(pathname.slice('/api/'.length));
    } catch {
      return sendJson(res, 200, fail('BAD_REQUEST', `The call name in ${pathname} is not valid percent-encoding.`));
    }
    let payload: unknown;
    try {
      payload = JSON.parse(body.text);
    } catch (error) {
      return sendJson(res, 200, fail('BAD_REQUEST', `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`));
    }
    let result: Result<unknown>;
    try {
      result = await opts.call(name, payload);
    } catch (error) {
      result = fail('INTERNAL', `The call "${name}" failed unexpectedly: ${String(error)}`, { call: name });
    }
    sendJson(res, 200, result);
  };

  const server = http.createServer((req, res) => {
    for (const [key, value] of Object.entries(headers)) res.setHeader(key, value);
    const host = req.headers.host;
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Journey Studio answers only requests addressed to 127.0.0.1:${port} (Host was ${host ?? 'missing'}).`);
      return;
    }
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    // Only POSTs are calls: in dev, Vite serves the renderer's own source under /api/ (renderer/api/client.ts).
    const work = req.method === 'POST' && pathname.startsWith('/api/') ? handleApi(req, res, pathname) : opts.pages(req, res);
    Promise.resolve(work).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else refuse(res, 500, 'INTERNAL', `The host failed on ${pathname}: ${String(error)}`);
    });
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The browser host is not listening on a TCP port.');
  port = address.port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
