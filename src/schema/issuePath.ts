/** Formats a zod issue path the way people read it, e.g. `maps[0].cards.c1.stageId`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    // Record keys come from user files; quote the ones that would make the path ambiguous.
    if (!/^[A-Za-z0-9_-]+$/.test(name)) return `${out}[${JSON.stringify(name)}]`;
    return out ? `${out}.${name}` : name;
  }, '');
}
