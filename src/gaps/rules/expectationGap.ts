import type { Gap } from '../../model/gaps';
import { makeGap } from '../makeGap';
import type { MapIndex } from '../mapIndex';

/**
 * Customer expectations (customer-view cards with `expectation` set) whose
 * delivering internal step is missing, deleted or not in an internal lane
 * ('missing', high), or is marked not met (high) or partly met (medium).
 * Like unsupported touchpoints, nothing is flagged on a map without internal
 * lanes. The key holds the status, so accepting a missing pairing does not
 * hide a later "not met".
 */
export function expectationGaps(index: MapIndex): Gap[] {
  if (!index.hasInternalLanes) return [];
  return index.cards.flatMap((card) => {
    const expectation = card.expectation;
    if (!expectation || index.isInternal(card)) return [];
    const candidate = expectation.deliveredBy === undefined ? undefined : index.map.cards[expectation.deliveredBy];
    const step = candidate && index.isInternal(candidate) ? candidate : undefined;
    const status = !step ? 'missing' : expectation.status === 'notMet' || expectation.status === 'partlyMet' ? expectation.status : null;
    if (status === null) return [];
    const stage = index.stageName(card.stageId);
    const stepTitle = step?.title ?? '';
    const why =
      status === 'missing'
        ? `The customer expects “${card.title}” at ${stage}, but no internal step is paired to deliver it.`
        : `The customer expects “${card.title}” at ${stage}; “${stepTitle}” ${status === 'notMet' ? 'does not meet it' : 'meets it only partly'}.`;
    const cardIds = step ? [card.id, step.id] : [card.id];
    return [makeGap('expectationGap', status === 'partlyMet' ? 'medium' : 'high', card.stageId, cardIds, { card: card.title, stage, step: stepTitle, status }, why, `${[...cardIds].sort().join(',')}:${status}`)];
  });
}
