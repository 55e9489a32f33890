import type { Card, Id, JourneyMap, Lane, LaneType } from '../../src/model/journey';
import { visibleLanes } from '../../src/views/viewFilter';
import { CARD_WIDTH, CELL_PADDING, STAGE_WIDTH, cardWidth, estimateCardHeight } from './cardSize';
import { blueprintLines, laneGroupBands, type BlueprintLine, type LaneGroupBand } from './laneGroups';

/**
 * The grid is the truth: every pixel position on the canvas is computed here
 * from (stage index, lane index, order in cell). Nothing here is ever stored.
 */

/** The lane header column: the view band, then each lane's name. */
export const LANE_HEADER_WIDTH = 208;
/** The "customer view" / "internal view" band at the left of the lane header column. */
export const LANE_GROUP_WIDTH = 24;
export const STAGE_HEADER_HEIGHT = 56;
/** The phase row above the stage headers, drawn only when the map has phases. */
export const PHASE_HEADER_HEIGHT = 34;
export { CARD_WIDTH, CELL_PADDING, STAGE_WIDTH };
/** Extra room under the last card so there is always a visible place to drop or double-click. */
export const CELL_BOTTOM_ROOM = 20;
export const CARD_GAP = 8;
/** Lanes are never shorter than this, even when empty. */
export const LANE_MIN_HEIGHT = 96;
/** Emotions lanes hold a curve over five levels instead of cards, so they keep room for it. */
export const EMOTION_LANE_MIN_HEIGHT = 160;

export interface StageColumn {
  id: Id;
  index: number;
  x: number;
  width: number;
}

/** A phase header over the columns of its stages. */
export interface PhaseColumn {
  id: Id;
  /** Index among the map's phases. */
  index: number;
  x: number;
  width: number;
  stageIds: Id[];
}

export interface LaneRow {
  id: Id;
  /** Index among all the map's lanes, hidden ones included (what lane commands use). */
  index: number;
  y: number;
  height: number;
}

export interface CardBox {
  id: Id;
  stageId: Id;
  laneId: Id;
  order: number;
  /** Stage columns covered, clamped to the columns that exist. */
  span: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GridLayout {
  stages: StageColumn[];
  phases: PhaseColumn[];
  /** The rows of the lanes drawn, top to bottom; hidden lanes have none. */
  lanes: LaneRow[];
  /** Top of the stage header row: below the phase row when there is one. */
  stageHeaderY: number;
  /** Top of the first lane: the height of all header rows. */
  headerHeight: number;
  groups: LaneGroupBand[];
  lines: BlueprintLine[];
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

interface Placed {
  card: Card;
  stageIndex: number;
  order: number;
  span: number;
  top: number;
  height: number;
}

/**
 * Places one lane's cards relative to the lane's top, stage by stage and in
 * order inside each cell. A card spanning n stages sits below the lowest card
 * already placed in any of its n columns, and the cards placed after it in
 * those columns go below it, so no two cards ever overlap.
 */
function placeLane(cells: Card[][], laneType: LaneType, extraHeights?: ReadonlyMap<Id, number>): Placed[] {
  const cursor = cells.map(() => CELL_PADDING);
  const placed: Placed[] = [];
  cells.forEach((cards, stageIndex) => {
    cards.forEach((card, order) => {
      const span = Math.min(card.span ?? 1, cells.length - stageIndex);
      const covered = cursor.slice(stageIndex, stageIndex + span);
      const top = Math.max(...covered);
      const height = estimateCardHeight(card, laneType, span) + (extraHeights?.get(card.id) ?? 0);
      for (let i = stageIndex; i < stageIndex + span; i++) cursor[i] = top + height + CARD_GAP;
      placed.push({ card, stageIndex, order, span, top, height });
    });
  });
  return placed;
}

const phaseColumns = (map: JourneyMap, stages: StageColumn[]): PhaseColumn[] =>
  (map.phases ?? []).flatMap((phase, index): PhaseColumn[] => {
    const own = stages.filter((s) => map.stages[s.index]?.phaseId === phase.id);
    const first = own[0];
    const last = own.at(-1);
    if (!first || !last) return [];
    return [{ id: phase.id, index, x: first.x, width: last.x + last.width - first.x, stageIds: own.map((s) => s.id) }];
  });

/**
 * Computes column, row and card boxes, phase headers, lane group bands and
 * blueprint lines. `laneHeights` overrides lanes' own minimum heights (used to
 * preview a resize before it is committed). Lanes in `hiddenLaneIds` (a view
 * filter) get no row and their cards no box; the lanes below close up. Cards
 * of emotions lanes are not drawn as cards: that lane shows the emotion curve.
 * `extraCardHeights` adds room under cards for content the document does not
 * hold (the metric badges of imported values). `laneOrder` reorders the rows
 * drawn (the compare view shows the customer's lanes first); rows keep their
 * lanes' document indexes, so lane commands still act on the document's order.
 */
export function computeLayout(
  map: JourneyMap,
  laneHeights?: ReadonlyMap<Id, number>,
  hiddenLaneIds: readonly Id[] = [],
  extraCardHeights?: ReadonlyMap<Id, number>,
  laneOrder?: (lanes: readonly Lane[]) => Lane[],
): GridLayout {
  const byCell = groupCardsByCell(map);
  const stages = map.stages.map(
    (stage, index): StageColumn => ({ id: stage.id, index, x: LANE_HEADER_WIDTH + index * STAGE_WIDTH, width: STAGE_WIDTH }),
  );
  const hasPhases = (map.phases?.length ?? 0) > 0;
  const stageHeaderY = hasPhases ? PHASE_HEADER_HEIGHT : 0;
  const headerHeight = stageHeaderY + STAGE_HEADER_HEIGHT;

  const lanes: LaneRow[] = [];
  const cards: Record<Id, CardBox> = {};
  const cells = new Map<string, Id[]>();
  let y = headerHeight;
  const indexOf = new Map(map.lanes.map((lane, index) => [lane.id, index]));
  const visible = visibleLanes(map.lanes, hiddenLaneIds);
  const shown = laneOrder ? laneOrder(visible) : visible;
  shown.forEach((lane) => {
    const index = indexOf.get(lane.id) ?? 0;
    const laneCells = map.stages.map((stage) => (lane.type === 'emotions' ? [] : (byCell.get(cellKey(stage.id, lane.id)) ?? [])));
    const placed = placeLane(laneCells, lane.type, extraCardHeights);
    const content = placed.reduce((bottom, p) => Math.max(bottom, p.top + p.height), CELL_PADDING);
    const wanted = laneHeights?.get(lane.id) ?? lane.height ?? 0;
    const minimum = lane.type === 'emotions' ? EMOTION_LANE_MIN_HEIGHT : LANE_MIN_HEIGHT;
    const height = Math.max(minimum, wanted, content + CELL_PADDING + CELL_BOTTOM_ROOM);
    for (const p of placed) {
      const stage = stages[p.stageIndex];
      if (!stage) continue;
      cards[p.card.id] = {
        id: p.card.id,
        stageId: stage.id,
        laneId: lane.id,
        order: p.order,
        span: p.span,
        x: stage.x + CELL_PADDING,
        y: y + p.top,
        width: cardWidth(p.span),
        height: p.height,
      };
    }
    laneCells.forEach((list, stageIndex) => {
      const stage = map.stages[stageIndex];
      if (stage) cells.set(cellKey(stage.id, lane.id), list.map((c) => c.id));
    });
    lanes.push({ id: lane.id, index, y, height });
    y += height;
  });

  return {
    stages,
    phases: phaseColumns(map, stages),
    lanes,
    stageHeaderY,
    headerHeight,
    groups: laneGroupBands(shown, lanes),
    lines: blueprintLines(shown, lanes),
    cards,
    cells,
    width: LANE_HEADER_WIDTH + stages.length * STAGE_WIDTH,
    height: y,
  };
}

/** Index of the column containing `x`, clamped to the existing columns (for reordering stages by drag). */
export function stageIndexAt(layout: GridLayout, x: number): number {
  const i = Math.floor((x - LANE_HEADER_WIDTH) / STAGE_WIDTH);
  return Math.min(Math.max(i, 0), Math.max(0, layout.stages.length - 1));
}

/** Map index of the lane whose row contains `y`, clamped to the drawn rows (for reordering lanes by drag). */
export function laneIndexAt(layout: GridLayout, y: number): number {
  const row = layout.lanes.find((lane) => y < lane.y + lane.height) ?? layout.lanes.at(-1);
  return row?.index ?? 0;
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
