import type { Expectation, ExpectationStatus } from '../../../src/model/gaps';
import type { Card, JourneyMap } from '../../../src/model/journey';
import { INTERNAL_LANE_TYPES } from '../../../src/schema/journey';

const INTERNAL = new Set<string>(INTERNAL_LANE_TYPES);

/** True when the card sits in a customer-view lane (only those state expectations). */
export function isCustomerViewCard(map: JourneyMap, card: Card): boolean {
  const lane = map.lanes.find((l) => l.id === card.laneId);
  return lane !== undefined && !INTERNAL.has(lane.type);
}

/**
 * The internal-lane cards that may deliver the card's expectation, labelled
 * "title — lane · stage": those in the card's own stage first, then by stage,
 * lane and order in the cell.
 */
export function deliveringCardOptions(map: JourneyMap, card: Card): { value: string; label: string }[] {
  const stageIndex = new Map(map.stages.map((stage, i) => [stage.id, i]));
  const lanes = new Map(map.lanes.map((lane, i) => [lane.id, { lane, index: i }]));
  const rank = (c: Card) => [c.stageId === card.stageId ? 0 : 1, stageIndex.get(c.stageId) ?? map.stages.length, lanes.get(c.laneId)?.index ?? map.lanes.length, c.order];
  return Object.values(map.cards)
    .filter((c) => c.id !== card.id && INTERNAL.has(lanes.get(c.laneId)?.lane.type ?? ''))
    .map((c) => ({ card: c, rank: rank(c) }))
    .sort((a, b) => a.rank.reduce((diff, value, i) => diff || value - (b.rank[i] ?? 0), 0))
    .map(({ card: c }) => {
      const stage = map.stages.find((s) => s.id === c.stageId)?.name ?? '';
      return { value: c.id, label: `${c.title || '…'} — ${lanes.get(c.laneId)?.lane.name ?? ''} · ${stage}` };
    });
}

/** The expectation with its status set ('unknown' is stored as absent). */
export function withStatus(expectation: Expectation, status: ExpectationStatus): Expectation {
  const { status: _previous, ...rest } = expectation;
  return status === 'unknown' ? rest : { ...rest, status };
}

/** The expectation delivered by another card (null: none chosen). */
export function withDeliveredBy(expectation: Expectation, deliveredBy: string | null): Expectation {
  const { deliveredBy: _previous, ...rest } = expectation;
  return deliveredBy === null ? rest : { ...rest, deliveredBy };
}
