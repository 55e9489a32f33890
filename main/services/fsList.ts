import fs from 'node:fs';
import path from 'node:path';
import type { DirListing } from '../../src/api/contract';
import { AppError } from '../../src/api/result';
import { PROJECT_EXTENSION } from './projectFile';

/**
 * The folders and project files inside `folder`, for the browser host's own
 * file picker: hidden entries skipped, folders first, then by name.
 */
export function listFolder(folder: string): DirListing {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const base = path.basename(folder) || folder;
    if (code === 'ENOENT') throw new AppError('NOT_FOUND', `Folder "${base}" was not found.`, { file: base });
    if (code === 'ENOTDIR') throw new AppError('BAD_REQUEST', `"${base}" is not a folder.`, { file: base });
    throw error;
  }
  const kindOf = (entry: fs.Dirent): 'dir' | 'project' | undefined => {
    const full = path.join(folder, entry.name);
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isDir = fs.statSync(full).isDirectory();
      } catch {
        return undefined;
      }
    }
    if (isDir) return 'dir';
    return entry.name.toLowerCase().endsWith(PROJECT_EXTENSION) ? 'project' : undefined;
  };
  const listed = entries
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const kind = kindOf(entry);
      return kind ? [{ name: entry.name, path: path.join(folder, entry.name), kind }] : [];
    })
    .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'dir' ? -1 : 1));
  const parent = path.dirname(folder);
  return { path: folder, parent: parent === folder ? null : parent, entries: listed };
}
