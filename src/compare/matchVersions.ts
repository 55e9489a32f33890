import type { Card, Id, JourneyMap, Lane, Stage } from '../model/journey';

/**
 * Which stage, lane and card of one version is which of the other. Snapshots
 * of a map keep its ids, so they match by id. An as-is map and its to-be map
 * (usually made with "Duplicate", which gives new ids) match by what a person
 * sees: stages by name (else position), lanes by type and name (else the
 * next lane of that type), cards by lane and title, then by title alone.
 */
export interface VersionMatching {
  /** Before id -> after id, for the stages, lanes and cards found in both. */
  stages: Map<Id, Id>;
  lanes: Map<Id, Id>;
  cards: Map<Id, Id>;
}

const normalise = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Pairs each `before` item with the first unpaired `after` item of the same key (items without a key are skipped). */
function pairBy<T extends { id: Id }>(
  before: readonly T[],
  after: readonly T[],
  pairs: Map<Id, Id>,
  key: (item: T) => string | null,
  afterKey: (item: T) => string | null = key,
): void {
  const taken = new Set(pairs.values());
  const free = new Map<string, T[]>();
  for (const item of after) {
    const k = afterKey(item);
    if (k === null || taken.has(item.id)) continue;
    free.set(k, [...(free.get(k) ?? []), item]);
  }
  for (const item of before) {
    const k = key(item);
    if (k === null || pairs.has(item.id)) continue;
    const match = free.get(k)?.shift();
    if (match) pairs.set(item.id, match.id);
  }
}

function matchById<T extends { id: Id }>(before: readonly T[], after: readonly T[]): Map<Id, Id> {
  const afterIds = new Set(after.map((item) => item.id));
  return new Map(before.filter((item) => afterIds.has(item.id)).map((item) => [item.id, item.id]));
}

function matchStages(before: readonly Stage[], after: readonly Stage[]): Map<Id, Id> {
  const pairs = new Map<Id, Id>();
  pairBy(before, after, pairs, (stage) => normalise(stage.name));
  const taken = new Set(pairs.values());
  before.forEach((stage, index) => {
    const other = after[index];
    if (!pairs.has(stage.id) && other && !taken.has(other.id)) {
      pairs.set(stage.id, other.id);
      taken.add(other.id);
    }
  });
  return pairs;
}

function matchLanes(before: readonly Lane[], after: readonly Lane[]): Map<Id, Id> {
  const pairs = new Map<Id, Id>();
  pairBy(before, after, pairs, (lane) => `${lane.type}\u0000${normalise(lane.name)}`);
  pairBy(before, after, pairs, (lane) => lane.type);
  return pairs;
}

function matchCards(before: readonly Card[], after: readonly Card[], stages: Map<Id, Id>, lanes: Map<Id, Id>): Map<Id, Id> {
  const pairs = new Map<Id, Id>();
  const title = (card: Card): string | null => (normalise(card.title) === '' ? null : normalise(card.title));
  // Keys of before cards name the after stage and lane they match, so both sides compare in after ids.
  const keyed =
    (side: 'before' | 'after', ...fields: ('laneId' | 'stageId')[]) =>
    (card: Card): string | null => {
      const t = title(card);
      const parts = fields.map((field) => (side === 'after' ? card[field] : ((field === 'laneId' ? lanes : stages).get(card[field]) ?? null)));
      return t === null || parts.includes(null) ? null : [...parts, t].join('\u0000');
    };
  // Same cell first, so two equal titles in one lane pair up stage by stage; then the lane; then anywhere.
  pairBy(before, after, pairs, keyed('before', 'laneId', 'stageId'), keyed('after', 'laneId', 'stageId'));
  pairBy(before, after, pairs, keyed('before', 'laneId'), keyed('after', 'laneId'));
  pairBy(before, after, pairs, keyed('before'), keyed('after'));
  return pairs;
}

/** The map's cards by stage, then lane, then order in the cell. */
export const cardsInMapOrder = (map: JourneyMap): Card[] => {
  const stageIndex = new Map(map.stages.map((stage, index) => [stage.id, index]));
  const laneIndex = new Map(map.lanes.map((lane, index) => [lane.id, index]));
  return Object.values(map.cards).sort(
    (a, b) =>
      (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) ||
      (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) ||
      a.order - b.order,
  );
};

/** Matches the stages, lanes and cards of two versions: by id for versions of one map, by names and titles for two maps. */
export function matchVersions(before: JourneyMap, after: JourneyMap): VersionMatching {
  if (before.id === after.id) {
    return {
      stages: matchById(before.stages, after.stages),
      lanes: matchById(before.lanes, after.lanes),
      cards: matchById(Object.values(before.cards), Object.values(after.cards)),
    };
  }
  const stages = matchStages(before.stages, after.stages);
  const lanes = matchLanes(before.lanes, after.lanes);
  return { stages, lanes, cards: matchCards(cardsInMapOrder(before), cardsInMapOrder(after), stages, lanes) };
}
