import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { ProjectStore } from '../../../main/services/projectStore';

/** A fresh temporary folder; call `remove()` in afterEach. */
export function tempDir(prefix = 'journey-main-'): { dir: string; file(name: string): string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    file: (name) => path.join(dir, name),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** sha256 of a file's bytes, to prove a refused file was not touched. */
export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Names of the files in `dir`, sorted. */
export const listing = (dir: string): string[] => fs.readdirSync(dir).sort();

/**
 * A fresh temp folder for each test of the calling `describe`, and `track` for
 * the project stores it opens: after each test the stores are closed and the
 * folder removed.
 */
export function useProjectFiles(): {
  readonly dir: string;
  file(name: string): string;
  track(store: ProjectStore): ProjectStore;
  /** Closes the tracked stores now (to read their files from outside). */
  closeAll(): void;
} {
  let temp: ReturnType<typeof tempDir>;
  const open: ProjectStore[] = [];
  const closeAll = () => {
    for (const store of open.splice(0)) store.close();
  };
  beforeEach(() => (temp = tempDir()));
  afterEach(() => {
    closeAll();
    temp.remove();
  });
  return {
    get dir() {
      return temp.dir;
    },
    file: (name) => temp.file(name),
    track: (store) => (open.push(store), store),
    closeAll,
  };
}
