import type { Command } from '../../src/commands/schemas';
import type { Card, ConnectionKind, Id, JourneyMap, LaneType } from '../../src/model/journey';
import type { CellTarget } from './layout';

/**
 * Turns editor gestures into named commands. Pure: ids of new entities are
 * passed in, so the same gesture always gives the same commands.
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

const cardsInCell = (map: JourneyMap, stageId: Id, laneId: Id): number =>
  Object.values(map.cards).filter((c) => c.stageId === stageId && c.laneId === laneId).length;

/** Adds an empty card at the end of a cell. */
export function addCardAtEnd(map: JourneyMap, stageId: Id, laneId: Id, id: Id): Command {
  const order = cardsInCell(map, stageId, laneId);
  return { name: 'card.add', args: { cards: [{ id, stageId, laneId, order, title: '' }] } };
}

/** Adds a stage at `index` (0 = first). */
export function addStageAt(index: number, id: Id, name: string): Command {
  return { name: 'stage.add', args: { stage: { id, name }, index } };
}

/** Adds a lane of `type` at `index` (0 = top). */
export function addLaneAt(index: number, id: Id, type: LaneType, name: string): Command {
  return { name: 'lane.add', args: { lane: { id, name, type }, index } };
}

const position = (map: JourneyMap) => {
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(map.lanes.map((l, i) => [l.id, i]));
  return (a: Card, b: Card): number =>
    (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) ||
    (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) ||
    a.order - b.order;
};

/** Existing cards among `ids`, in reading order (stage, then lane, then order in cell). */
export function cardsInReadingOrder(map: JourneyMap, ids: Iterable<Id>): Card[] {
  const cards: Card[] = [];
  for (const id of ids) {
    const card = map.cards[id];
    if (card) cards.push(card);
  }
  return cards.sort(position(map));
}

/**
 * Deletes cards and connections in one go. Connections that touch a deleted
 * card go with it (card.delete does that), so only the others are named.
 */
export function deleteSelection(map: JourneyMap, cardIds: ReadonlySet<Id>, edgeIds: ReadonlySet<Id>): Command[] {
  const commands: Command[] = [];
  const cards = [...cardIds].filter((id) => map.cards[id]);
  const connections = [...edgeIds].filter((id) => {
    const c = map.connections[id];
    return c !== undefined && !cardIds.has(c.source) && !cardIds.has(c.target);
  });
  if (connections.length > 0) commands.push({ name: 'connection.delete', args: { ids: connections } });
  if (cards.length > 0) commands.push({ name: 'card.delete', args: { ids: cards } });
  return commands;
}

/** Moves cards into one cell, keeping their reading order, starting at the target's order. */
export function moveCardsTo(map: JourneyMap, ids: Iterable<Id>, target: CellTarget): Command | null {
  const cards = cardsInReadingOrder(map, ids);
  if (cards.length === 0) return null;
  const moves = cards.map((card, i) => ({ id: card.id, stageId: target.stageId, laneId: target.laneId, order: target.order + i }));
  const unchanged = moves.every((m) => {
    const card = map.cards[m.id];
    return card?.stageId === m.stageId && card.laneId === m.laneId && card.order === m.order;
  });
  return unchanged ? null : { name: 'card.move', args: { moves } };
}

/**
 * Moves each card one stage (left/right) or lane (up/down) over, keeping its
 * order. Null when any of them is already at the edge, so a group never splits.
 */
export function nudgeCards(map: JourneyMap, ids: Iterable<Id>, direction: Direction): Command | null {
  const cards = cardsInReadingOrder(map, ids);
  if (cards.length === 0) return null;
  const horizontal = direction === 'left' || direction === 'right';
  const step = direction === 'left' || direction === 'up' ? -1 : 1;
  const axis = horizontal ? map.stages : map.lanes;
  const moves = [];
  for (const card of cards) {
    const from = axis.findIndex((item) => item.id === (horizontal ? card.stageId : card.laneId));
    const to = axis[from + step];
    if (from === -1 || !to) return null;
    moves.push(horizontal ? { id: card.id, stageId: to.id, laneId: card.laneId, order: card.order } : { id: card.id, stageId: card.stageId, laneId: to.id, order: card.order });
  }
  return { name: 'card.move', args: { moves } };
}

/** A connection (of `kind`, when given) from `source` to `target`, unless it would be a loop on one card or a duplicate. */
export function connectCards(map: JourneyMap, source: Id, target: Id, id: Id, kind?: ConnectionKind): Command | null {
  if (source === target || !map.cards[source] || !map.cards[target]) return null;
  const exists = Object.values(map.connections).some((c) => c.source === source && c.target === target);
  return exists ? null : { name: 'connection.add', args: { connections: [{ id, source, target, ...(kind ? { kind } : {}) }] } };
}

/**
 * A new phase holding one stage, placed among the phases after every phase
 * that an earlier stage belongs to, so the phase row keeps the stages' order.
 */
export function addPhaseForStage(map: JourneyMap, stageId: Id, id: Id, name: string): Command | null {
  const at = map.stages.findIndex((s) => s.id === stageId);
  if (at === -1) return null;
  const phases = map.phases ?? [];
  const earlier = new Set(map.stages.slice(0, at).map((s) => s.phaseId));
  const index = phases.reduce((next, phase, i) => (earlier.has(phase.id) ? i + 1 : next), 0);
  return { name: 'phase.add', args: { phase: { id, name }, index, stageIds: [stageId] } };
}
