import type { Gap } from '../../model/gaps';
import type { Id } from '../../model/journey';
import { makeGap } from '../makeGap';
import { coveredStages, type MapIndex, type RuleContext } from '../mapIndex';
import { painPoints } from './painPoints';

/**
 * Stages where the lowest as-is emotion point (any persona) is at or below the
 * threshold but no pain point (other than solved or won't fix) covers the
 * stage, a spanning pain point covering each stage of its span. High at -2.
 * `persona` is left '' and the lowest point's persona id is in `personaId`
 * (the renderer names it).
 */
export function unexplainedEmotionalLows(index: MapIndex, { settings }: RuleContext): Gap[] {
  const explained = new Set<Id>();
  for (const card of painPoints(index)) {
    const status = card.pain?.status;
    if (status !== 'solved' && status !== 'wontFix') for (const stageId of coveredStages(index, card)) explained.add(stageId);
  }
  const lowest = new Map<Id, { value: number; personaId: Id | null }>();
  for (const point of Object.values(index.map.emotions ?? {})) {
    if (point.variant !== 'asIs' || !index.laneOf.has(point.laneId)) continue;
    const current = lowest.get(point.stageId);
    if (!current || point.value < current.value) lowest.set(point.stageId, { value: point.value, personaId: point.personaId });
  }
  return index.map.stages.flatMap((stage) => {
    const low = lowest.get(stage.id);
    if (!low || low.value > settings.emotionLowThreshold || explained.has(stage.id)) return [];
    return [
      makeGap(
        'unexplainedEmotionalLow',
        low.value <= -2 ? 'high' : 'medium',
        stage.id,
        [],
        { stage: stage.name, value: low.value, persona: '', personaId: low.personaId ?? '' },
        `The emotion curve is at ${low.value} at ${stage.name}, but no pain point is recorded there.`,
        'emotion',
      ),
    ];
  });
}
