import type { Gap } from '../../model/gaps';
import type { Id } from '../../model/journey';
import { makeGap } from '../makeGap';
import type { MapIndex } from '../mapIndex';
import { isOpenPain, painPoints, painSeverity } from './painPoints';

/** Open or in-progress pain points that no opportunity card addresses (rejected ones do not count); severity from the pain point's rating. */
export function painWithoutOpportunity(index: MapIndex): Gap[] {
  const addressed = new Set<Id>();
  for (const card of index.cardsOfType('opportunities')) {
    if (card.opportunity && card.opportunity.status !== 'rejected') for (const id of card.opportunity.addresses ?? []) addressed.add(id);
  }
  return painPoints(index)
    .filter((card) => isOpenPain(card) && !addressed.has(card.id))
    .map((card) => {
      const stage = index.stageName(card.stageId);
      return makeGap('painWithoutOpportunity', painSeverity(card), card.stageId, [card.id], { card: card.title, stage }, `Pain point “${card.title}” at ${stage} has no opportunity addressing it.`);
    });
}
