import { basename } from 'node:path';
import type { ImportInspection } from '../../../src/api/contract';
import { AppError } from '../../../src/api/result';

/** What the file readers share: formats, limits, and how failures become AppErrors. */

export type Format = ImportInspection['format'];

/** Rows shown by `inspectFile`. */
export const PREVIEW_ROWS = 200;
export const SAMPLE_BYTES = 64 * 1024;
export const PROGRESS_INTERVAL_MS = 100;

/** True when `bytes` begin with `magic`. */
export const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((byte, i) => bytes[i] === byte);

export const badFile = (path: string, detail: string, where = ''): AppError =>
  new AppError('BAD_FILE', `${basename(path)}${where} cannot be read as a spreadsheet: ${detail}`, { file: basename(path), detail });

export const cancelled = (path: string): AppError => new AppError('CANCELLED', `Reading ${basename(path)} was cancelled`, { file: basename(path) });

/** Any failure of a reader as an AppError: ours pass through, a missing file is NOT_FOUND, the rest BAD_FILE. */
export function asAppError(path: string, error: unknown, where = ''): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AppError('NOT_FOUND', `${basename(path)} does not exist`, { file: basename(path) });
  if (code === 'EISDIR') return badFile(path, 'it is a folder, not a file');
  if (code === 'EACCES' || code === 'EPERM') return badFile(path, 'permission denied');
  const detail = error instanceof Error ? error.message : String(error);
  return badFile(path, detail.slice(0, 200) || 'unknown error', where);
}

