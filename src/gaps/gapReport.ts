import type { Gap } from '../model/gaps';
import type { Id, JourneyMap } from '../model/journey';

/** Gap counts of one stage (stageId null: map-wide gaps). */
export interface StageGapSummary {
  stageId: Id | null;
  stageName: string;
  high: number;
  medium: number;
  low: number;
  total: number;
}

/** The gap report: a summary per stage in stage order (map-wide last, only when it has gaps), and the full list as given. */
export function gapReport(map: JourneyMap, gaps: readonly Gap[]): { stages: StageGapSummary[]; gaps: readonly Gap[] } {
  void map;
  return { stages: [], gaps };
}
