import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportOptions } from '../../../src/export/exportOptions';
import type { ExportJobState } from '../../../src/export/printData';
import { api } from '../../api/client';
import { toDescribableError, type DescribableError } from '../../i18n/describeError';

const POLL_MS = 250;
const FINISHED: ReadonlySet<ExportJobState['phase']> = new Set(['done', 'failed', 'cancelled']);

export interface ExportJobRequest {
  projectId: string;
  mapId: string;
  options: ExportOptions;
  path: string;
}

/** How an export ended, for the caller's message. */
export type ExportOutcome = { kind: 'done'; state: ExportJobState } | { kind: 'cancelled' } | { kind: 'failed'; error: DescribableError };

/**
 * Runs one export job in main: `export.start`, then `export.status` polled
 * until it finishes, so the progress dialog can show the phase and detail.
 * `cancel` asks main to stop (no file is written).
 */
export function useExportJob() {
  const [job, setJob] = useState<ExportJobState | null>(null);
  const jobId = useRef<string | null>(null);
  // Cancel pressed before main answered `export.start`: the job is cancelled as soon as its id is known.
  const cancelAsked = useRef(false);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const run = useCallback(async (request: ExportJobRequest): Promise<ExportOutcome> => {
    setJob({ jobId: '', phase: 'starting', progress: 0, detail: '' });
    cancelAsked.current = false;
    try {
      const started = await api.invoke('export.start', request);
      jobId.current = started.jobId;
      if (cancelAsked.current) await api.invoke('export.cancel', { jobId: started.jobId });
      let state = await api.invoke('export.status', { jobId: started.jobId });
      while (!FINISHED.has(state.phase) && alive.current) {
        setJob(state);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        state = await api.invoke('export.status', { jobId: started.jobId });
      }
      if (state.phase === 'done') return { kind: 'done', state };
      if (state.phase === 'cancelled' || !alive.current) return { kind: 'cancelled' };
      return { kind: 'failed', error: state.error ?? { code: 'INTERNAL', message: state.detail } };
    } catch (thrown) {
      return { kind: 'failed', error: toDescribableError(thrown) };
    } finally {
      jobId.current = null;
      if (alive.current) setJob(null);
    }
  }, []);

  const cancel = useCallback(() => {
    cancelAsked.current = true;
    const id = jobId.current;
    // The poll loop sees the 'cancelled' phase on its next status call and ends.
    if (id) void api.invoke('export.cancel', { jobId: id }).catch(() => undefined);
  }, []);

  return { job, run, cancel };
}
