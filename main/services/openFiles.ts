import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../src/api/result';

/**
 * Project files open in this process, keyed by real path so that two spellings
 * of one file (symlinks, "..", case-folding folders) count as the same file.
 */
const openFiles = new Map<string, string>();

/** The canonical key of an existing file. */
export function realPathOf(file: string): string {
  return fs.realpathSync.native(file);
}

/** Refuses a file that is already open here; `owner` is returned in params so the UI can switch to it. */
export function assertNotOpen(realPath: string, file: string): void {
  const owner = openFiles.get(realPath);
  if (owner === undefined) return;
  const base = path.basename(file);
  throw new AppError('ALREADY_OPEN', `"${base}" is already open in Journey Studio.`, { file: base, projectId: owner });
}

/** Records that `owner` (a project handle) has the file open. */
export function markOpen(realPath: string, owner: string): void {
  openFiles.set(realPath, owner);
}

/** Forgets a closed file. */
export function markClosed(realPath: string): void {
  openFiles.delete(realPath);
}
