import { MAP_STATUSES } from '../../../src/schema/journey';
import type { MapStatus } from '../../../src/model/journey';
import type { MapSummary } from '../../../src/model/project';

/** Orders the portfolio offers. */
export const MAP_SORTS = ['updated', 'name', 'status'] as const;
export type MapSort = (typeof MAP_SORTS)[number];

/** Persona names by id, so a search for "Lin" finds maps drawn for Lin. */
export type PersonaNames = ReadonlyMap<string, string>;

const byNewest = (a: MapSummary, b: MapSummary) => b.updatedAt.localeCompare(a.updatedAt);
const statusRank = (status: MapStatus) => MAP_STATUSES.indexOf(status);

/**
 * The maps whose name, owner or persona names contain every word of `query`
 * (case-insensitive, any order); all maps for a blank query.
 */
export function searchMaps(maps: readonly MapSummary[], query: string, personaNames: PersonaNames): MapSummary[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...maps];
  return maps.filter((map) => {
    const haystack = [map.name, map.owner ?? '', ...map.personaIds.map((id) => personaNames.get(id) ?? '')].join('\n').toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * A sorted copy: newest change first; by name in the UI language's collation
 * (so Chinese names sort by pinyin); or by workflow status (draft, in review,
 * approved), newest first within a status.
 */
export function sortMaps(maps: readonly MapSummary[], sort: MapSort, language: string): MapSummary[] {
  const sorted = [...maps];
  if (sort === 'updated') return sorted.sort(byNewest);
  if (sort === 'name') {
    const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
    return sorted.sort((a, b) => collator.compare(a.name, b.name) || byNewest(a, b));
  }
  return sorted.sort((a, b) => statusRank(a.status) - statusRank(b.status) || byNewest(a, b));
}

export const isMapSort = (value: unknown): value is MapSort => (MAP_SORTS as readonly unknown[]).includes(value);
