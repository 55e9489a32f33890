import type { OpportunityKind } from '../model/annotations';
import type { Card, JourneyMap, LaneType } from '../model/journey';

/**
 * Which cards are pain points and opportunities, and how they point at each
 * other: an opportunity (or idea) lists the pain points it addresses, a
 * solution the opportunities it realises; the reverse links are computed.
 */

const laneTypeOf = (map: JourneyMap, card: Card): LaneType | undefined => map.lanes.find((lane) => lane.id === card.laneId)?.type;

/** True for a card of a pain-points lane (every such card is a pain point, rated or not). */
export const isPainPointCard = (map: JourneyMap, card: Card): boolean => laneTypeOf(map, card) === 'painPoints';

/** True for a card of an opportunities lane (opportunities, ideas and solutions). */
export const isOpportunityCard = (map: JourneyMap, card: Card): boolean => laneTypeOf(map, card) === 'opportunities';

/** The kind of an opportunity-lane card ('opportunity' when not set). */
export const opportunityKind = (card: Card): OpportunityKind => card.opportunity?.kind ?? 'opportunity';

/** Cards of the map in reading order: stage by stage, lane by lane, then their order in the cell. */
export function cardsInReadingOrder(map: JourneyMap, keep: (card: Card) => boolean): Card[] {
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(map.lanes.map((l, i) => [l.id, i]));
  return Object.values(map.cards)
    .filter(keep)
    .sort(
      (a, b) =>
        (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) ||
        (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) ||
        a.order - b.order,
    );
}

/** Every pain point of the map, in reading order. */
export const painPointCards = (map: JourneyMap): Card[] => cardsInReadingOrder(map, (card) => isPainPointCard(map, card));

/** Every opportunity, idea and solution of the map, in reading order. */
export const opportunityCards = (map: JourneyMap): Card[] => cardsInReadingOrder(map, (card) => isOpportunityCard(map, card));

/** The opportunity-lane cards whose `addresses` include `cardId` (the back-links of a pain point or an opportunity). */
export const cardsAddressing = (map: JourneyMap, cardId: string): Card[] =>
  cardsInReadingOrder(map, (card) => isOpportunityCard(map, card) && (card.opportunity?.addresses ?? []).includes(cardId));

/** The stages a card covers: its own and the next `span - 1`. */
export function stagesCovered(map: JourneyMap, card: Card): JourneyMap['stages'] {
  const start = map.stages.findIndex((stage) => stage.id === card.stageId);
  return start < 0 ? [] : map.stages.slice(start, start + (card.span ?? 1));
}
