import type { Card, JourneyMap } from '../../../src/model/journey';

/** The inspector's "Customer expectation" section of a customer-view card: expectation on/off, the internal step delivering it, met or not. */
export function ExpectationFields({ card, map }: { card: Card; map: JourneyMap }) {
  void card;
  void map;
  return null;
}
