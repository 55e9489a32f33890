import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CallName, CallRequest, CallResponse, Handlers } from '../../src/api/contract';
import type { OpenProject } from '../../src/model/project';
import { startHost } from '../host/server';
import { createAppServices } from '../services/appServices';
import { dispatch } from '../services/dispatch';
import { CliError, EXIT, fromApiError } from './cliErrors';

/** Where a command writes and what it runs against; tests pass their own. */
export interface CliContext {
  /** Data (tables, JSON) for stdout. */
  out(text: string): void;
  /** Messages and progress for stderr. */
  err(text: string): void;
  /** True when stderr is a terminal: progress lines are drawn only there. */
  progress: boolean;
  /** Relative paths in arguments are taken from here. */
  cwd: string;
  /** The built renderer (dist/renderer), whose print view PDF, PNG and SVG exports render. */
  staticDir: string;
  version: string;
}

/** The app's handlers for one command, with the project files it opened. */
export interface CliSession {
  /** A call through the same dispatcher as the app (requests checked by the contract); failures throw a CliError. */
  call<K extends CallName>(name: K, request: CallRequest<K>): Promise<CallResponse<K>>;
  /** Opens a project file; exit 3 when it is missing or not a project. */
  openProject(file: string): Promise<OpenProject>;
  /** Closes every project it opened (and the host, if any) and removes its temporary settings folder. */
  close(): Promise<void>;
  /** Registers how to stop the running job on Ctrl+C; returns the unregistration. */
  onInterrupt(stop: () => Promise<unknown>): () => void;
  /** True once Ctrl+C was pressed; long work checks it and ends with exit 130. */
  readonly interrupted: boolean;
}

interface SessionOptions {
  /** PDF, PNG and SVG: run the browser host so headless Chromium can load the print view. */
  printView: boolean;
}

/** The session as withSession holds it: it also relays Ctrl+C. */
type RunningSession = CliSession & { interrupt(): void };

/** The app's handlers: in a browser host (whose print view Chromium loads) or on their own. */
async function startHandlers(ctx: CliContext, options: SessionOptions, dataDir: string): Promise<{ handlers: Handlers; stop(): Promise<void> }> {
  if (options.printView) {
    const host = await startHost({ port: 0, dataDir, projectsDir: ctx.cwd, staticDir: ctx.staticDir, appVersion: ctx.version });
    return { handlers: host.handlers, stop: () => host.close() };
  }
  const services = createAppServices({ dataDir, projectsDir: ctx.cwd, appVersion: ctx.version, host: 'browser' });
  return { handlers: services.handlers, stop: () => services.dispose() };
}

/**
 * The same handlers the app uses, with a throwaway settings folder so a
 * pipeline never touches the user's settings or recent projects. Relative
 * paths resolve from the working directory (the handlers' projects folder).
 */
async function openSession(ctx: CliContext, options: SessionOptions): Promise<RunningSession> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-cli-'));
  const removeData = () => fs.rmSync(dataDir, { recursive: true, force: true });
  let started: Awaited<ReturnType<typeof startHandlers>>;
  try {
    started = await startHandlers(ctx, options, dataDir);
  } catch (error) {
    removeData();
    throw error;
  }
  const { handlers, stop } = started;

  const call = async <K extends CallName>(name: K, request: CallRequest<K>): Promise<CallResponse<K>> => {
    const reply = await dispatch(handlers, name, request);
    if (!reply.ok) throw fromApiError(reply.error);
    return reply.value as CallResponse<K>;
  };

  const stops = new Set<() => Promise<unknown>>();
  let interrupted = false;

  return {
    call,
    get interrupted() {
      return interrupted;
    },
    onInterrupt(stop) {
      stops.add(stop);
      return () => stops.delete(stop);
    },
    interrupt() {
      interrupted = true;
      for (const stop of stops) void stop().catch(() => undefined);
    },
    async openProject(file) {
      const absolute = path.resolve(ctx.cwd, file);
      if (!fs.existsSync(absolute)) throw new CliError(EXIT.notFound, `Project file not found: ${absolute}`);
      if (fs.statSync(absolute).isDirectory()) throw new CliError(EXIT.notFound, `${absolute} is a folder, not a project file.`);
      return call('project.open', { path: absolute });
    },
    async close() {
      try {
        await stop();
      } finally {
        removeData();
      }
    },
  };
}

/**
 * Runs `work` in a session and always closes it, so project files are
 * checkpointed and unlocked and no temporary folder is left. The first Ctrl+C
 * stops the running job (no half-written file) and ends with exit 130; a
 * second one quits at once.
 */
export async function withSession<T>(ctx: CliContext, options: SessionOptions, work: (session: CliSession) => Promise<T>): Promise<T> {
  let session: RunningSession | null = null;
  let pressed = false;
  const onSigint = () => {
    if (pressed) process.exit(EXIT.interrupted);
    pressed = true;
    ctx.err('\nInterrupted: stopping and closing the project…\n');
    session?.interrupt();
  };
  process.on('SIGINT', onSigint);
  try {
    session = await openSession(ctx, options);
    if (pressed) session.interrupt();
    try {
      const result = await work(session);
      if (session.interrupted) throw new CliError(EXIT.interrupted, 'Interrupted.');
      return result;
    } finally {
      await session.close();
    }
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
