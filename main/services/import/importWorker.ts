import { parentPort, workerData } from 'node:worker_threads';
import type { ImportMatches } from '../../../src/api/contract';
import type { ImportMapping, ImportParseResult, ReadOptions } from '../../../src/import/mapping';
import type { MetricDefinition } from '../../../src/model/metrics';
import { packPlan, planTransferList, storedValues, type CompactPlan, type StoredColumns } from './compactPlan';
import { planMetrics } from './importPlan';
import type { PackedMetrics, PackedTransitions } from './packedRecords';
import { parseFilePacked } from './sources';

/**
 * The import worker: reads and maps one whole file off the main thread (which
 * in Electron also serves the window), reports progress, and then keeps a
 * metrics file's records until the job ends: main asks it for the plan of a
 * diff or commit (matching, combining, comparing with the stored values) and
 * gets back the rows to write in transferable columns. A transition log's
 * records go to main. Terminating the worker cancels the import.
 */

export interface WorkerInput {
  path: string;
  read: ReadOptions;
  mapping: ImportMapping;
}

/** The records main keeps: a transition log's, or how many metric records the worker holds. */
export type HeldRecords = PackedTransitions | { kind: 'metrics'; length: number };

export interface PlanRequest {
  type: 'plan';
  id: number;
  matches: ImportMatches;
  definitions: MetricDefinition[];
  stored: StoredColumns;
  previousImportId: string | null;
}

export type WorkerMessage =
  | { type: 'progress'; bytesRead: number; totalBytes: number; rowsRead: number }
  | { type: 'done'; result: { summary: ImportParseResult; held: HeldRecords; sheet: string | null } }
  | { type: 'error'; code: string; message: string }
  | { type: 'planned'; id: number; plan: CompactPlan }
  | { type: 'planFailed'; id: number; code: string; message: string };

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer);

const codeOf = (error: unknown, fallback: string): string =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : fallback;

function servePlans(packed: PackedMetrics): void {
  parentPort?.on('message', (request: PlanRequest) => {
    try {
      const plan = planMetrics(packed, request.matches, request.definitions, storedValues(request.stored), request.previousImportId);
      const compact = packPlan(plan);
      post({ type: 'planned', id: request.id, plan: compact }, planTransferList(compact));
    } catch (error) {
      post({ type: 'planFailed', id: request.id, code: codeOf(error, 'INTERNAL'), message: error instanceof Error ? error.message : String(error) });
    }
  });
}

async function run({ path, read, mapping }: WorkerInput): Promise<void> {
  try {
    const { packed, summary, sheet } = await parseFilePacked(path, mapping, { ...read, onProgress: (progress) => post({ type: 'progress', ...progress }) });
    if (packed.kind === 'metrics') {
      servePlans(packed);
      post({ type: 'done', result: { summary, held: { kind: 'metrics', length: packed.length }, sheet } });
    } else post({ type: 'done', result: { summary, held: packed, sheet } });
  } catch (error) {
    post({ type: 'error', code: codeOf(error, 'BAD_FILE'), message: error instanceof Error ? error.message : String(error) });
  }
}

void run(workerData as WorkerInput);
