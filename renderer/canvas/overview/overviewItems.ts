import type { Id, JourneyMap, LaneType } from '../../../src/model/journey';
import { CONNECTION_KIND_COLORS, displayedKind } from '../edges/connectionKinds';
import type { GridLayout } from '../layout';
import { LANE_TYPE_VISUALS } from '../laneTypeVisuals';

/**
 * What the cheap layers (the minimap and the zoomed-out overview) draw of a
 * map, computed once per map or layout change so that drawing a frame only
 * reads plain numbers.
 */

export interface OverviewCard {
  id: Id;
  x: number;
  y: number;
  width: number;
  height: number;
  laneType: LaneType;
  /** The strip colour: the card's own colour, else its lane type's. */
  color: string;
  title: string;
}

export interface OverviewLink {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
}

export interface OverviewBand {
  y: number;
  height: number;
  laneType: LaneType;
}

export interface OverviewItems {
  width: number;
  height: number;
  bands: OverviewBand[];
  cards: OverviewCard[];
  links: OverviewLink[];
}

/** Cards (in the layout's paint order), lane bands, and each connection as a straight line from its source's right edge to its target's left edge. */
export function overviewItems(map: JourneyMap, layout: GridLayout): OverviewItems {
  const laneTypes = new Map(map.lanes.map((lane) => [lane.id, lane.type]));
  const bands = layout.lanes.map((row): OverviewBand => ({ y: row.y, height: row.height, laneType: laneTypes.get(row.id) ?? 'notes' }));
  const cards: OverviewCard[] = [];
  for (const box of Object.values(layout.cards)) {
    const laneType = laneTypes.get(box.laneId) ?? 'notes';
    // Emotions lanes show their curve, not cards.
    if (laneType === 'emotions') continue;
    const card = map.cards[box.id];
    cards.push({
      id: box.id,
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      laneType,
      color: card?.color ?? LANE_TYPE_VISUALS[laneType].color,
      title: card?.title ?? '',
    });
  }
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  const links: OverviewLink[] = [];
  for (const connection of Object.values(map.connections)) {
    const from = layout.cards[connection.source];
    const to = layout.cards[connection.target];
    const source = map.cards[connection.source];
    const target = map.cards[connection.target];
    if (!from || !to || !source || !target) continue;
    const backward = (stageIndex.get(target.stageId) ?? 0) < (stageIndex.get(source.stageId) ?? 0);
    links.push({
      x1: from.x + from.width,
      y1: from.y + from.height / 2,
      x2: to.x,
      y2: to.y + to.height / 2,
      color: CONNECTION_KIND_COLORS[displayedKind(connection, backward)],
    });
  }
  return { width: layout.width, height: layout.height, bands, cards, links };
}
