import { EVIDENCE_LEVELS, FREQUENCIES, PAIN_STATUSES } from '../schema/annotations';
import type { EvidenceLevel, OpportunityKind, PainDetails, PainStatus } from '../model/annotations';
import type { Card, JourneyMap } from '../model/journey';
import { cardsAddressing, opportunityKind, painPointCards, stagesCovered } from './links';
import { effortPoints, priorityOf, rankScores, type Priority } from './priority';

/**
 * The rows of the pain-point table (one map or a whole project), and the
 * filters and sorts the table offers, as plain functions so the table, its
 * export and the tests share one implementation.
 */

export interface PainPointRow {
  /** Unique across a project: "<mapId>/<cardId>". */
  key: string;
  mapId: string;
  mapName: string;
  card: Card;
  /** The card's pain details ({} when none are set yet). */
  pain: PainDetails;
  status: PainStatus;
  laneName: string;
  /** Stages the card covers (its own and those its span reaches), in map order. */
  stageIds: string[];
  stageNames: string[];
  /** Position of the card's first stage in its map (for sorting by stage). */
  stageIndex: number;
  aboutCardId: string | null;
  aboutTitle: string | null;
  /** Opportunity-lane cards that address this pain point. */
  opportunities: { id: string; title: string; kind: OpportunityKind }[];
  priority: Priority;
  /** 1 = highest priority among the rows collected together; null when not scored. */
  rank: number | null;
}

/** The rows of one map's pain points, in reading order, not ranked yet. */
function mapRows(map: JourneyMap): Omit<PainPointRow, 'rank'>[] {
  return painPointCards(map).map((card) => {
    const pain = card.pain ?? {};
    const stages = stagesCovered(map, card);
    const about = pain.aboutCardId ? map.cards[pain.aboutCardId] : undefined;
    return {
      key: `${map.id}/${card.id}`,
      mapId: map.id,
      mapName: map.name,
      card,
      pain,
      status: pain.status ?? 'open',
      laneName: map.lanes.find((lane) => lane.id === card.laneId)?.name ?? '',
      stageIds: stages.map((s) => s.id),
      stageNames: stages.map((s) => s.name),
      stageIndex: map.stages.findIndex((s) => s.id === card.stageId),
      aboutCardId: about ? about.id : null,
      aboutTitle: about ? about.title : null,
      opportunities: cardsAddressing(map, card.id).map((o) => ({ id: o.id, title: o.title, kind: opportunityKind(o) })),
      priority: priorityOf(card.pain),
    };
  });
}

const ranked = (rows: Omit<PainPointRow, 'rank'>[]): PainPointRow[] => {
  const ranks = rankScores(rows.map((row) => row.priority.score));
  return rows.map((row, i) => ({ ...row, rank: ranks[i] ?? null }));
};

/** Every pain point of a map with its priority and rank within the map. */
export const collectPainPoints = (map: JourneyMap): PainPointRow[] => ranked(mapRows(map));

/** Every pain point of several maps, ranked together. */
export const collectProjectPainPoints = (maps: readonly JourneyMap[]): PainPointRow[] => ranked(maps.flatMap(mapRows));

/** Severity filter value for pain points not rated yet. */
export const UNRATED = 0;
/** Owner and evidence filter value for rows without one. */
export const NONE = '';

/**
 * What the table shows: each list keeps rows matching any of its values (empty
 * or absent: no restriction); all lists must hold. Personas, segments, stages
 * and tags match when the row has at least one of the chosen values.
 */
export interface PainPointFilter {
  mapIds?: readonly string[];
  personaIds?: readonly string[];
  segmentIds?: readonly string[];
  stageIds?: readonly string[];
  /** 1..5, or UNRATED. */
  severities?: readonly number[];
  statuses?: readonly PainStatus[];
  /** Owner names, or NONE. */
  owners?: readonly string[];
  tags?: readonly string[];
  /** Evidence levels, or NONE. */
  evidence?: readonly (EvidenceLevel | typeof NONE)[];
}

const allows = <T>(chosen: readonly T[] | undefined, value: T): boolean => !chosen || chosen.length === 0 || chosen.includes(value);
const allowsAny = <T>(chosen: readonly T[] | undefined, values: readonly T[]): boolean =>
  !chosen || chosen.length === 0 || values.some((v) => chosen.includes(v));

/** True when the row passes every part of the filter. */
export function matchesPainFilter(row: PainPointRow, filter: PainPointFilter): boolean {
  return (
    allows(filter.mapIds, row.mapId) &&
    allowsAny(filter.personaIds, row.card.personaIds ?? []) &&
    allowsAny(filter.segmentIds, row.card.segmentIds ?? []) &&
    allowsAny(filter.stageIds, row.stageIds) &&
    allows(filter.severities, row.pain.severity ?? UNRATED) &&
    allows(filter.statuses, row.status) &&
    allows(filter.owners, row.pain.owner?.trim() || NONE) &&
    allowsAny(filter.tags, row.pain.tags ?? []) &&
    allows(filter.evidence, row.pain.evidence ?? NONE)
  );
}

export const filterPainPoints = (rows: readonly PainPointRow[], filter: PainPointFilter): PainPointRow[] =>
  rows.filter((row) => matchesPainFilter(row, filter));

/** Columns of the pain-point table, in display order; 'map' only in the project-wide table. */
export const PAIN_COLUMNS = [
  'title',
  'map',
  'stages',
  'severity',
  'frequency',
  'reach',
  'effort',
  'priority',
  'status',
  'owner',
  'evidence',
  'personas',
  'segments',
  'tags',
  'opportunities',
  'updated',
] as const;
export type PainColumn = (typeof PAIN_COLUMNS)[number];
export type SortOrder = 'ascend' | 'descend';

/** Display names of catalog entries, for sorting and exporting persona and segment columns. */
export interface CatalogNames {
  persona(id: string): string;
  segment(id: string): string;
}

const joined = (values: readonly string[]): string | null => (values.length === 0 ? null : values.join(', '));
const orNull = (text: string | undefined): string | null => (text && text.trim() !== '' ? text : null);
const indexOrNull = (list: readonly string[], value: string | undefined): number | null => (value === undefined ? null : list.indexOf(value));

/** The value a column sorts by; null means empty (not rated, not set), which sorts last in both orders. */
export function sortValue(row: PainPointRow, column: PainColumn, names: CatalogNames): string | number | null {
  const { pain, card } = row;
  switch (column) {
    case 'title':
      return card.title;
    case 'map':
      return row.mapName;
    case 'stages':
      return row.stageIndex;
    case 'severity':
      return pain.severity ?? null;
    case 'frequency':
      return indexOrNull(FREQUENCIES, pain.frequency);
    case 'reach':
      return pain.reach ?? null;
    case 'effort':
      return pain.effort === undefined ? null : effortPoints(pain.effort);
    case 'priority':
      return row.priority.score;
    case 'status':
      return PAIN_STATUSES.indexOf(row.status);
    case 'owner':
      return orNull(pain.owner);
    case 'evidence':
      return indexOrNull(EVIDENCE_LEVELS, pain.evidence);
    case 'personas':
      return joined((card.personaIds ?? []).map(names.persona));
    case 'segments':
      return joined((card.segmentIds ?? []).map(names.segment));
    case 'tags':
      return joined(pain.tags ?? []);
    case 'opportunities':
      return row.opportunities.length;
    case 'updated':
      return pain.updatedAt ?? null;
  }
}

const compareValues = (a: string | number, b: string | number): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));

/**
 * Sorts rows by a column. Empty values go last whatever the order; ties keep
 * the higher priority first, then the title's alphabetical order.
 */
export function sortPainPoints(rows: readonly PainPointRow[], column: PainColumn, order: SortOrder, names: CatalogNames): PainPointRow[] {
  const sign = order === 'ascend' ? 1 : -1;
  const byPriority = (a: PainPointRow, b: PainPointRow): number =>
    (b.priority.score ?? -1) - (a.priority.score ?? -1) || a.card.title.localeCompare(b.card.title);
  return rows
    .map((row) => ({ row, value: sortValue(row, column, names) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? byPriority(a.row, b.row) : a.value === null ? 1 : -1;
      return sign * compareValues(a.value, b.value) || byPriority(a.row, b.row);
    })
    .map(({ row }) => row);
}

/** Distinct owners and tags of the rows, sorted, for the table's filter menus. */
export function painFacets(rows: readonly PainPointRow[]): { owners: string[]; tags: string[] } {
  const owners = new Set<string>();
  const tags = new Set<string>();
  for (const row of rows) {
    const owner = row.pain.owner?.trim();
    if (owner) owners.add(owner);
    for (const tag of row.pain.tags ?? []) tags.add(tag);
  }
  const sorted = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b));
  return { owners: sorted(owners), tags: sorted(tags) };
}
