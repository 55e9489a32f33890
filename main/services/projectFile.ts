import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError, type ErrorCode } from '../../src/api/result';
import { latestVersion, newerVersionError, runMigrations } from './migrate';
import { MIGRATIONS } from './migrations';
import { assertNotOpen, markClosed, markOpen, realPathOf } from './openFiles';

/** `PRAGMA application_id` of every Journey Studio project: "JSTM" in ASCII. */
export const APPLICATION_ID = 0x4a53544d;
export const PROJECT_EXTENSION = '.cjm';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** Byte offsets inside the 100-byte SQLite header. */
const USER_VERSION_OFFSET = 60;
const APPLICATION_ID_OFFSET = 68;
const SIDECARS = ['-wal', '-shm'] as const;

/** An open, locked, migrated project file. */
export interface ProjectDatabase {
  db: Database.Database;
  /** Absolute path as given (not resolved through symlinks), for display and recents. */
  path: string;
  realPath: string;
}

const fileError = (code: ErrorCode, file: string, message: string) =>
  new AppError(code, message.replace('{file}', `"${path.basename(file)}"`), { file: path.basename(file) });

const sqliteCode = (error: unknown): string | undefined =>
  error instanceof Database.SqliteError ? error.code : undefined;

/** Turns the SQLite errors an open can meet into the codes the UI explains. */
function openError(error: unknown, file: string): unknown {
  const code = sqliteCode(error);
  if (code === undefined) return error;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return fileError('LOCKED', file, '{file} is open in another Journey Studio window or program; close it there first.');
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return fileError('CORRUPT', file, `{file} is damaged (${error instanceof Error ? error.message : code}); open a backup or a saved copy instead.`);
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return fileError('READ_ONLY', file, '{file} cannot be written; Journey Studio saves every edit into the file. Make it writable or open a copy.');
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) {
    return fileError('IO', file, `{file} could not be opened (${code}); check the disk and the file's folder.`);
  }
  return error;
}

/** Root ignores permission bits, so the mode is checked as well as access(2). */
function isWritable(target: string): boolean {
  if ((fs.statSync(target).mode & 0o222) === 0) return false;
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function readHeader(file: string): Buffer {
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    return header.subarray(0, fs.readSync(fd, header, 0, 100, 0));
  } finally {
    fs.closeSync(fd);
  }
}

const existingSidecars = (file: string) => new Set(SIDECARS.filter((s) => fs.existsSync(file + s)));

/**
 * A read-only SQLite connection still creates empty -wal/-shm files next to a
 * WAL database; remove the ones this inspection created so a refused file is
 * left exactly as it was found. A non-empty -wal holds someone's data: kept.
 */
function removeCreatedSidecars(file: string, before: Set<string>): void {
  for (const suffix of SIDECARS) {
    if (before.has(suffix)) continue;
    const sidecar = file + suffix;
    try {
      if (suffix === '-shm' || fs.statSync(sidecar).size === 0) fs.rmSync(sidecar, { force: true });
    } catch {
      // Already gone.
    }
  }
}

/** Checks with a read-only connection what cannot be seen in the header: schema version and page integrity. */
function inspectWithSqlite(file: string): void {
  const before = existingSidecars(file);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
    const version = db.pragma('user_version', { simple: true }) as number;
    const latest = latestVersion(MIGRATIONS);
    if (version > latest) throw newerVersionError(file, version, latest);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw fileError('CORRUPT', file, `{file} is damaged (${String(check)}); open a backup or a saved copy instead.`);
  } catch (error) {
    throw openError(error, file);
  } finally {
    db?.close();
    removeCreatedSidecars(file, before);
  }
}

/**
 * Refuses, without writing anything, a file Journey Studio cannot open for
 * editing. Order: existence, content type, ownership, permissions, then what
 * only SQLite can tell (version, integrity, another process's lock).
 */
export function inspectProjectFile(file: string): void {
  if (!fs.existsSync(file)) throw fileError('NOT_FOUND', file, 'Project file {file} was not found.');
  if (fs.statSync(file).isDirectory()) throw fileError('NOT_SQLITE', file, '{file} is a folder, not a Journey Studio project file.');
  const header = readHeader(file);
  if (header.length < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
    throw fileError('NOT_SQLITE', file, '{file} is not a Journey Studio project (it is not an SQLite database).');
  }
  if (header.readUInt32BE(APPLICATION_ID_OFFSET) !== APPLICATION_ID) {
    throw fileError('NOT_A_PROJECT', file, '{file} is an SQLite database of another program, not a Journey Studio project.');
  }
  const latest = latestVersion(MIGRATIONS);
  const headerVersion = header.readUInt32BE(USER_VERSION_OFFSET);
  if (headerVersion > latest) throw newerVersionError(file, headerVersion, latest);
  if (!isWritable(file)) {
    throw fileError('READ_ONLY', file, '{file} is read-only; Journey Studio saves every edit into the file. Make it writable or open a copy.');
  }
  if (!isWritable(path.dirname(file))) {
    throw fileError('READ_ONLY', file, 'The folder of {file} is read-only; Journey Studio needs to write next to the file while it is open.');
  }
  inspectWithSqlite(file);
}

/**
 * Opens a connection that owns the file until closed.
 * Locking: `locking_mode=EXCLUSIVE` plus an immediate write transaction makes
 * SQLite hold an OS lock for the connection's lifetime. The OS drops it when
 * the process dies (even on SIGKILL), so unlike a lock file there is no stale
 * lock to detect, and any other process gets SQLITE_BUSY (-> LOCKED). In WAL
 * mode it also keeps the WAL index in heap memory, so no -shm file is used.
 * synchronous=FULL: every edit is committed on its own with no save button, so
 * a commit must survive power loss, not only an app crash; edits are small.
 */
function openLocked(file: string): Database.Database {
  const db = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.exec('BEGIN IMMEDIATE; COMMIT');
    return db;
  } catch (error) {
    db.close();
    throw openError(error, file);
  }
}

/** Opens an existing project for editing; `owner` is the handle recorded against ALREADY_OPEN. */
export function openProjectDatabase(file: string, owner: string): ProjectDatabase {
  const absolute = path.resolve(file);
  if (fs.existsSync(absolute)) assertNotOpen(realPathOf(absolute), absolute);
  inspectProjectFile(absolute);
  const realPath = realPathOf(absolute);
  const db = openLocked(absolute);
  try {
    runMigrations(db, absolute, MIGRATIONS);
  } catch (error) {
    db.close();
    throw openError(error, absolute);
  }
  markOpen(realPath, owner);
  return { db, path: absolute, realPath };
}

/** Checkpoints the WAL into the file and closes it, so the -wal file goes away. */
export function closeProjectDatabase(project: ProjectDatabase): void {
  markClosed(project.realPath);
  if (!project.db.open) return;
  try {
    project.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    project.db.close();
  }
  // Only a read-only inspection ever creates -shm (this app keeps the WAL
  // index in memory); once our exclusive lock is gone it is stale.
  fs.rmSync(project.path + '-shm', { force: true });
}

/**
 * Builds a new project file next to `file` under a temporary name and moves it
 * into place, so a half-written project never appears under the user's name.
 * `fill` adds content inside the same transaction as the project row.
 */
export function createProjectFile(file: string, fill: (db: Database.Database) => void): void {
  const absolute = path.resolve(file);
  if (fs.existsSync(absolute)) throw fileError('EXISTS', absolute, '{file} already exists; choose another name.');
  const folder = path.dirname(absolute);
  fs.mkdirSync(folder, { recursive: true });
  if (!isWritable(folder)) throw fileError('READ_ONLY', absolute, 'The folder for {file} is read-only; choose another folder.');
  const temp = path.join(folder, `.${path.basename(absolute)}.${process.pid}-${Date.now()}.creating`);
  try {
    const db = new Database(temp, { timeout: 0 });
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma(`application_id = ${APPLICATION_ID}`);
      runMigrations(db, absolute, MIGRATIONS);
      db.transaction(() => fill(db)).immediate();
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    if (fs.existsSync(absolute)) throw fileError('EXISTS', absolute, '{file} already exists; choose another name.');
    fs.renameSync(temp, absolute);
  } finally {
    for (const leftover of [temp, temp + '-wal', temp + '-shm']) fs.rmSync(leftover, { force: true });
  }
}
