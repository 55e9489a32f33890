import type { Handlers } from '../../src/api/contract';
import { createAppServices } from '../services/appServices';
import { createChromiumRenderer } from '../services/export/chromiumRenderer';
import type { PrintPageRenderer } from '../services/export/printPageRenderer';
import { dispatch } from '../services/dispatch';
import { CONTENT_SECURITY_POLICY } from './csp';
import { startHttpHost, type PageHandler, type RunningHost } from './httpHost';
import { staticPages } from './staticFiles';

export interface HostOptions {
  /** 0 or absent: a free port chosen by the OS. */
  port?: number;
  dataDir: string;
  projectsDir: string;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  appVersion: string;
  token?: string;
  /** Replaces the static files (npm run dev serves Vite here), with the CSP that fits it. */
  pages?: { handler: PageHandler; csp: string };
}

/** A running host and the handlers behind it (the command line calls them in-process, e.g. export.start). */
export type RunningHostWithHandlers = RunningHost & { handlers: Handlers };

/**
 * Runs Journey Studio for a browser on this machine: the app's handlers over
 * HTTP on 127.0.0.1 plus the renderer's files. PDF, PNG and SVG exports open
 * this host's own print view in headless Chromium (started on the first
 * export). `close()` stops listening, closes the browser and every open project file.
 */
export const startHost = async (opts: HostOptions): Promise<RunningHostWithHandlers> => {
  // The print view's address is known only once the server listens.
  let listening: RunningHost | null = null;
  let printer: PrintPageRenderer | null = null;
  const printRenderer = (): PrintPageRenderer | null => {
    const running = listening;
    if (!running) return null;
    printer ??= createChromiumRenderer({ address: () => ({ origin: `http://127.0.0.1:${running.port}`, token: running.token }) });
    return printer;
  };
  const services = createAppServices({
    dataDir: opts.dataDir,
    projectsDir: opts.projectsDir,
    appVersion: opts.appVersion,
    host: 'browser',
    printRenderer,
  });
  let host: RunningHost;
  try {
    host = await startHttpHost({
      port: opts.port,
      token: opts.token,
      csp: opts.pages?.csp ?? CONTENT_SECURITY_POLICY,
      pages: opts.pages?.handler ?? staticPages(opts.staticDir),
      call: (name, payload) => dispatch(services.handlers, name, payload),
    });
  } catch (error) {
    await services.dispose();
    throw error;
  }
  listening = host;
  return {
    ...host,
    handlers: services.handlers,
    close: async () => {
      await host.close();
      await services.dispose();
      await printer?.dispose();
    },
  };
};
