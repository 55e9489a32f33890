import { createAppServices } from '../services/appServices';
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

/**
 * Runs Journey Studio for a browser on this machine: the app's handlers over
 * HTTP on 127.0.0.1 plus the renderer's files. `close()` stops listening and
 * closes every open project file.
 */
export const startHost = async (opts: HostOptions): Promise<RunningHost> => {
  const services = createAppServices({
    dataDir: opts.dataDir,
    projectsDir: opts.projectsDir,
    appVersion: opts.appVersion,
    host: 'browser',
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
    services.dispose();
    throw error;
  }
  return {
    ...host,
    close: async () => {
      await host.close();
      services.dispose();
    },
  };
};
