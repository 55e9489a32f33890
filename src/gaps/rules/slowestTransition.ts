import type { Gap } from '../../model/gaps';
import type { TransitionVelocity } from '../../model/metrics';
import { makeGap } from '../makeGap';
import type { MapIndex, RuleContext } from '../mapIndex';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * The forward stage transition with the longest average time (ties: more moves), when
 * it takes at least the threshold in days; at the stage it leads to. Medium
 * when it takes at least twice the median of the transitions' averages and
 * there are three or more transitions, else low.
 */
export function slowestTransition(index: MapIndex, { facts, settings }: RuleContext): Gap[] {
  const transitions = (facts.velocity?.transitions ?? []).filter(
    (t) => t.direction === 'forward' && t.count > 0 && index.stageIndex.has(t.fromStageId) && index.stageIndex.has(t.toStageId),
  );
  let slowest: TransitionVelocity | null = null;
  for (const t of transitions) {
    if (slowest === null || t.averageDays > slowest.averageDays || (t.averageDays === slowest.averageDays && t.count > slowest.count)) slowest = t;
  }
  if (!slowest || slowest.averageDays < settings.slowTransitionDays) return [];
  const typical = median(transitions.map((t) => t.averageDays));
  const severity = transitions.length >= 3 && slowest.averageDays >= 2 * typical ? 'medium' : 'low';
  const from = index.stageName(slowest.fromStageId);
  const to = index.stageName(slowest.toStageId);
  const days = slowest.averageDays.toFixed(1);
  return [
    makeGap(
      'slowestTransition',
      severity,
      slowest.toStageId,
      [],
      { from, to, days, count: slowest.count },
      `The slowest move is ${from} → ${to}: ${days} days on average (${slowest.count} moves).`,
      `${slowest.fromStageId}>${slowest.toStageId}`,
    ),
  ];
}
