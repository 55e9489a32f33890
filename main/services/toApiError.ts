import path from 'node:path';
import Database from 'better-sqlite3';
import type { ApiError, ErrorCode } from '../../src/api/result';
import { AppError } from '../../src/api/result';
import { CommandError } from '../../src/commands/errors';
import { DocumentError } from '../../src/schema/projectDocumentError';

const withParams = (code: ErrorCode, message: string, params?: Record<string, string>): ApiError =>
  params && Object.keys(params).length > 0 ? { code, message, params } : { code, message };

function sqliteError(error: InstanceType<typeof Database.SqliteError>): ApiError | undefined {
  const code = error.code;
  if (code.startsWith('SQLITE_READONLY')) return withParams('READ_ONLY', `The project file cannot be written: ${error.message}`);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return withParams('CORRUPT', `The project file is damaged: ${error.message}`);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return withParams('LOCKED', `The project file is in use by another program: ${error.message}`);
  }
  if (code.startsWith('SQLITE_FULL') || code.startsWith('SQLITE_IOERR')) return withParams('IO', `Could not write the project file: ${error.message}`);
  return undefined;
}

const FS_CODES: Record<string, ErrorCode> = {
  ENOENT: 'NOT_FOUND',
  EACCES: 'READ_ONLY',
  EPERM: 'READ_ONLY',
  EROFS: 'READ_ONLY',
  EEXIST: 'EXISTS',
  ENOSPC: 'IO',
  EIO: 'IO',
  EISDIR: 'IO',
  ENOTDIR: 'IO',
  ENAMETOOLONG: 'IO',
};

/**
 * What the renderer is told about a failure: errors with a known cause keep
 * their code and message; anything else is INTERNAL, its stack logged here and
 * never sent (it would only confuse a user and may reveal paths).
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) return withParams(error.code, error.message, error.params);
  if (error instanceof CommandError) return withParams('COMMAND_FAILED', error.message, error.params);
  if (error instanceof DocumentError) return withParams(error.code, error.message, error.params);
  if (error instanceof Database.SqliteError) {
    const mapped = sqliteError(error);
    if (mapped) return mapped;
  }
  const fsCode = (error as NodeJS.ErrnoException | undefined)?.code;
  if (error instanceof Error && typeof fsCode === 'string' && fsCode in FS_CODES) {
    const file = (error as NodeJS.ErrnoException).path;
    const base = file ? path.basename(file) : undefined;
    return withParams(FS_CODES[fsCode]!, base ? `Could not use "${base}" (${fsCode}).` : error.message, base ? { file: base } : undefined);
  }
  console.error('Unexpected error in a handler:', error instanceof Error ? error.stack : error);
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `Internal error: ${message}` };
}
