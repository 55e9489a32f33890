import type { Card, Id } from '../model/journey';
import { notFound } from './errors';
import { own, sameFields } from './fields';

/** A card's cell and its 0-based position in it. */
export interface CardPlace {
  stageId: Id;
  laneId: Id;
  order: number;
}

/**
 * Copy-on-write editing of a map's cards that keeps every cell's orders dense.
 * Cells are edited as id lists; `commit` writes the resulting orders back and
 * returns a record in which every unchanged card (and the record itself, when
 * nothing changed) is the original object, which main's store relies on.
 */
export interface CardDraft {
  get(id: Id): Card | undefined;
  /** The card's current cell and position; NOT_FOUND when there is no such card. */
  place(id: Id): CardPlace;
  /** Takes the card out of its cell (it stays in the record) and says where it was. */
  take(id: Id): CardPlace;
  /** Puts the card into the cell its stageId/laneId name, at `order` clamped to the cell. */
  put(card: Card, order: number): void;
  /** Removes the card from its cell and from the record. */
  drop(id: Id): CardPlace;
  commit(): Record<Id, Card>;
}

// Ids never contain spaces (IdSchema), so the key is unambiguous.
const cellKey = (stageId: Id, laneId: Id) => `${stageId} ${laneId}`;

/** Starts a draft of `base`; `base` itself is never modified. */
export function draftCards(base: Readonly<Record<Id, Card>>): CardDraft {
  let copy: Record<Id, Card> | undefined;
  let cells: Map<string, Id[]> | undefined;
  const touched = new Set<string>();
  const written = new Set<Id>();
  let dropped = false;
  const current = (): Readonly<Record<Id, Card>> => copy ?? base;
  const write = (card: Card) => {
    (copy ??= { ...base })[card.id] = card;
    written.add(card.id);
  };

  const cellIndex = (): Map<string, Id[]> => {
    if (cells) return cells;
    const byCell = new Map<string, Card[]>();
    for (const card of Object.values(base)) {
      const key = cellKey(card.stageId, card.laneId);
      const list = byCell.get(key);
      if (list) list.push(card);
      else byCell.set(key, [card]);
    }
    cells = new Map([...byCell].map(([key, list]) => [key, list.sort((a, b) => a.order - b.order).map((c) => c.id)]));
    return cells;
  };
  const cell = (stageId: Id, laneId: Id): Id[] => {
    const key = cellKey(stageId, laneId);
    touched.add(key);
    const index = cellIndex();
    const ids = index.get(key) ?? [];
    index.set(key, ids);
    return ids;
  };
  const place = (id: Id): CardPlace => {
    const card = own(current(), id) ?? notFound('card', id);
    return { stageId: card.stageId, laneId: card.laneId, order: cell(card.stageId, card.laneId).indexOf(id) };
  };
  const take = (id: Id): CardPlace => {
    const where = place(id);
    cell(where.stageId, where.laneId).splice(where.order, 1);
    return where;
  };

  return {
    get: (id) => own(current(), id),
    place,
    take,
    put(card, order) {
      const ids = cell(card.stageId, card.laneId);
      ids.splice(Math.min(order, ids.length), 0, card.id);
      if (own(current(), card.id) !== card) write(card);
    },
    drop(id) {
      const where = take(id);
      delete (copy ??= { ...base })[id];
      written.delete(id);
      dropped = true;
      return where;
    },
    commit() {
      const index = cellIndex();
      for (const key of touched) {
        (index.get(key) ?? []).forEach((id, order) => {
          const card = own(current(), id);
          if (card && card.order !== order) write({ ...card, order });
        });
      }
      if (!copy) return base;
      const result = copy;
      let changed = dropped;
      for (const id of written) {
        const original = own(base, id);
        const card = result[id] as Card;
        // A card moved away and back within one command ends up equal to its original: keep the original.
        if (original && sameFields(card, original)) result[id] = original;
        else changed = true;
      }
      return changed ? result : base;
    },
  };
}
