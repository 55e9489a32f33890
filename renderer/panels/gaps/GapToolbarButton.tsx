import type { JourneyMap } from '../../../src/model/journey';

/** "Gaps" in the editor toolbar: the number of open gaps (coloured by the worst), opens the gap panel. */
export function GapToolbarButton({ map }: { map: JourneyMap }) {
  void map;
  return null;
}
