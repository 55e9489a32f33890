import type { Connection, Id } from '../model/journey';
import { own } from './fields';
import { indexOfRecord, inKeyOrder, ownEntry, sharedRecord, updateRecord, valuesInAnyOrder } from './sharedRecord';

/** Card id -> ids of the connections that start or end at it; a shared record, so the next version replaces only the lists that change. */
type ConnectionIndex = Readonly<Record<Id, readonly Id[]>>;

/**
 * The index of every connections record that was searched by card or made
 * from one that was. Records are never modified, so an index stays valid as
 * long as its record lives; `updateConnections` derives the next record's
 * index from its base's, so finding a card's connections never scans the map.
 */
const indexes = new WeakMap<Readonly<Record<Id, Connection>>, ConnectionIndex>();

function buildIndex(connections: Readonly<Record<Id, Connection>>): ConnectionIndex {
  const byCard: Record<Id, Id[]> = {};
  const add = (cardId: Id, id: Id) => {
    if (Object.hasOwn(byCard, cardId)) byCard[cardId]!.push(id);
    else byCard[cardId] = [id];
  };
  for (const connection of valuesInAnyOrder(connections)) {
    add(connection.source, connection.id);
    if (connection.target !== connection.source) add(connection.target, connection.id);
  }
  return sharedRecord(byCard);
}

const indexOf = (connections: Readonly<Record<Id, Connection>>): ConnectionIndex => indexOfRecord(indexes, connections, buildIndex);

/** The connections that start or end at any of `cardIds`, each once, in the record's order. */
export function connectionsOfCards(connections: Readonly<Record<Id, Connection>>, cardIds: Iterable<Id>): Connection[] {
  const index = indexOf(connections);
  const found = new Map<Id, Connection>();
  for (const cardId of cardIds) {
    for (const id of ownEntry(index, cardId) ?? []) if (!found.has(id)) found.set(id, own(connections, id)!);
  }
  return inKeyOrder(connections, [...found.values()]);
}

/** `connections` with each change applied (see updateRecord); the result's card index, when the base has one, is derived from it. */
export function updateConnections(
  connections: Readonly<Record<Id, Connection>>,
  changes: readonly (readonly [Id, Connection | undefined])[],
): Readonly<Record<Id, Connection>> {
  const next = updateRecord(connections, changes);
  const index = indexes.get(connections);
  if (next === connections || !index) return next;
  const lists = new Map<Id, Id[]>();
  const list = (cardId: Id): Id[] => {
    let ids = lists.get(cardId);
    if (!ids) {
      ids = [...(ownEntry(index, cardId) ?? [])];
      lists.set(cardId, ids);
    }
    return ids;
  };
  const ends = (connection: Connection) => (connection.source === connection.target ? [connection.source] : [connection.source, connection.target]);
  // What each id holds so far, for a change that follows another of the same id.
  const now = new Map<Id, Connection | undefined>();
  for (const [id, value] of changes) {
    const old = now.has(id) ? now.get(id) : own(connections, id);
    now.set(id, value);
    if (old && value && old.source === value.source && old.target === value.target) continue;
    if (old) {
      for (const cardId of ends(old)) {
        const ids = list(cardId);
        ids.splice(ids.indexOf(id), 1);
      }
    }
    if (value) for (const cardId of ends(value)) list(cardId).push(id);
  }
  indexes.set(next, updateRecord(index, [...lists].map(([cardId, ids]) => [cardId, ids.length > 0 ? ids : undefined] as const)));
  return next;
}
