import type { Gap } from '../../model/gaps';
import { makeGap } from '../makeGap';
import type { MapIndex, RuleContext } from '../mapIndex';

/**
 * Metric readings in their red threshold (high) or amber (medium), at the
 * stage they are for or the stage of the card they are for. The key names the
 * target and the metric, not the value, so it holds while the value changes.
 */
export function metricsOffTarget(index: MapIndex, { facts }: RuleContext): Gap[] {
  return facts.readings.flatMap((reading) => {
    if (reading.status !== 'red' && reading.status !== 'amber') return [];
    const { kind, id } = reading.target;
    const found = kind === 'card' ? index.map.cards[id] : undefined;
    const card = found && index.laneOf.has(found.laneId) && index.stageIndex.has(found.stageId) ? found : undefined;
    if (kind === 'card' && !card) return [];
    const stageId = card ? card.stageId : index.stageIndex.has(id) ? id : null;
    const subject = card ? card.title : index.stageName(id);
    const goal = reading.targetText ?? '—';
    return [
      makeGap(
        'metricOffTarget',
        reading.status === 'red' ? 'high' : 'medium',
        stageId,
        card ? [card.id] : [],
        { metric: reading.name, subject, value: reading.valueText, goal },
        `${reading.name} for ${subject} is ${reading.valueText}; the target is ${goal}.`,
        `${kind}:${id}:${reading.metric}`,
      ),
    ];
  });
}
