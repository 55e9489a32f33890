/**
 * Path helpers for the renderer, which has no Node `path` module. Paths come
 * from main, so they are POSIX ("/home/a") or Windows ("C:\\Users\\a"); the
 * separator is taken from the path itself.
 */

/** One clickable step of a path breadcrumb. */
export interface PathCrumb {
  label: string;
  path: string;
}

const separatorOf = (path: string): '/' | '\\' => (path.includes('\\') && !path.includes('/') ? '\\' : '/');

/** The folders from the root down to `path`, each with its own full path. */
export function pathCrumbs(path: string): PathCrumb[] {
  const sep = separatorOf(path);
  const parts = path.split(sep).filter((part) => part !== '');
  const crumbs: PathCrumb[] = [];
  const posixRoot = path.startsWith('/');
  if (posixRoot) crumbs.push({ label: '/', path: '/' });
  let current = posixRoot ? '' : undefined;
  for (const part of parts) {
    current = current === undefined ? (/^[A-Za-z]:$/.test(part) ? part + sep : part) : joinPath(current || sep, part);
    crumbs.push({ label: part, path: current });
  }
  return crumbs;
}

/** `dir` + `name` with one separator between them. */
export function joinPath(dir: string, name: string): string {
  const sep = separatorOf(dir);
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

/** The last part of a path ("/a/b/Journey.cjm" -> "Journey.cjm"). */
export function baseName(path: string): string {
  const parts = path.split(/[/\\]/).filter((part) => part !== '');
  return parts[parts.length - 1] ?? path;
}

/** `name` ending in `extension` (case-insensitive), adding it when missing. */
export function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(extension.toLowerCase()) ? name : name + extension;
}

/** `name` without `extension` at its end, if it has it. */
export function withoutExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(extension.toLowerCase()) ? name.slice(0, -extension.length) : name;
}
