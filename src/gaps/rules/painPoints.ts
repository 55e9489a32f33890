import type { GapSeverity } from '../../model/gaps';
import type { Card } from '../../model/journey';
import type { MapIndex } from '../mapIndex';

/** The pain points the rules look at: cards of pain-points lanes, in stage order. */
export const painPoints = (index: MapIndex): Card[] => index.cardsOfType('painPoints');

/** True for a pain point that is still open or in progress (absent status: open). */
export const isOpenPain = (card: Card): boolean => {
  const status = card.pain?.status ?? 'open';
  return status === 'open' || status === 'inProgress';
};

/** Severity of a pain point's gap from its rating: 4-5 high, 3 medium, else (incl. unrated) low. */
export const painSeverity = (card: Card): GapSeverity => {
  const rating = card.pain?.severity ?? 0;
  return rating >= 4 ? 'high' : rating === 3 ? 'medium' : 'low';
};
