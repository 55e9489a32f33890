/**
 * A file name for a new project, derived from its display name: letters of
 * any script (Chinese included), digits, spaces, "-", "_", "." and "()";
 * anything a filesystem might refuse becomes "-".
 */
const UNSAFE = /[^\p{L}\p{M}\p{N} ._()-]+/gu;
// Windows refuses these as file names whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_LENGTH = 80;

/** The file name (with ".cjm") a project called `name` gets by default. */
export function projectFileName(name: string, fallback = 'project'): string {
  let base = name.normalize('NFC').replace(UNSAFE, '-').replace(/\s+/g, ' ').replace(/-{2,}/g, '-');
  base = base.replace(/^[\s.-]+|[\s.-]+$/g, '');
  base = [...base].slice(0, MAX_LENGTH).join('').trimEnd();
  if (base === '') base = fallback;
  if (RESERVED.test(base)) base = `${base}_`;
  return `${base}.cjm`;
}
