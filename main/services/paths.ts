import os from 'node:os';
import path from 'node:path';
import { PROJECT_EXTENSION } from './projectFile';

/**
 * An absolute path from what a user or the renderer sent: a leading "~" is the
 * home folder and a relative path is taken inside `base` (the projects folder),
 * where a person typing a bare name expects the file to go.
 */
export function resolveUserPath(input: string, base: string): string {
  const trimmed = input.trim();
  const expanded =
    trimmed === '~' ? os.homedir() : /^~[/\\]/.test(trimmed) ? path.join(os.homedir(), trimmed.slice(2)) : trimmed;
  return path.resolve(base, expanded);
}

/** The path with `extension` appended unless it already ends with it (case-insensitive). */
export function withExtension(file: string, extension: string = PROJECT_EXTENSION): string {
  return file.toLowerCase().endsWith(extension) ? file : file + extension;
}
