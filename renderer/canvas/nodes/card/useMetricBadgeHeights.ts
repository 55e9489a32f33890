import { useMemo } from 'react';
import type { Id, JourneyMap } from '../../../../src/model/journey';
import { deriveCardRecords } from '../../../store/derived/cardRecords';
import { useCardRecordStore } from '../../../store/derived/cardRecordStore';

/**
 * Extra height per card for its metric badges, for the canvas layout: the
 * badge rows the card records packed (renderer/store/derived/cardRecords.ts),
 * so a layout and the cards agree and the badges are packed once per change.
 */
export function useMetricBadgeHeights(map: JourneyMap): ReadonlyMap<Id, number> {
  const derived = useCardRecordStore((s) => (s.inputs.map === map ? s.badgeHeights : null));
  // Another map than the open one (none is drawn today) gets its own records from the same inputs.
  return useMemo(() => derived ?? deriveCardRecords({ ...useCardRecordStore.getState().inputs, map }, null).badgeHeights, [derived, map]);
}
