import { parentPort, workerData } from 'node:worker_threads';
import type { ImportMatches } from '../../../src/api/contract';
import type { ImportMapping, ImportParseResult, ReadOptions } from '../../../src/import/mapping';
import type { MetricDefinition } from '../../../src/model/metrics';
import { packPlan, planTransferList, storedValues, type CompactPlan, type StoredColumns } from './compactPlan';
import { planMetrics } from './importPlan';
import { transferList, type PackedMetrics, type PackedRecords } from './packedRecords';
import { parseFilePacked } from './sources';

/**
 * The import worker, in one of two roles (each its own thread, so the
 * parser's heap is gone before planning starts):
 *  - reader: reads and maps one whole file off the main thread (which in
 *    Electron also serves the window), reports progress, and hands back the
 *    records packed in transferable columns. Terminating it cancels the import.
 *  - planner: holds a metrics job's records (transferred to it); main asks it
 *    for the plan of a diff or commit (matching, combining, comparing with the
 *    stored values) and gets back the rows to write in transferable columns,
 *    with a commit's plan the records too.
 */

export type WorkerInput = { path: string; read: ReadOptions; mapping: ImportMapping } | { records: PackedMetrics };

/** The records main keeps: a file's until a planner takes a metrics file's (then only their count). */
export type HeldRecords = PackedRecords | { kind: 'metrics'; length: number; planner: true };

export interface PlanRequest {
  type: 'plan';
  id: number;
  matches: ImportMatches;
  definitions: MetricDefinition[];
  stored: StoredColumns;
  previousImportId: string | null;
  /** A commit's plan: the records come back with it (the planner is then stopped, its heap freed before the write). */
  release: boolean;
}

/** What a reader sends. */
export type ReaderMessage =
  | { type: 'progress'; bytesRead: number; totalBytes: number; rowsRead: number }
  | { type: 'done'; result: { summary: ImportParseResult; packed: PackedRecords; sheet: string | null } }
  | { type: 'error'; code: string; message: string };

/** What a planner answers a PlanRequest. */
export type PlannerMessage =
  | { type: 'planned'; id: number; plan: CompactPlan; records?: PackedMetrics }
  | { type: 'planFailed'; id: number; code: string; message: string };

const post = (message: ReaderMessage | PlannerMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer);

const codeOf = (error: unknown, fallback: string): string =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : fallback;

function servePlans(packed: PackedMetrics): void {
  parentPort?.on('message', (request: PlanRequest) => {
    try {
      const plan = planMetrics(packed, request.matches, request.definitions, storedValues(request.stored), request.previousImportId);
      const compact = packPlan(plan);
      if (request.release) post({ type: 'planned', id: request.id, plan: compact, records: packed }, [...planTransferList(compact), ...transferList(packed)]);
      else post({ type: 'planned', id: request.id, plan: compact }, planTransferList(compact));
    } catch (error) {
      post({ type: 'planFailed', id: request.id, code: codeOf(error, 'INTERNAL'), message: error instanceof Error ? error.message : String(error) });
    }
  });
}

async function read(path: string, options: ReadOptions, mapping: ImportMapping): Promise<void> {
  try {
    const result = await parseFilePacked(path, mapping, { ...options, onProgress: (progress) => post({ type: 'progress', ...progress }) });
    post({ type: 'done', result }, transferList(result.packed));
  } catch (error) {
    post({ type: 'error', code: codeOf(error, 'BAD_FILE'), message: error instanceof Error ? error.message : String(error) });
  }
}

const input = workerData as WorkerInput;
if ('records' in input) servePlans(input.records);
else void read(input.path, input.read, input.mapping);
