import type { Gap } from '../../model/gaps';
import type { Id } from '../../model/journey';
import { makeGap } from '../makeGap';
import { connectionKind, type MapIndex, type RuleContext } from '../mapIndex';

/**
 * Stages where work changes hands too often. A handoff is a connection
 * between two internal steps that crosses lanes (source lane ≠ target lane)
 * or is marked 'handoff'; it counts at the source's stage. A stage is a hot
 * spot when it has more handoffs than the threshold; high above twice the
 * threshold. The key does not name the cards, so adding a handoff keeps it.
 */
export function handoffHotSpots(index: MapIndex, { settings }: RuleContext): Gap[] {
  const counts = new Map<Id, number>();
  // The stages (of handoffs) each card takes part in.
  const stagesOfCard = new Map<Id, Set<Id>>();
  for (const connection of Object.values(index.map.connections)) {
    const source = index.map.cards[connection.source];
    const target = index.map.cards[connection.target];
    if (!source || !target || !index.isInternal(source) || !index.isInternal(target)) continue;
    if (source.laneId === target.laneId && connectionKind(connection) !== 'handoff') continue;
    counts.set(source.stageId, (counts.get(source.stageId) ?? 0) + 1);
    for (const card of [source, target]) stagesOfCard.set(card.id, (stagesOfCard.get(card.id) ?? new Set<Id>()).add(source.stageId));
  }
  const threshold = settings.handoffThreshold;
  const involved = new Map<Id, Id[]>();
  for (const [stageId, count] of counts) if (count > threshold) involved.set(stageId, []);
  if (involved.size === 0) return [];
  for (const card of index.cards) {
    for (const stageId of stagesOfCard.get(card.id) ?? []) involved.get(stageId)?.push(card.id);
  }
  return index.map.stages.flatMap((stage) => {
    const cardIds = involved.get(stage.id);
    const count = counts.get(stage.id) ?? 0;
    if (!cardIds) return [];
    return [
      makeGap(
        'handoffHotSpot',
        count > 2 * threshold ? 'high' : 'medium',
        stage.id,
        cardIds,
        { stage: stage.name, count, threshold },
        `Work changes hands ${count} times at ${stage.name} (more than ${threshold}).`,
        'handoffs',
      ),
    ];
  });
}
