import type { Card, Id, JourneyMap } from '../model/journey';
import { cardsInMapOrder, type VersionMatching } from './matchVersions';

/** A card as the comparison lists it: where it sits, by names. */
export interface CardPlace {
  cardId: Id;
  title: string;
  stageName: string;
  laneName: string;
}

/** A card in both versions whose stage or lane differs. */
export interface MovedCard {
  before: CardPlace;
  after: CardPlace;
  stageChanged: boolean;
  laneChanged: boolean;
}

/** Card fields the comparison reports; the order is the order they are listed in. */
export const COMPARED_CARD_FIELDS = [
  'title',
  'body',
  'channelId',
  'url',
  'color',
  'span',
  'personaIds',
  'segmentIds',
  'metricKey',
  'linkedMapId',
  'imageId',
  'pain',
  'opportunity',
  'expectation',
  'moment',
] as const;
export type ComparedCardField = (typeof COMPARED_CARD_FIELDS)[number];

/** A card in both versions whose content differs. */
export interface ChangedCard {
  before: CardPlace;
  after: CardPlace;
  fields: ComparedCardField[];
}

export interface CardComparison {
  added: CardPlace[];
  removed: CardPlace[];
  moved: MovedCard[];
  changed: ChangedCard[];
}

// Bookkeeping that changes on every save, not content a person edited.
const IGNORED_DETAIL_KEYS = new Set(['createdAt', 'updatedAt']);

/**
 * A stable text of a field value for equality: object keys sorted, bookkeeping
 * dropped, and card ids of the before version (links between cards) written as
 * the after version's ids, so an unchanged link between matched cards compares equal.
 */
function canonical(value: unknown, cardIds: ReadonlyMap<Id, Id>): string {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return cardIds.get(v) ?? v;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      return Object.keys(v)
        .filter((key) => !IGNORED_DETAIL_KEYS.has(key))
        .sort()
        .map((key) => [key, walk((v as Record<string, unknown>)[key])]);
    }
    return v;
  };
  return JSON.stringify(walk(value) ?? null);
}

const emptyAsAbsent = (value: unknown): unknown => (value === '' || (Array.isArray(value) && value.length === 0) ? undefined : value);

/** The fields whose content differs between a card and its match. */
function changedFields(before: Card, after: Card, matching: VersionMatching): ComparedCardField[] {
  const none = new Map<Id, Id>();
  return COMPARED_CARD_FIELDS.filter((field) => {
    const ids = field === 'title' || field === 'body' ? none : matching.cards;
    return canonical(emptyAsAbsent(before[field]), ids) !== canonical(emptyAsAbsent(after[field]), none);
  });
}

const placeOf = (map: JourneyMap, card: Card): CardPlace => ({
  cardId: card.id,
  title: card.title,
  stageName: map.stages.find((stage) => stage.id === card.stageId)?.name ?? '',
  laneName: map.lanes.find((lane) => lane.id === card.laneId)?.name ?? '',
});

/** Cards added, removed, moved (stage or lane) and changed (content) from `before` to `after`, in map order. */
export function compareCards(before: JourneyMap, after: JourneyMap, matching: VersionMatching): CardComparison {
  const matchedAfter = new Set(matching.cards.values());
  const result: CardComparison = { added: [], removed: [], moved: [], changed: [] };
  for (const card of cardsInMapOrder(after)) if (!matchedAfter.has(card.id)) result.added.push(placeOf(after, card));
  for (const card of cardsInMapOrder(before)) {
    const afterId = matching.cards.get(card.id);
    const other = afterId === undefined ? undefined : after.cards[afterId];
    if (!other) {
      result.removed.push(placeOf(before, card));
      continue;
    }
    const stageChanged = matching.stages.get(card.stageId) !== other.stageId;
    const laneChanged = matching.lanes.get(card.laneId) !== other.laneId;
    if (stageChanged || laneChanged) result.moved.push({ before: placeOf(before, card), after: placeOf(after, other), stageChanged, laneChanged });
    const fields = changedFields(card, other, matching);
    if (fields.length > 0) result.changed.push({ before: placeOf(before, card), after: placeOf(after, other), fields });
  }
  return result;
}
