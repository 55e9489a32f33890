import fs from 'node:fs';
import path from 'node:path';
import { hasFileKindExtension, type DirListing, type FileKind } from '../../src/api/contract';
import { AppError } from '../../src/api/result';

type EntryKind = DirListing['entries'][number]['kind'];

/**
 * The folders and the files of `kind` inside `folder`, for the browser host's
 * own file picker: hidden entries skipped, folders first, then by name.
 */
export function listFolder(folder: string, kind: FileKind = 'project'): DirListing {
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
  const kindOf = (entry: fs.Dirent): EntryKind | undefined => {
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = fs.statSync(path.join(folder, entry.name));
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        return undefined;
      }
    }
    if (isDir) return 'dir';
    return isFile && hasFileKindExtension(entry.name, kind) ? kind : undefined;
  };
  const listed = entries
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const entryKind = kindOf(entry);
      return entryKind ? [{ name: entry.name, path: path.join(folder, entry.name), kind: entryKind }] : [];
    })
    .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'dir' ? -1 : 1));
  const parent = path.dirname(folder);
  return { path: folder, parent: parent === folder ? null : parent, entries: listed };
}
