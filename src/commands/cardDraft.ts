import type { Card, Id } from '../model/journey';
import { notFound } from './errors';
import { own, sameFields } from './fields';
import { indexOfRecord, ownEntry, sharedRecord, updateRecord, valuesInAnyOrder } from './sharedRecord';

/** A card's cell and its 0-based position in it. */
export interface CardPlace {
  stageId: Id;
  laneId: Id;
  order: number;
}

/**
 * Copy-on-write editing of a map's cards that keeps every cell's orders dense.
 * Cells are edited as id lists and cards as a map of changes; `commit` writes
 * the resulting orders back and applies only the changed cards to the record
 * (see updateRecord), so every unchanged card (and the record itself, when
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
  commit(): Readonly<Record<Id, Card>>;
  /** Ids of the cards the draft added, changed or removed (after `commit`, exactly those that differ from the base). */
  touched(): Id[];
}

// Ids never contain spaces (IdSchema), so the key is unambiguous.
const cellKey = (stageId: Id, laneId: Id) => `${stageId} ${laneId}`;

/** Cell key -> ids of the cell's cards in order; a shared record, so the next version replaces a cell without copying the others. */
type CellIndex = Readonly<Record<string, readonly Id[]>>;

/**
 * The cell index (ids of each cell in order) of every cards record a draft has
 * seen or made. Records are never modified, so an index stays valid for as long
 * as its record lives; a draft derives the next record's index from its base's
 * by replacing the cells it edited, so an edit costs what its cells hold, not
 * what the map holds.
 */
const cellIndexes = new WeakMap<Readonly<Record<Id, Card>>, CellIndex>();

function buildCellIndex(cards: Readonly<Record<Id, Card>>): CellIndex {
  const byCell = new Map<string, Card[]>();
  for (const card of valuesInAnyOrder(cards)) {
    const key = cellKey(card.stageId, card.laneId);
    const list = byCell.get(key);
    if (list) list.push(card);
    else byCell.set(key, [card]);
  }
  return sharedRecord(Object.fromEntries([...byCell].map(([key, list]) => [key, list.sort((a, b) => a.order - b.order).map((c) => c.id)])));
}

const cellIndexOf = (cards: Readonly<Record<Id, Card>>): CellIndex => indexOfRecord(cellIndexes, cards, buildCellIndex);

/** Ids of the cell's cards in order (from the record's cell index, built once per record and derived for the records drafts make). */
export function cellIds(cards: Readonly<Record<Id, Card>>, stageId: Id, laneId: Id): readonly Id[] {
  return ownEntry(cellIndexOf(cards), cellKey(stageId, laneId)) ?? [];
}

/** `cards` with `card` in place of the card with its id, which must keep its cell and order (so the cell index carries over). */
export function replaceCard(cards: Readonly<Record<Id, Card>>, card: Card): Readonly<Record<Id, Card>> {
  const next = updateRecord(cards, [[card.id, card]]);
  const index = cellIndexes.get(cards);
  const old = own(cards, card.id);
  if (index && old && old.stageId === card.stageId && old.laneId === card.laneId && old.order === card.order) cellIndexes.set(next, index);
  return next;
}

/** Starts a draft of `base`; `base` itself is never modified. */
export function draftCards(base: Readonly<Record<Id, Card>>): CardDraft {
  // The cards this draft set (a card) or removed (undefined); only these are copied when it commits.
  const changes = new Map<Id, Card | undefined>();
  // Only the cells this draft edits: copies of their id lists.
  const cells = new Map<string, Id[]>();
  // Per edited cell, the first position whose card may have a new order: those before it kept theirs.
  const firstMoved = new Map<Id[], number>();
  const moved = (ids: Id[], at: number) => firstMoved.set(ids, Math.min(at, firstMoved.get(ids) ?? at));
  let committed: Id[] | undefined;
  const current = (id: Id): Card | undefined => (changes.has(id) ? changes.get(id) : own(base, id));

  const cell = (stageId: Id, laneId: Id): Id[] => {
    const key = cellKey(stageId, laneId);
    let ids = cells.get(key);
    if (!ids) {
      ids = [...cellIds(base, stageId, laneId)];
      cells.set(key, ids);
    }
    return ids;
  };
  const place = (id: Id): CardPlace => {
    const card = current(id) ?? notFound('card', id);
    return { stageId: card.stageId, laneId: card.laneId, order: cell(card.stageId, card.laneId).indexOf(id) };
  };
  const take = (id: Id): CardPlace => {
    const where = place(id);
    const ids = cell(where.stageId, where.laneId);
    ids.splice(where.order, 1);
    moved(ids, where.order);
    return where;
  };

  return {
    get: current,
    place,
    take,
    put(card, order) {
      const ids = cell(card.stageId, card.laneId);
      const at = Math.min(order, ids.length);
      ids.splice(at, 0, card.id);
      moved(ids, at);
      if (current(card.id) !== card) changes.set(card.id, card);
    },
    drop(id) {
      const where = take(id);
      changes.set(id, undefined);
      return where;
    },
    commit() {
      for (const [ids, first] of firstMoved) {
        for (let order = first; order < ids.length; order++) {
          const id = ids[order]!;
          const card = current(id);
          if (card && card.order !== order) changes.set(id, { ...card, order });
        }
      }
      const changedIds: Id[] = [];
      for (const [id, card] of changes) {
        const original = own(base, id);
        // A card moved away and back within one command ends up equal to its original: keep the original.
        if (card && original && (card === original || sameFields(card, original))) changes.delete(id);
        else if (card || original) changedIds.push(id);
      }
      committed = changedIds;
      if (changedIds.length === 0) return base;
      const result = updateRecord(base, changes);
      const cellChanges: [string, readonly Id[] | undefined][] = [];
      for (const [key, ids] of cells) cellChanges.push([key, ids.length > 0 ? ids : undefined]);
      cellIndexes.set(result, updateRecord(cellIndexOf(base), cellChanges));
      return result;
    },
    touched: () => committed ?? [...changes.keys()],
  };
}
