import type { Gap } from '../../model/gaps';
import type { Id } from '../../model/journey';
import { makeGap } from '../makeGap';
import { hasSupportLink, type MapIndex } from '../mapIndex';

/**
 * Internal steps that support nothing the customer sees and from which no
 * chain of connections (any kind, source to target, through internal steps)
 * reaches an internal step that does. Found by walking the connections
 * backwards from the supporting steps, once.
 */
export function orphanProcesses(index: MapIndex): Gap[] {
  const internal = index.cards.filter((card) => index.isInternal(card));
  const leadsToCustomer = new Set<Id>(internal.filter((card) => hasSupportLink(index, card, (other) => !index.isInternal(other))).map((card) => card.id));
  const queue = [...leadsToCustomer];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const connection of index.connectionsOf(id)) {
      if (connection.target !== id || leadsToCustomer.has(connection.source)) continue;
      const source = index.map.cards[connection.source];
      if (source && index.isInternal(source)) {
        leadsToCustomer.add(source.id);
        queue.push(source.id);
      }
    }
  }
  return internal
    .filter((card) => !leadsToCustomer.has(card.id))
    .map((card) => {
      const stage = index.stageName(card.stageId);
      const lane = index.laneOf.get(card.laneId)?.name ?? '';
      return makeGap('orphanProcess', 'low', card.stageId, [card.id], { card: card.title, stage, lane }, `“${card.title}” (${lane}) at ${stage} supports nothing the customer sees and leads to nothing that does.`);
    });
}
