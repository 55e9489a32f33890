import path from 'node:path';
import { FILE_EXTENSIONS } from '../../../src/api/contract';
import { AppError, ERROR_CODES, type ErrorCode } from '../../../src/api/result';
import type { ExportOptions } from '../../../src/export/exportOptions';
import type { ExportJobState } from '../../../src/export/printData';
import { newId } from '../../../src/model/ids';
import { writeFileAtomic } from '../atomicFile';
import type { PrintPageRenderer, RenderedFile } from './printPageRenderer';

/**
 * Export jobs: each renders the print view to a PDF, PNG or SVG off the
 * request that started it, reports its phase for a progress bar, and writes
 * the file atomically at the end, so a cancelled or failed job leaves no file
 * (and an older file of that name untouched).
 */

/** How long a finished job's state is kept for `export.status`. */
export const EXPORT_JOB_LIFETIME_MS = 30 * 60 * 1000;

export interface ExportJobSpec {
  projectId: string;
  mapId: string;
  options: ExportOptions;
  /** Absolute path asked for (an extension is added when it has none). */
  path: string;
}

interface ExportJob {
  state: ExportJobState;
  abort: AbortController;
  done: Promise<void>;
}

/**
 * The file the job writes: `file` with the format's extension added when it
 * has none; another extension is refused, since the file would not open as
 * what it claims to be (as table exports do, main/services/tableExport.ts).
 */
export function exportTarget(file: string, format: ExportOptions['format']): string {
  const expected = FILE_EXTENSIONS[format];
  const extension = path.extname(file);
  if (extension === '') return file + expected;
  if (extension.toLowerCase() !== expected) {
    const base = path.basename(file);
    throw new AppError('BAD_REQUEST', `"${base}" does not end with ${expected}; a ${format.toUpperCase()} export must be saved as a ${expected} file.`, {
      file: base,
      field: 'path',
      expected,
    });
  }
  return file;
}

const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);

/** A failure as the progress dialog shows it: an app error's code and message, else IO for the file system and INTERNAL for the rest. */
function failureOf(error: unknown, file: string): { code: string; message: string } {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof errno === 'string' && !isErrorCode(errno)) return { code: 'IO', message: `"${path.basename(file)}" could not be written: ${message}` };
  return { code: 'INTERNAL', message };
}

export type ExportJobs = ReturnType<typeof createExportJobs>;

/** The running and recently finished export jobs; `renderer()` is asked for the print-view renderer when a job starts. */
export function createExportJobs(renderer: () => PrintPageRenderer | null) {
  const jobs = new Map<string, ExportJob>();
  const timers = new Map<string, NodeJS.Timeout>();

  const expireLater = (jobId: string) => {
    const timer = setTimeout(() => {
      jobs.delete(jobId);
      timers.delete(jobId);
    }, EXPORT_JOB_LIFETIME_MS);
    timer.unref();
    timers.set(jobId, timer);
  };

  const get = (jobId: string): ExportJob => {
    const job = jobs.get(jobId);
    if (!job) throw new AppError('NOT_FOUND', `No export job has the id "${jobId}" (jobs are kept for 30 minutes); export again.`, { jobId });
    return job;
  };

  const update = (job: ExportJob, state: Partial<ExportJobState>) => {
    if (job.state.phase === 'cancelled') return;
    job.state = { ...job.state, ...state };
  };

  const run = async (job: ExportJob, spec: ExportJobSpec, target: string, printer: PrintPageRenderer): Promise<void> => {
    const { signal } = job.abort;
    try {
      update(job, { phase: 'rendering', progress: 0.05, detail: `Opening the print view in ${printer.name}` });
      const rendered: RenderedFile = await printer.render({
        projectId: spec.projectId,
        mapId: spec.mapId,
        options: spec.options,
        signal,
        onProgress: (fraction, detail) => update(job, { progress: 0.05 + 0.85 * Math.min(1, Math.max(0, fraction)), detail }),
      });
      if (signal.aborted) return;
      update(job, { phase: 'writing', progress: 0.9, detail: `Writing ${path.basename(target)}` });
      writeFileAtomic(target, rendered.bytes);
      update(job, {
        phase: 'done',
        progress: 1,
        detail: `Wrote ${path.basename(target)}`,
        path: target,
        bytes: rendered.bytes.byteLength,
        ...(rendered.pages === undefined ? {} : { pages: rendered.pages }),
      });
    } catch (error) {
      if (!signal.aborted) update(job, { phase: 'failed', error: failureOf(error, target), detail: '' });
    } finally {
      expireLater(job.state.jobId);
    }
  };

  return {
    /** Checks the path and that something can render, then runs the job in the background. */
    start(spec: ExportJobSpec): { jobId: string } {
      const target = exportTarget(spec.path, spec.options.format);
      const printer = renderer();
      if (!printer) throw new AppError('UNSUPPORTED', `Nothing here can render the print view, so no ${spec.options.format.toUpperCase()} can be made.`);
      const jobId = newId();
      const job: ExportJob = {
        state: { jobId, phase: 'starting', progress: 0, detail: '' },
        abort: new AbortController(),
        done: Promise.resolve(),
      };
      jobs.set(jobId, job);
      job.done = run(job, spec, target, printer);
      return { jobId };
    },
    status: (jobId: string): ExportJobState => get(jobId).state,
    /** Stops a job that has not finished; its file is never written. A finished job is left as it is. */
    cancel(jobId: string): ExportJobState {
      const job = get(jobId);
      if (job.state.phase === 'starting' || job.state.phase === 'rendering') {
        job.state = { ...job.state, phase: 'cancelled', detail: '' };
        job.abort.abort();
      }
      return job.state;
    },
    /** Waits for a job to settle (tests, the command line). */
    settled: (jobId: string): Promise<ExportJobState> => get(jobId).done.then(() => get(jobId).state),
    /** Cancels running jobs and waits for them. */
    async dispose(): Promise<void> {
      const running = [...jobs.values()];
      for (const job of running) job.abort.abort();
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      await Promise.all(running.map((job) => job.done));
      jobs.clear();
    },
  };
}
