import type { MapSummary } from '../../src/model/project';
import { CliError, EXIT, usageError } from './cliErrors';

/** Something a user names on the command line: a map, lane, stage or persona. */
interface Named {
  id: string;
  name: string;
}

const quoted = (items: readonly Named[]): string => (items.length === 0 ? '(none)' : items.map((item) => `"${item.name}"`).join(', '));

/** The item named `wanted`: exact name, then id, then a case-insensitive name that only one item has. */
function findNamed<T extends Named>(items: readonly T[], wanted: string): T | 'ambiguous' | undefined {
  const exact = items.filter((item) => item.name === wanted);
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return 'ambiguous';
  const byId = items.find((item) => item.id === wanted);
  if (byId) return byId;
  const folded = wanted.toLocaleLowerCase();
  const loose = items.filter((item) => item.name.toLocaleLowerCase() === folded);
  if (loose.length > 1) return 'ambiguous';
  return loose[0];
}

/**
 * The map `--map` names, or the only map when it names none. Unknown or
 * ambiguous names are usage errors that list the project's maps.
 */
export function resolveMap(maps: readonly MapSummary[], wanted: string | undefined, file: string): MapSummary {
  if (wanted === undefined) {
    if (maps.length === 1) return maps[0] as MapSummary;
    if (maps.length === 0) throw new CliError(EXIT.failed, `"${file}" has no maps.`);
    throw usageError(`"${file}" has ${maps.length} maps; choose one with --map. Maps: ${quoted(maps)}`);
  }
  const found = findNamed(maps, wanted);
  if (found === 'ambiguous') throw usageError(`More than one map of "${file}" is called "${wanted}"; use its id. Maps: ${maps.map((m) => `"${m.name}" (${m.id})`).join(', ')}`);
  if (!found) throw usageError(`No map called "${wanted}" in "${file}". Maps: ${quoted(maps)}`);
  return found;
}

/** Splits "A,B" (or the full-width "A，B") into trimmed names. */
export const splitList = (value: string): string[] =>
  value
    .split(/[,，]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/**
 * The ids of the items a list option names (by name or id), in the given
 * order; an unknown name is a usage error listing what there is.
 */
export function resolveNames(items: readonly Named[], wanted: readonly string[], what: { noun: string; flag: string; where: string }): string[] {
  return wanted.map((name) => {
    const found = findNamed(items, name);
    if (found === 'ambiguous') throw usageError(`${what.flag}: more than one ${what.noun} of ${what.where} is called "${name}"; use its id.`);
    if (!found) throw usageError(`${what.flag}: no ${what.noun} called "${name}" in ${what.where}. Available: ${quoted(items)}`);
    return found.id;
  });
}
