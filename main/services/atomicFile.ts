import fs from 'node:fs';
import path from 'node:path';

/**
 * Replaces `file` with `contents` so that a reader (or the next start after a
 * crash) sees either the old file or the whole new one, never a torn write:
 * write a temporary file in the same folder, flush it, rename over the target.
 */
export function writeFileAtomic(file: string, contents: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${Date.now()}.tmp`);
  try {
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeFileSync(fd, contents);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    // The temporary name means nothing to the person saving: report the file they chose.
    const failure = error as NodeJS.ErrnoException;
    if (failure.path === temp) failure.path = file;
    throw error;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
