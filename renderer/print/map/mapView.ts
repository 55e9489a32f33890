import i18next from 'i18next';
import type { ContentOptions } from '../../../src/export/exportOptions';
import type { PrintData } from '../../../src/export/printData';
import type { CardLook } from '../../canvas/laneTypeVisuals';
import type { BlueprintLineKind, LaneView } from '../../canvas/laneGroups';
import { LANE_HEADER_WIDTH, computeLayout } from '../../canvas/layout';
import { buildCardViews, metricBadgeHeights } from './cardView';
import { buildEdgeViews, type EdgeView } from './edgeView';
import { buildEmotionViews, type EmotionView } from './emotionView';
import { buildHeaderViews, type HeaderViews } from './headerView';
import { headerShift, pinHeaders } from './pinHeaders';
import { filterForPrint } from './printFilter';
import { viewContext } from './viewContext';
import type { Pill } from './pills';
import type { PrintIcon } from './printIcons';
import type { TextBlock } from './printText';

/** Width in CSS pixels of `text` in `font` (a CSS font shorthand such as '600 14px "Noto Sans SC"'). */
export type TextMeasure = (text: string, font: string) => number;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An icon drawn `size` px square with its top-left at (x, y). */
export interface PlacedIcon {
  icon: PrintIcon;
  x: number;
  y: number;
  size: number;
  color: string;
}

/** A grid cell's background (alternating rows, the internal view's blue-grey). */
export interface CellView extends Box {
  fill: string;
}

export interface PhaseView extends Box {
  id: string;
  fill: string;
  border: string;
  name: TextBlock;
}

export interface StageView extends Box {
  id: string;
  /** The coloured strip along the top (the stage's colour or grey). */
  accent: string;
  name: TextBlock;
  badges: Pill[];
  /** Outline colour when the stage has open gaps (gap markers on). */
  gapColor?: string;
}

export interface LaneHeaderView extends Box {
  id: string;
  type: string;
  icon: PlacedIcon;
  name: TextBlock;
  badges: Pill[];
}

export interface LaneGroupView extends Box {
  view: LaneView;
  fill: string;
  color: string;
  label: string;
  /** CJK labels stand upright one character under the other; Latin ones are turned a quarter. */
  upright: boolean;
}

export interface BlueprintLineView {
  kind: BlueprintLineKind;
  y: number;
  x1: number;
  x2: number;
  color: string;
  label: Pill;
}

export interface CardImageView extends Box {
  /** A data: URL of the card's picture; absent when the card has none (a placeholder is drawn). */
  href?: string;
  placeholder?: PlacedIcon;
}

export interface CardView extends Box {
  id: string;
  stageId: string;
  laneId: string;
  look: CardLook;
  fill: string;
  stroke: string;
  dash?: string;
  radius: number;
  /** The colour strip on the left (none on speech bubbles). */
  strip?: string;
  /** Speech bubbles' tail under the box. */
  tail: boolean;
  glyph?: PlacedIcon;
  image?: CardImageView;
  title: TextBlock;
  body?: TextBlock;
  metric?: { value: TextBlock; detail?: TextBlock; dot?: { x: number; y: number; color: string } };
  badges: Pill[];
  metricChips: Pill[];
  channel?: { icon?: PlacedIcon; name: TextBlock };
  marks: Pill[];
  /** Outline colour of the worst open gap on the card (gap markers on). */
  gapColor?: string;
}

/**
 * The map as it will be drawn: the chosen lanes, stages and personas laid out
 * on the canvas's grid (so coordinates equal the canvas's and `content.area`
 * crops the same region the user sees), texts already wrapped. Size in CSS px.
 * Every box below is in canvas coordinates; MapSvg shifts the drawing by the origin.
 */
export interface MapView extends HeaderViews {
  width: number;
  height: number;
  /** Top-left of the drawing in canvas coordinates (non-zero when cropped to an area). */
  originX: number;
  originY: number;
  /** The whole grid's size in canvas coordinates (before cropping). */
  gridWidth: number;
  gridHeight: number;
  /** The top-left corner kept blank over the cells and stage headers scrolled under the pinned headers (visible-area exports). */
  corner?: Box;
  cards: CardView[];
  edges: EdgeView[];
  emotions: EmotionView[];
}

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const cropTo = <T extends Box>(items: T[], rect: Box): T[] => items.filter((item) => overlaps(item, rect));

/**
 * The parts of a view that show in `rect` (canvas coordinates): what lies
 * wholly outside is left out, so a cropped area or one tile of a tiled PDF
 * does not carry (and hide) the whole map's drawing and text.
 */
export function cropView(view: MapView, rect: Box | null): MapView {
  if (!rect) return view;
  return {
    ...view,
    cells: cropTo(view.cells, rect),
    phases: cropTo(view.phases, rect),
    stages: cropTo(view.stages, rect),
    lanes: cropTo(view.lanes, rect),
    groups: cropTo(view.groups, rect),
    lines: view.lines.filter((line) => line.y >= rect.y && line.y <= rect.y + rect.height),
    cards: cropTo(view.cards, rect),
    emotions: cropTo(view.emotions, rect),
  };
}

/** Lays the map out for print; `measure` wraps texts with the font the view draws with. */
export function buildMapView(data: PrintData, content: ContentOptions, measure: TextMeasure): MapView {
  const { map, hiddenLaneIds } = filterForPrint(data.map, content);
  const ctx = viewContext(data, content, map, measure, i18next.getFixedT(data.language));
  const layout = computeLayout(map, undefined, hiddenLaneIds, metricBadgeHeights(ctx));
  const area = content.area;
  const headers = buildHeaderViews(ctx, layout);
  const cards = buildCardViews(ctx, layout);
  const whole: MapView = {
    width: area?.width ?? layout.width,
    height: area?.height ?? layout.height,
    originX: area?.x ?? 0,
    originY: area?.y ?? 0,
    gridWidth: layout.width,
    gridHeight: layout.height,
    ...headers,
    cards,
    edges: buildEdgeViews(ctx, layout, cards),
    emotions: buildEmotionViews(ctx, layout),
  };
  if (!area) return whole;
  // The visible area shows the headers pinned at its edges, as the canvas keeps them in view.
  const { dx, dy } = headerShift(area);
  const corner = { x: dx, y: dy, width: LANE_HEADER_WIDTH, height: layout.headerHeight };
  return { ...cropView(whole, area), ...pinHeaders(headers, area), corner };
}
