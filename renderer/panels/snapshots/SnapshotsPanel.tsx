import type { JourneyMap } from '../../../src/model/journey';

/** The snapshots side panel: save a named snapshot, list them, restore, duplicate as a map, rename, delete, compare. */
export function SnapshotsPanel({ map }: { map: JourneyMap }) {
  void map;
  return null;
}
