import type { ViewFilter } from '../model/annotations';
import type { Card, Id, Lane, LaneType } from '../model/journey';

/**
 * What a view filter shows of a map. Hidden lanes are not drawn at all (the
 * lanes below close up); cards of other personas or segments, and pain points
 * of severities not chosen, stay in place but are dimmed.
 */

/** The parts of a saved view's filter that decide whether a card is dimmed. */
export type CardViewFilter = Pick<ViewFilter, 'personaId' | 'segmentId'> & { severities: readonly number[] };

/** The lanes still drawn when `hiddenLaneIds` are hidden, in map order. */
export function visibleLanes<L extends Pick<Lane, 'id'>>(lanes: readonly L[], hiddenLaneIds: readonly Id[]): L[] {
  if (hiddenLaneIds.length === 0) return [...lanes];
  const hidden = new Set(hiddenLaneIds);
  return lanes.filter((lane) => !hidden.has(lane.id));
}

// A card tagged with no persona (or no segment) is about everyone, so it matches any filter.
const matchesTag = (tags: readonly string[] | undefined, id: string | null): boolean =>
  id === null || !tags || tags.length === 0 || tags.includes(id);

/**
 * Whether a pain point passes the severity filter: every card does when no
 * severity is chosen; otherwise a pain point (a card of a pain-points lane)
 * must be rated with one of the chosen severities (unrated ones do not pass).
 * Cards of other lanes are not pain points and always pass.
 */
export function matchesSeverities(card: Pick<Card, 'pain'>, laneType: LaneType, severities: readonly number[]): boolean {
  if (severities.length === 0 || laneType !== 'painPoints') return true;
  const severity = card.pain?.severity;
  return severity !== undefined && severities.includes(severity);
}

/** Whether a card is shown at full strength under the filter (persona, segment and severity must all hold); false: dimmed. */
export function cardMatchesView(card: Pick<Card, 'personaIds' | 'segmentIds' | 'pain'>, laneType: LaneType, filter: CardViewFilter): boolean {
  return (
    matchesTag(card.personaIds, filter.personaId) &&
    matchesTag(card.segmentIds, filter.segmentId) &&
    matchesSeverities(card, laneType, filter.severities)
  );
}

