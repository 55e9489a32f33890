import type { JourneyMap } from '../../../src/model/journey';

/** The gap side panel: open gaps by severity (click focuses), accepted gaps, rule settings, the report and its export. */
export function GapsPanel({ map }: { map: JourneyMap }) {
  void map;
  return null;
}
