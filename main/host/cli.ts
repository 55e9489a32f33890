import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { defaultDataDir, defaultProjectsDir, type Env } from './dataDirs';
import { startHost } from './server';

export interface HostCliOptions {
  port: number;
  dataDir: string;
  projectsDir: string;
  json: boolean;
  open: boolean;
  help: boolean;
}

export const HOST_USAGE = `Usage: serve [options]
Runs Journey Studio for your browser at http://127.0.0.1:PORT (this machine only).

  --port N            port to listen on (default 0: any free port)
  --data-dir DIR      settings and recent projects (default: $JOURNEY_STUDIO_DATA_DIR or the OS app-data folder)
  --projects-dir DIR  where new projects go (default: $JOURNEY_STUDIO_PROJECTS_DIR or ~/Journey Studio)
  --json              print one JSON line {"url","port","token"} instead of a sentence
  --open              also open the address in the default browser
  --help              show this text`;

/** Parses the host's flags; throws an Error naming the bad flag. */
export const parseHostArgs = (argv: readonly string[], env: Env = process.env): HostCliOptions => {
  const options: HostCliOptions = {
    port: 0,
    dataDir: defaultDataDir(env),
    projectsDir: defaultProjectsDir(env),
    json: false,
    open: env.JOURNEY_STUDIO_OPEN === '1',
    help: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i] ?? '';
    const [name, inline] = flag.startsWith('--') && flag.includes('=') ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)] : [flag, undefined];
    const value = (): string => {
      const next = inline ?? argv[(i += 1)];
      if (next === undefined || next === '') throw new Error(`${name} needs a value.`);
      return next;
    };
    if (name === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535.`);
      options.port = port;
    } else if (name === '--data-dir') options.dataDir = path.resolve(value());
    else if (name === '--projects-dir') options.projectsDir = path.resolve(value());
    else if (name === '--json') options.json = true;
    else if (name === '--open') options.open = true;
    else if (name === '--help' || name === '-h') options.help = true;
    else throw new Error(`Unknown option "${flag}". Try --help.`);
  }
  return options;
};

/** Opens a URL with the desktop's default browser, without waiting for it. */
export const openInBrowser = (url: string): void => {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.error(`Could not open a browser; open ${url} yourself.`));
  child.unref();
};

/**
 * Runs the browser host from the command line until SIGINT/SIGTERM, then
 * closes every project file cleanly. Shared by `serve` and by `start`'s fallback.
 */
export const runHostCli = async (argv: readonly string[], staticDir: string, appVersion: string): Promise<void> => {
  let options: HostCliOptions;
  try {
    options = parseHostArgs(argv);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    console.log(HOST_USAGE);
    return;
  }
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    console.error(`The app's pages are not built (${path.join(staticDir, 'index.html')} is missing): run npm run build first.`);
  }
  const host = await startHost({ port: options.port, dataDir: options.dataDir, projectsDir: options.projectsDir, staticDir, appVersion });
  if (options.json) console.log(JSON.stringify({ url: host.url, port: host.port, token: host.token }));
  else console.log(`Journey Studio is running at ${host.url} (press Ctrl+C to stop).`);
  if (options.open) openInBrowser(host.url);

  let stopping = false;
  const stop = (): void => {
    if (stopping) process.exit(1);
    stopping = true;
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Journey Studio did not stop cleanly: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};
