import type { Card, Connection, EmotionPoint, JourneyMap, Lane, Stage } from '../model/journey';
import { cellIds } from './cardDraft';
import { addCardsWithConnections, removeCardsWithConnections, type RemovedCards } from './cardSets';
import { addEmotionPoints, removeEmotionPoints } from './emotionPoints';
import { conflict, invalidArgs } from './errors';
import { indexOfId, insertAt, moveTo, replaceAt } from './fields';
import type { Touched } from './handler';

/**
 * Stages (columns) and lanes (rows) are edited the same way; an axis says
 * which list of the map to edit and which card field points into it.
 */
export interface Axis<T extends Stage | Lane> {
  noun: 'stage' | 'lane';
  cardField: 'stageId' | 'laneId';
  items(map: JourneyMap): readonly T[];
  withItems(map: JourneyMap, items: readonly T[]): JourneyMap;
}

export const stageAxis: Axis<Stage> = {
  noun: 'stage',
  cardField: 'stageId',
  items: (map) => map.stages,
  withItems: (map, stages) => (stages === map.stages ? map : { ...map, stages: [...stages] }),
};

export const laneAxis: Axis<Lane> = {
  noun: 'lane',
  cardField: 'laneId',
  items: (map) => map.lanes,
  withItems: (map, lanes) => (lanes === map.lanes ? map : { ...map, lanes: [...lanes] }),
};

/** Inserts the item at `index` (clamped; at the end by default) with cards, connections and emotion points given back on undo; says which cards and connections it added. */
export function addToAxis<T extends Stage | Lane>(
  axis: Axis<T>,
  map: JourneyMap,
  item: T,
  index: number | undefined,
  cards: readonly Card[],
  connections: readonly Connection[],
  emotions: readonly EmotionPoint[],
): { map: JourneyMap; touched: Touched } {
  const items = axis.items(map);
  if (items.some((existing) => existing.id === item.id)) conflict(axis.noun, item.id);
  for (const card of cards) {
    // Undo of the add deletes only this item's cards, so it may not bring others.
    if (card[axis.cardField] !== item.id) {
      invalidArgs(`card "${card.id}" is not in the ${axis.noun} "${item.id}" being added`, 'cards');
    }
  }
  for (const point of emotions) {
    if (point[axis.cardField] !== item.id) {
      invalidArgs(`emotion point "${point.id}" is not in the ${axis.noun} "${item.id}" being added`, 'emotions');
    }
  }
  const withItem = axis.withItems(map, insertAt(items, index ?? items.length, item));
  const added = addCardsWithConnections(withItem, cards, connections);
  return { map: addEmotionPoints(added.map, emotions), touched: added.touched };
}

/** Replaces the item by `change(item)`; the map is unchanged when `change` returns the item itself. */
export function patchAxisItem<T extends Stage | Lane>(
  axis: Axis<T>,
  map: JourneyMap,
  id: string,
  change: (item: T) => T,
): { map: JourneyMap; before: T } {
  const items = axis.items(map);
  const index = indexOfId(items, id, axis.noun);
  const before = items[index] as T;
  return { map: axis.withItems(map, replaceAt(items, index, change(before))), before };
}

/** Moves the item to `toIndex`, clamped; returns where it was. */
export function moveInAxis<T extends Stage | Lane>(
  axis: Axis<T>,
  map: JourneyMap,
  id: string,
  toIndex: number,
): { map: JourneyMap; from: number } {
  const items = axis.items(map);
  const from = indexOfId(items, id, axis.noun);
  return { map: axis.withItems(map, moveTo(items, from, toIndex)), from };
}

/** Removes the item with its cards, their connections and its emotion points; returns all of it for the inverse. */
export function deleteFromAxis<T extends Stage | Lane>(
  axis: Axis<T>,
  map: JourneyMap,
  id: string,
): RemovedCards & { item: T; index: number; emotions: EmotionPoint[] } {
  const items = axis.items(map);
  const index = indexOfId(items, id, axis.noun);
  // The item's cells, from the cell index: no pass over every card of the map.
  const cells = axis.cardField === 'stageId' ? map.lanes.map((lane) => cellIds(map.cards, id, lane.id)) : map.stages.map((stage) => cellIds(map.cards, stage.id, id));
  const ids = new Set(cells.flat());
  const removed = removeCardsWithConnections(map, ids);
  const withoutPoints = removeEmotionPoints(removed.map, (point) => point[axis.cardField] === id);
  const remaining = items.filter((item) => item.id !== id);
  return {
    ...removed,
    map: axis.withItems(withoutPoints.map, remaining),
    item: items[index] as T,
    index,
    emotions: withoutPoints.points,
  };
}
