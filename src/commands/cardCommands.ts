import type { Card, JourneyMap, LaneType } from '../model/journey';
import { draftCards, replaceCard } from './cardDraft';
import { addCardsWithConnections, removeCardsWithConnections } from './cardSets';
import { conflict, invalidArgs, notFound } from './errors';
import { indexOfId, own, patchFields } from './fields';
import type { CommandHandlers } from './handler';
import type { CommandArgs } from './schemas';

type CardMove = CommandArgs<'card.move'>['moves'][number];

/** Which lane type may carry each kind of card details. */
const DETAILS_LANE = { pain: 'painPoints', opportunity: 'opportunities' } as const satisfies Record<string, LaneType>;

/** The details field of the patch that the card's lane may not carry (pain points and opportunities have their own lanes). */
function detailsOutOfLane(map: JourneyMap, card: Card, patch: CommandArgs<'card.edit'>['patch']): { field: keyof typeof DETAILS_LANE; laneType: string } | undefined {
  const laneType = map.lanes.find((lane) => lane.id === card.laneId)?.type ?? 'missing';
  const field = (['pain', 'opportunity'] as const).find((key) => patch[key] != null && laneType !== DETAILS_LANE[key]);
  return field && { field, laneType };
}

/** Commands on cards: add, edit, move, duplicate, delete. */
export const cardCommands: CommandHandlers<'card'> = {
  'card.add': (map, { cards, connections = [] }) => ({
    ...addCardsWithConnections(map, cards, connections),
    inverse: { name: 'card.delete', args: { ids: cards.map((card) => card.id) } },
  }),

  'card.edit': (map, { id, patch, restore }) => {
    const card = own(map.cards, id) ?? notFound('card', id);
    if (patch.span != null) {
      const stageIndex = map.stages.findIndex((stage) => stage.id === card.stageId);
      const stagesFromCard = map.stages.length - stageIndex;
      if (patch.span > stagesFromCard) {
        invalidArgs(`span ${patch.span} runs past the last stage: card "${id}" has ${stagesFromCard} stage(s) from its own to the last`, 'patch.span');
      }
    }
    if (patch.linkedMapId === map.id) invalidArgs(`card "${id}" cannot link to the map it is on`, 'patch.linkedMapId');
    const outOfLane = restore ? undefined : detailsOutOfLane(map, card, patch);
    if (outOfLane) {
      const { field, laneType } = outOfLane;
      invalidArgs(`card "${id}" is in lane "${card.laneId}" of type ${laneType}: ${field} details belong on cards of a ${DETAILS_LANE[field]} lane`, `patch.${field}`);
    }
    const { next, undo } = patchFields(card, patch);
    // Details removed from a card that has left its lane since can only be put back with `restore`.
    const undoRestores = detailsOutOfLane(map, card, undo) ? { restore: true } : {};
    return {
      map: next === card ? map : { ...map, cards: replaceCard(map.cards, next) },
      inverse: { name: 'card.edit', args: { id, patch: undo, ...undoRestores } },
      touched: { cards: [id] },
    };
  },

  'card.move': (map, { moves }) => {
    const draft = draftCards(map.cards);
    const undo: CardMove[] = [];
    for (const move of moves) {
      const card = draft.get(move.id) ?? notFound('card', move.id);
      indexOfId(map.stages, move.stageId, 'stage');
      indexOfId(map.lanes, move.laneId, 'lane');
      // Moving it back to where it was just before this move undoes this move exactly.
      undo.unshift({ id: move.id, ...draft.take(move.id) });
      const sameCell = card.stageId === move.stageId && card.laneId === move.laneId;
      draft.put(sameCell ? card : { ...card, stageId: move.stageId, laneId: move.laneId }, move.order);
    }
    const cards = draft.commit();
    return {
      map: cards === map.cards ? map : { ...map, cards },
      inverse: { name: 'card.move', args: { moves: undo } },
      touched: { cards: draft.touched() },
    };
  },

  'card.duplicate': (map, { ids, newIds }) => {
    const draft = draftCards(map.cards);
    ids.forEach((id, i) => {
      const newId = newIds[i] ?? invalidArgs('ids and newIds differ in length', 'newIds');
      const original = draft.get(id) ?? notFound('card', id);
      if (draft.get(newId)) conflict('card', newId);
      const after = draft.place(id).order + 1;
      draft.put({ ...original, id: newId, order: after }, after);
    });
    return {
      map: { ...map, cards: draft.commit() },
      inverse: { name: 'card.delete', args: { ids: newIds } },
      touched: { cards: draft.touched() },
    };
  },

  'card.delete': (map, { ids }) => {
    const removed = removeCardsWithConnections(map, new Set(ids));
    return {
      map: removed.map,
      inverse: { name: 'card.add', args: { cards: removed.cards, connections: removed.connections } },
      touched: removed.touched,
    };
  },
};
