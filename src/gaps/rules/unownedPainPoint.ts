import type { Gap } from '../../model/gaps';
import { makeGap } from '../makeGap';
import type { MapIndex } from '../mapIndex';
import { isOpenPain, painPoints, painSeverity } from './painPoints';

/** Open or in-progress pain points with no owner (a blank owner counts as none); severity from the pain point's rating. */
export function unownedPainPoints(index: MapIndex): Gap[] {
  return painPoints(index)
    .filter((card) => isOpenPain(card) && !card.pain?.owner?.trim())
    .map((card) => {
      const stage = index.stageName(card.stageId);
      return makeGap('unownedPainPoint', painSeverity(card), card.stageId, [card.id], { card: card.title, stage }, `Pain point “${card.title}” at ${stage} has no owner.`);
    });
}
