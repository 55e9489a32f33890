import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportJobResult, ImportJobState } from '../../../src/api/contract';
import { AppError, ERROR_CODES, type ErrorCode } from '../../../src/api/result';
import type { ImportMapping, ReadOptions } from '../../../src/import/mapping';
import { newId } from '../../../src/model/ids';
import type { CompactPlan } from './compactPlan';
import type { HeldRecords, PlannerMessage, PlanRequest, ReaderMessage, WorkerInput } from './importWorker';
import { transferList, type PackedMetrics } from './packedRecords';

/**
 * Import jobs: each parses its file in a reader worker and, when ready, keeps
 * the packed records until it is committed, cancelled or expires: a
 * transition log's in main; a metrics file's move, at the first diff or
 * commit, into a planner worker of the job, which plans from them (a
 * commit's plan brings them back, and the planner stops).
 */

/** How long a finished job (and a ready job's records) is kept. */
export const JOB_LIFETIME_MS = 30 * 60 * 1000;

export interface ImportJobSpec {
  projectId: string;
  mapId: string;
  path: string;
  read: ReadOptions;
  mapping: ImportMapping;
  presetId?: string;
}

export interface ImportJob {
  readonly jobId: string;
  readonly spec: ImportJobSpec;
  readonly fileName: string;
  state: ImportJobState;
  /** While ready: the records (or, once its planner holds them, their count), until commit, cancel or expiry. */
  packed?: HeldRecords;
  /** Once read: the workbook sheet the rows came from (the first when the read options named none); null for CSV/TSV. */
  sheet?: string | null;
  /** Computed once when the job is first seen ready. */
  suggestedMatches?: ImportJobState['suggestedMatches'];
}

/**
 * The worker: the bundled importWorker.mjs next to the running bundle (in a
 * packaged app the copy electron-builder unpacks beside app.asar, since a
 * worker is started from a real file), else
 * (tests, dev) the TypeScript source loaded through tsx's loader, which the
 * worker registers itself (Node 20 does not pass `--import` hooks to workers).
 */
function createWorker(workerData: WorkerInput, transferList: ArrayBuffer[] = []): Worker {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundled = path.join(here, 'importWorker.mjs');
  const unpacked = bundled.replace(/app\.asar(?=[\\/])/, 'app.asar.unpacked');
  if (unpacked !== bundled && fs.existsSync(unpacked)) return new Worker(unpacked, { workerData, transferList });
  if (fs.existsSync(bundled)) return new Worker(bundled, { workerData, transferList });
  const source = pathToFileURL(path.join(here, 'importWorker.ts')).href;
  const tsxApi = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true, workerData, transferList });
}

const isErrorCode = (code: string): code is ErrorCode => (ERROR_CODES as readonly string[]).includes(code);

/** A worker failure as the user sees it: an app error code, and a message that names the file. */
function failure(code: string, message: string, fileName: string): { code: ErrorCode; message: string } {
  const appCode: ErrorCode = isErrorCode(code) ? code : code === 'ENOENT' ? 'NOT_FOUND' : code === 'EACCES' || code === 'EISDIR' ? 'IO' : 'BAD_FILE';
  return { code: appCode, message: message.includes(fileName) ? message : `"${fileName}": ${message}` };
}

export type ImportJobs = ReturnType<typeof createImportJobs>;

export function createImportJobs() {
  const jobs = new Map<string, ImportJob>();
  const workers = new Map<string, Worker>();
  const timers = new Map<string, NodeJS.Timeout>();

  /** Plans asked of a worker and not answered yet, by job. */
  const pending = new Map<string, Map<number, { resolve: (plan: CompactPlan) => void; reject: (error: Error) => void }>>();
  let nextPlan = 1;

  const expireLater = (jobId: string) => {
    clearTimeout(timers.get(jobId));
    const timer = setTimeout(() => {
      jobs.delete(jobId);
      timers.delete(jobId);
      stopWorker(jobId);
    }, JOB_LIFETIME_MS);
    timer.unref();
    timers.set(jobId, timer);
  };

  /** Plans still unanswered fail with `message`. */
  const dropPlans = (jobId: string, fileName: string, message: string) => {
    const waiting = pending.get(jobId);
    pending.delete(jobId);
    for (const { reject } of waiting?.values() ?? []) reject(new AppError('UNSUPPORTED', `The import of "${fileName}" ${message}.`, { file: fileName, jobId }));
  };

  const stopWorker = (jobId: string) => {
    const worker = workers.get(jobId);
    workers.delete(jobId);
    if (worker) void worker.terminate();
  };

  const finish = (job: ImportJob, state: Partial<ImportJobState>) => {
    job.state = { ...job.state, ...state };
    stopWorker(job.jobId);
    dropPlans(job.jobId, job.fileName, `is ${job.state.phase}`);
    expireLater(job.jobId);
  };

  /** The job's planner: a worker that takes its metric records (transferred, not copied) and answers plan requests. */
  const startPlanner = (job: ImportJob, records: PackedMetrics): Worker => {
    const { jobId, fileName } = job;
    const worker = createWorker({ records }, transferList(records));
    job.packed = { kind: 'metrics', length: records.length, planner: true };
    workers.set(jobId, worker);
    worker.on('message', (message: PlannerMessage) => {
      const waiting = pending.get(jobId)?.get(message.id);
      pending.get(jobId)?.delete(message.id);
      if (message.type === 'planned') {
        // A commit's plan brings the records back: the planner goes, so its heap is freed before the write.
        if (message.records) {
          job.packed = message.records;
          stopWorker(jobId);
        }
        waiting?.resolve(message.plan);
      } else waiting?.reject(new AppError(isErrorCode(message.code) ? message.code : 'INTERNAL', message.message, { file: fileName, jobId }));
    });
    worker.on('error', (error) => dropPlans(jobId, fileName, `could not be planned (${error.message})`));
    worker.on('exit', (code) => {
      if (workers.get(jobId) === worker) workers.delete(jobId);
      dropPlans(jobId, fileName, `stopped (its planner exited with code ${code})`);
      if (job.state.phase === 'ready') {
        job.packed = undefined;
        finish(job, { phase: 'failed', error: failure('INTERNAL', `its records were lost (the planner exited with code ${code}); start the import again`, fileName) });
      }
    });
    return worker;
  };

  const get = (jobId: string): ImportJob => {
    const job = jobs.get(jobId);
    if (!job) throw new AppError('NOT_FOUND', `No import job has the id "${jobId}" (jobs are kept for 30 minutes); start the import again.`, { jobId });
    return job;
  };

  return {
    start(spec: ImportJobSpec): ImportJob {
      const jobId = newId();
      const fileName = path.basename(spec.path);
      let totalBytes: number;
      try {
        totalBytes = fs.statSync(spec.path).size;
      } catch {
        throw new AppError('NOT_FOUND', `"${fileName}" does not exist or cannot be read.`, { file: fileName });
      }
      const job: ImportJob = { jobId, spec, fileName, state: { jobId, phase: 'reading', bytesRead: 0, totalBytes, rowsRead: 0 } };
      jobs.set(jobId, job);
      const worker = createWorker({ path: spec.path, read: spec.read, mapping: spec.mapping });
      workers.set(jobId, worker);
      worker.on('message', (message: ReaderMessage) => {
        if (job.state.phase !== 'reading') return;
        if (message.type === 'progress') {
          job.state = { ...job.state, bytesRead: message.bytesRead, totalBytes: message.totalBytes || job.state.totalBytes, rowsRead: message.rowsRead };
        } else if (message.type === 'done') {
          const { packed, summary, sheet } = message.result;
          job.packed = packed;
          job.sheet = sheet;
          const result = (summary.kind === 'metrics'
            ? (({ records: _records, ...rest }) => rest)(summary)
            : (({ transitions: _transitions, ...rest }) => rest)(summary)) satisfies ImportJobResult;
          finish(job, { phase: 'ready', bytesRead: job.state.totalBytes, rowsRead: summary.rowsRead, result });
        } else {
          finish(job, { phase: 'failed', error: failure(message.code, message.message, fileName) });
        }
      });
      worker.on('error', (error) => {
        if (job.state.phase === 'reading') finish(job, { phase: 'failed', error: failure('BAD_FILE', error.message, fileName) });
      });
      worker.on('exit', (code) => {
        if (workers.get(jobId) === worker) workers.delete(jobId);
        if (job.state.phase === 'reading') finish(job, { phase: 'failed', error: failure('INTERNAL', `reading stopped unexpectedly (exit code ${code})`, fileName) });
      });
      return job;
    },
    get,
    /** The plan of a ready metrics job's records against the stored values, computed by its planner (started at the first plan). */
    plan(job: ImportJob, request: Omit<PlanRequest, 'type' | 'id'>): Promise<CompactPlan> {
      const held = job.packed;
      const worker = held && 'planner' in held ? workers.get(job.jobId) : held?.kind === 'metrics' ? startPlanner(job, held) : undefined;
      if (!worker) {
        return Promise.reject(new AppError('UNSUPPORTED', `The import of "${job.fileName}" is ${job.state.phase}, not ready to commit.`, { file: job.fileName, jobId: job.jobId }));
      }
      const id = nextPlan++;
      return new Promise<CompactPlan>((resolve, reject) => {
        let waiting = pending.get(job.jobId);
        if (!waiting) pending.set(job.jobId, (waiting = new Map()));
        waiting.set(id, { resolve, reject });
        worker.postMessage({ type: 'plan', id, ...request } satisfies PlanRequest);
      });
    },
    /** While a commit writes: the job is no longer ready (no second commit, no cancel), its progress shows in its state. */
    committing(job: ImportJob, written: number, total: number): void {
      job.state = { ...job.state, phase: 'committing', commit: { written, total } };
    },
    /** A commit that failed leaves the job ready to try again (failed when its planner, holding the records, is gone). */
    commitFailed(job: ImportJob): void {
      if (job.state.phase !== 'committing') return;
      const { commit: _commit, ...state } = job.state;
      job.state = { ...state, phase: 'ready' };
      if (job.packed && 'planner' in job.packed && !workers.has(job.jobId)) {
        job.packed = undefined;
        finish(job, { phase: 'failed', error: failure('INTERNAL', 'its records were lost (the planner stopped); start the import again', job.fileName) });
      }
    },
    /** Stops a reading job (its worker is terminated) or drops a ready one; nothing of it was written. */
    cancel(jobId: string): ImportJob {
      const job = get(jobId);
      if (job.state.phase === 'reading' || job.state.phase === 'ready') {
        job.packed = undefined;
        finish(job, { phase: 'cancelled' });
      }
      return job;
    },
    /** After a commit the records go; the state stays for a while so a late `import.status` still answers. */
    committed(job: ImportJob): void {
      job.packed = undefined;
      const { commit: _commit, ...state } = job.state;
      job.state = state;
      finish(job, { phase: 'committed' });
    },
    /** Resolves when no worker is running (tests and shutdown). */
    async dispose(): Promise<void> {
      const running = [...workers.values()];
      workers.clear();
      for (const [jobId, job] of jobs) dropPlans(jobId, job.fileName, 'stopped: the app is closing');
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      jobs.clear();
      await Promise.all(running.map((worker) => worker.terminate()));
    },
  };
}
