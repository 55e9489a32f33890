import type { Gap } from '../../model/gaps';
import { makeGap } from '../makeGap';
import type { MapIndex, RuleContext } from '../mapIndex';

const percentText = (share: number) => `${(share * 100).toFixed(1)}%`;

/**
 * The funnel step that loses the largest share on the way to the next stage
 * (drop-off = 1 − next volume / this volume), when it loses at least the
 * threshold; high from 60 %. One gap per map at most, at the step's stage.
 */
export function biggestFunnelDropOff(index: MapIndex, { facts, settings }: RuleContext): Gap[] {
  const steps = facts.funnel?.steps ?? [];
  let worst = -1;
  for (let at = 0; at < steps.length - 1; at++) {
    const dropOff = steps[at]?.dropOff ?? null;
    if (dropOff !== null && (worst < 0 || dropOff > (steps[worst]?.dropOff ?? 0))) worst = at;
  }
  const step = steps[worst];
  const next = steps[worst + 1];
  const dropOff = step?.dropOff ?? null;
  if (!facts.funnel || !step || !next || dropOff === null || dropOff <= 0 || dropOff < settings.funnelDropOffMin) return [];
  const { name } = facts.funnel;
  const from = index.stageName(step.stageId);
  const to = index.stageName(next.stageId);
  const share = percentText(dropOff);
  return [
    makeGap(
      'funnelDropOff',
      dropOff >= 0.6 ? 'high' : 'medium',
      index.stageIndex.has(step.stageId) ? step.stageId : null,
      [],
      { metric: name, from, to, share },
      `The biggest funnel drop-off: ${share} of ${name} is lost between ${from} and ${to}.`,
      facts.funnel.metric,
    ),
  ];
}
