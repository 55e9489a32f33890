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
  const rows = new Map<Id | null, StageGapSummary>(map.stages.map((stage) => [stage.id, { stageId: stage.id, stageName: stage.name, high: 0, medium: 0, low: 0, total: 0 }]));
  for (const gap of gaps) {
    const key = gap.stageId !== null && rows.has(gap.stageId) ? gap.stageId : null;
    const row = rows.get(key) ?? { stageId: null, stageName: '', high: 0, medium: 0, low: 0, total: 0 };
    row[gap.severity]++;
    row.total++;
    rows.set(key, row);
  }
  return { stages: [...rows.values()], gaps };
}
