import type { Card, Connection, Id, JourneyMap } from '../model/journey';
import { draftCards } from './cardDraft';
import { conflict, invalidArgs, notFound } from './errors';
import { connectionsOfCards, updateConnections } from './connectionIndex';
import { own } from './fields';
import type { Touched } from './handler';

/** Cards and connections taken out of a map, in the order that puts them back exactly. */
export interface RemovedCards {
  map: JourneyMap;
  cards: Card[];
  connections: Connection[];
  /** The removed cards and connections, and the cards whose order closed the gaps. */
  touched: Touched;
}

/** Refuses a connection whose id is taken or whose ends are missing or the same card. */
export function checkNewConnection(
  cards: Readonly<Record<Id, Card>>,
  connections: Readonly<Record<Id, Connection>>,
  connection: Connection,
): void {
  if (own(connections, connection.id)) conflict('connection', connection.id);
  if (!own(cards, connection.source)) notFound('card', connection.source);
  if (!own(cards, connection.target)) notFound('card', connection.target);
  if (connection.source === connection.target) {
    invalidArgs(`connection "${connection.id}" links card "${connection.source}" to itself`, 'source');
  }
}

/** Adds connections after checking each; the same record when `added` is empty. */
export function addConnections(
  cards: Readonly<Record<Id, Card>>,
  connections: Readonly<Record<Id, Connection>>,
  added: readonly Connection[],
): Readonly<Record<Id, Connection>> {
  if (added.length === 0) return connections;
  const changes = new Map<Id, Connection>();
  for (const connection of added) {
    // The ones added before it count as taken.
    if (changes.has(connection.id)) conflict('connection', connection.id);
    checkNewConnection(cards, connections, connection);
    changes.set(connection.id, connection);
  }
  return updateConnections(connections, [...changes]);
}

/**
 * Inserts each card at its `order` in its cell, in sequence, then adds the
 * connections, each of which must touch one of the new cards (so that deleting
 * the cards, the inverse, removes them again).
 */
export function addCardsWithConnections(map: JourneyMap, cards: readonly Card[], connections: readonly Connection[]): { map: JourneyMap; touched: Touched } {
  const draft = draftCards(map.cards);
  const stageIds = new Set(map.stages.map((s) => s.id));
  const laneIds = new Set(map.lanes.map((l) => l.id));
  for (const card of cards) {
    if (draft.get(card.id)) conflict('card', card.id);
    if (!stageIds.has(card.stageId)) notFound('stage', card.stageId);
    if (!laneIds.has(card.laneId)) notFound('lane', card.laneId);
    draft.put(card, card.order);
  }
  const added = new Set(cards.map((c) => c.id));
  for (const connection of connections) {
    if (!added.has(connection.source) && !added.has(connection.target)) {
      invalidArgs(`connection "${connection.id}" touches none of the cards being added`, 'connections');
    }
  }
  const nextCards = draft.commit();
  return {
    map: { ...map, cards: nextCards, connections: addConnections(nextCards, map.connections, connections) },
    touched: { cards: draft.touched(), connections: connections.map((connection) => connection.id) },
  };
}

/** Removes the cards and every connection touching them; returns what was removed for the inverse. */
export function removeCardsWithConnections(map: JourneyMap, ids: ReadonlySet<Id>): RemovedCards {
  if (ids.size === 0) return { map, cards: [], connections: [], touched: {} };
  const draft = draftCards(map.cards);
  // Ascending order, so re-inserting them one by one puts each back at its exact place.
  const cards = [...ids].map((id) => own(map.cards, id) ?? notFound('card', id)).sort((a, b) => a.order - b.order);
  for (const card of cards) draft.drop(card.id);
  const connections = connectionsOfCards(map.connections, ids);
  return {
    map: { ...map, cards: draft.commit(), connections: updateConnections(map.connections, connections.map((connection) => [connection.id, undefined] as const)) },
    cards,
    connections,
    touched: { cards: draft.touched(), connections: connections.map((connection) => connection.id) },
  };
}
