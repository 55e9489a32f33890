import { parentPort, workerData } from 'node:worker_threads';
import type { ImportMapping, ImportParseResult, ReadOptions } from '../../../src/import/mapping';
import { transferList, type PackedRecords } from './packedRecords';
import { parseFilePacked } from './sources';

/**
 * The import worker: reads and maps one whole file off the main thread (which
 * in Electron also serves the window), reports progress, and hands back the
 * records packed in transferable columns. Terminating it cancels the import.
 */

export interface WorkerInput {
  path: string;
  read: ReadOptions;
  mapping: ImportMapping;
}

export type WorkerMessage =
  | { type: 'progress'; bytesRead: number; totalBytes: number; rowsRead: number }
  | { type: 'done'; result: { summary: ImportParseResult; packed: PackedRecords; sheet: string | null } }
  | { type: 'error'; code: string; message: string };

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer);

async function run({ path, read, mapping }: WorkerInput): Promise<void> {
  try {
    const result = await parseFilePacked(path, mapping, { ...read, onProgress: (progress) => post({ type: 'progress', ...progress }) });
    post({ type: 'done', result }, transferList(result.packed));
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'BAD_FILE';
    post({ type: 'error', code, message: error instanceof Error ? error.message : String(error) });
  }
}

void run(workerData as WorkerInput);
