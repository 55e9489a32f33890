import type { Card, JourneyMap } from '../model/journey';
import { formatIssuePath } from './issuePath';

/** A broken reference or duplicate inside a map, with the path of the field relative to the map. */
export interface MapProblem {
  path: string;
  message: string;
}

const at = (...path: (string | number)[]) => formatIssuePath(path);

function duplicateId(list: readonly { id: string }[], noun: string, key: string): MapProblem | undefined {
  const seen = new Set<string>();
  for (const [index, item] of list.entries()) {
    if (seen.has(item.id)) return { path: at(key, index, 'id'), message: `${noun} id "${item.id}" is used twice` };
    seen.add(item.id);
  }
  return undefined;
}

/**
 * The first reference a schema cannot check: unique stage and lane ids, record
 * keys equal to ids, cards in existing stages and lanes, connections between
 * two different existing cards. Undefined when the map is consistent.
 */
export function findMapProblem(map: JourneyMap): MapProblem | undefined {
  const problem = duplicateId(map.stages, 'stage', 'stages') ?? duplicateId(map.lanes, 'lane', 'lanes');
  if (problem) return problem;
  const stageIds = new Set(map.stages.map((s) => s.id));
  const laneIds = new Set(map.lanes.map((l) => l.id));
  for (const [key, card] of Object.entries(map.cards)) {
    if (card.id !== key) return { path: at('cards', key, 'id'), message: `card id "${card.id}" differs from its key "${key}"` };
    if (!stageIds.has(card.stageId)) return { path: at('cards', key, 'stageId'), message: `stage "${card.stageId}" does not exist` };
    if (!laneIds.has(card.laneId)) return { path: at('cards', key, 'laneId'), message: `lane "${card.laneId}" does not exist` };
  }
  for (const [key, connection] of Object.entries(map.connections)) {
    if (connection.id !== key) {
      return { path: at('connections', key, 'id'), message: `connection id "${connection.id}" differs from its key "${key}"` };
    }
    for (const end of ['source', 'target'] as const) {
      if (!Object.hasOwn(map.cards, connection[end])) {
        return { path: at('connections', key, end), message: `card "${connection[end]}" does not exist` };
      }
    }
    if (connection.source === connection.target) {
      return { path: at('connections', key, 'target'), message: `connection links card "${connection.source}" to itself` };
    }
  }
  return undefined;
}

/**
 * Renumbers each cell's cards 0..n-1 keeping their relative order (ties broken
 * by id), so hand-edited files with gaps or duplicate orders still load.
 * Returns the same map when every cell is already dense.
 */
export function normalizeCardOrders<M extends JourneyMap>(map: M): M {
  const cells = new Map<string, Card[]>();
  for (const card of Object.values(map.cards)) {
    const key = `${card.stageId} ${card.laneId}`;
    const cell = cells.get(key);
    if (cell) cell.push(card);
    else cells.set(key, [card]);
  }
  let cards: Record<string, Card> | undefined;
  for (const cell of cells.values()) {
    cell.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    cell.forEach((card, order) => {
      if (card.order !== order) (cards ??= { ...map.cards })[card.id] = { ...card, order };
    });
  }
  return cards ? { ...map, cards } : map;
}
