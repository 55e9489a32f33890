import type { Gap } from '../../model/gaps';
import type { Id, LaneType } from '../../model/journey';
import { makeGap } from '../makeGap';
import { hasSupportLink, type MapIndex } from '../mapIndex';
import { isOpenPain, painPoints } from './painPoints';

const CUSTOMER_FACING = new Set<LaneType | undefined>(['touchpoints', 'actions']);

/**
 * Customer-facing touchpoints and actions that no frontstage, backstage or
 * support step supports (no 'supports' connection either way). A map without
 * internal lanes does not model the process, so nothing is flagged there.
 * High when an open pain point is about the card.
 */
export function unsupportedTouchpoints(index: MapIndex): Gap[] {
  if (!index.hasInternalLanes) return [];
  const complainedAbout = new Set<Id>(painPoints(index).flatMap((card) => (isOpenPain(card) && card.pain?.aboutCardId ? [card.pain.aboutCardId] : [])));
  return index.cards
    .filter((card) => CUSTOMER_FACING.has(index.laneType(card)) && !hasSupportLink(index, card, (other) => index.isInternal(other)))
    .map((card) => {
      const stage = index.stageName(card.stageId);
      return makeGap(
        'unsupportedTouchpoint',
        complainedAbout.has(card.id) ? 'high' : 'medium',
        card.stageId,
        [card.id],
        { card: card.title, stage },
        `“${card.title}” at ${stage} is customer-facing, but no frontstage, backstage or support step supports it.`,
      );
    });
}
