import type { JourneyMap } from '../../../src/model/journey';

/** "Snapshots" in the editor toolbar: opens the snapshots panel (and Compare…). */
export function SnapshotToolbarButton({ map }: { map: JourneyMap }) {
  void map;
  return null;
}
