import type { Card, Id, JourneyMap } from '../../src/model/journey';

/**
 * The grid is the truth: every pixel position on the canvas is computed here
 * from (stage index, lane index, order in cell). Nothing here is ever stored.
 */

export const LANE_HEADER_WIDTH = 184;
export const STAGE_HEADER_HEIGHT = 56;
export const STAGE_WIDTH = 248;
export const CELL_PADDING = 12;
/** Extra room under the last card so there is always a visible place to drop or double-click. */
export const CELL_BOTTOM_ROOM = 20;
export const CARD_GAP = 8;
export const CARD_WIDTH = STAGE_WIDTH - 2 * CELL_PADDING;
/** Lanes are never shorter than this, even when empty. */
export const LANE_MIN_HEIGHT = 96;

/** Card typography; CardNode's CSS uses the same numbers so the estimate matches what is drawn. */
export const CARD_STRIP_WIDTH = 4;
export const CARD_PADDING_X = 10;
export const CARD_PADDING_Y = 8;
export const TITLE_LINE_HEIGHT = 18;
export const BODY_LINE_HEIGHT = 16;
export const BODY_MAX_LINES = 2;
const BODY_GAP = 4;
/** Width units per title line: Latin characters count 1, CJK and other wide characters count 2. */
const TITLE_UNITS_PER_LINE = 28;
const BODY_UNITS_PER_LINE = 32;

export interface StageColumn {
  id: Id;
  index: number;
  x: number;
  width: number;
}

export interface LaneRow {
  id: Id;
  index: number;
  y: number;
  height: number;
}

export interface CardBox {
  id: Id;
  stageId: Id;
  laneId: Id;
  order: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GridLayout {
  stages: StageColumn[];
  lanes: LaneRow[];
  cards: Record<Id, CardBox>;
  /** Card ids of each cell in display order, keyed by `cellKey(stageId, laneId)`. */
  cells: Map<string, Id[]>;
  width: number;
  height: number;
}

export interface CellTarget {
  stageId: Id;
  laneId: Id;
  order: number;
}

export interface Point {
  x: number;
  y: number;
}

export const cellKey = (stageId: Id, laneId: Id): string => `${stageId}\u0000${laneId}`;

// East Asian wide ranges (CJK, Hangul, kana, full-width forms) and astral symbols such as emoji.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f000}-\u{3ffff}]/u;

/** How many wrapped lines a text takes when a line holds `unitsPerLine` Latin characters. */
export function estimateLines(text: string, unitsPerLine: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let units = 0;
    for (const ch of paragraph) units += WIDE.test(ch) ? 2 : 1;
    lines += Math.max(1, Math.ceil(units / unitsPerLine));
  }
  return lines;
}

/** Estimated card height: long titles make taller cards; the body preview adds at most two lines. */
export function estimateCardHeight(card: Pick<Card, 'title' | 'body'>): number {
  const titleLines = estimateLines(card.title, TITLE_UNITS_PER_LINE);
  const body = card.body?.trim();
  const bodyLines = body ? Math.min(BODY_MAX_LINES, estimateLines(body, BODY_UNITS_PER_LINE)) : 0;
  const bodyHeight = bodyLines > 0 ? BODY_GAP + bodyLines * BODY_LINE_HEIGHT : 0;
  return CARD_PADDING_Y * 2 + titleLines * TITLE_LINE_HEIGHT + bodyHeight;
}

function groupCardsByCell(map: JourneyMap): Map<string, Card[]> {
  const cells = new Map<string, Card[]>();
  for (const card of Object.values(map.cards)) {
    const key = cellKey(card.stageId, card.laneId);
    const list = cells.get(key);
    if (list) list.push(card);
    else cells.set(key, [card]);
  }
  for (const list of cells.values()) list.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  return cells;
}

const stackHeight = (heights: number[]): number =>
  heights.reduce((sum, h) => sum + h, 0) + Math.max(0, heights.length - 1) * CARD_GAP;

/**
 * Computes column, row and card boxes. `laneHeights` overrides lanes' own
 * minimum heights (used to preview a resize before it is committed).
 */
export function computeLayout(map: JourneyMap, laneHeights?: ReadonlyMap<Id, number>): GridLayout {
  const byCell = groupCardsByCell(map);
  const heights = new Map<Id, number>();
  for (const card of Object.values(map.cards)) heights.set(card.id, estimateCardHeight(card));

  const stages = map.stages.map(
    (stage, index): StageColumn => ({ id: stage.id, index, x: LANE_HEADER_WIDTH + index * STAGE_WIDTH, width: STAGE_WIDTH }),
  );

  const lanes: LaneRow[] = [];
  let y = STAGE_HEADER_HEIGHT;
  map.lanes.forEach((lane, index) => {
    let content = 0;
    for (const stage of map.stages) {
      const cards = byCell.get(cellKey(stage.id, lane.id)) ?? [];
      content = Math.max(content, stackHeight(cards.map((c) => heights.get(c.id) ?? 0)));
    }
    const wanted = laneHeights?.get(lane.id) ?? lane.height ?? 0;
    const height = Math.max(LANE_MIN_HEIGHT, wanted, 2 * CELL_PADDING + CELL_BOTTOM_ROOM + content);
    lanes.push({ id: lane.id, index, y, height });
    y += height;
  });

  const cards: Record<Id, CardBox> = {};
  const cells = new Map<string, Id[]>();
  for (const stage of stages) {
    for (const lane of lanes) {
      const key = cellKey(stage.id, lane.id);
      const list = byCell.get(key) ?? [];
      cells.set(key, list.map((c) => c.id));
      let top = lane.y + CELL_PADDING;
      list.forEach((card, order) => {
        const height = heights.get(card.id) ?? 0;
        cards[card.id] = { id: card.id, stageId: stage.id, laneId: lane.id, order, x: stage.x + CELL_PADDING, y: top, width: CARD_WIDTH, height };
        top += height + CARD_GAP;
      });
    }
  }

  return { stages, lanes, cards, cells, width: LANE_HEADER_WIDTH + stages.length * STAGE_WIDTH, height: y };
}

/** Index of the column containing `x`, clamped to the existing columns (for reordering stages by drag). */
export function stageIndexAt(layout: GridLayout, x: number): number {
  const i = Math.floor((x - LANE_HEADER_WIDTH) / STAGE_WIDTH);
  return Math.min(Math.max(i, 0), Math.max(0, layout.stages.length - 1));
}

/** Index of the row containing `y`, clamped to the existing rows (for reordering lanes by drag). */
export function laneIndexAt(layout: GridLayout, y: number): number {
  const i = layout.lanes.findIndex((lane) => y < lane.y + lane.height);
  return i === -1 ? Math.max(0, layout.lanes.length - 1) : i;
}

/**
 * The cell under `point` and the order a card dropped there gets: the number
 * of the cell's cards (other than `exclude`, the cards being moved) whose
 * vertical centre is above the point. Null outside the grid of cells.
 */
export function cellAt(layout: GridLayout, point: Point, exclude?: ReadonlySet<Id>): CellTarget | null {
  const stage = layout.stages.find((s) => point.x >= s.x && point.x < s.x + s.width);
  const lane = layout.lanes.find((l) => point.y >= l.y && point.y < l.y + l.height);
  if (!stage || !lane) return null;
  let order = 0;
  for (const id of layout.cells.get(cellKey(stage.id, lane.id)) ?? []) {
    const box = layout.cards[id];
    if (!box || exclude?.has(id)) continue;
    if (box.y + box.height / 2 < point.y) order += 1;
  }
  return { stageId: stage.id, laneId: lane.id, order };
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

const VIEW_PADDING = 24;
/** Below this zoom card titles are too small to read; a map that only fits smaller opens at its top-left corner instead. */
const MIN_READABLE_ZOOM = 0.5;
const LARGE_MAP_ZOOM = 0.8;

/** The viewport a map opens with in a `width` x `height` canvas: all of it when that stays readable, else its top-left corner. */
export function initialViewport(layout: GridLayout, width: number, height: number): Viewport {
  const fit = Math.min((width - 2 * VIEW_PADDING) / layout.width, (height - 2 * VIEW_PADDING) / layout.height, 1);
  if (fit >= MIN_READABLE_ZOOM) return { x: Math.max(VIEW_PADDING, (width - layout.width * fit) / 2), y: VIEW_PADDING, zoom: fit };
  return { x: VIEW_PADDING, y: VIEW_PADDING, zoom: LARGE_MAP_ZOOM };
}
