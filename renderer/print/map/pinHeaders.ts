import type { Area } from '../../../src/export/exportOptions';
import type { Pill } from './pills';
import type { TextBlock } from './printText';
import type { HeaderViews } from './headerView';
import type { Box, PlacedIcon } from './mapView';

/**
 * The canvas keeps its lane header column and stage header rows in view while
 * the map is panned; an export of "the visible area" shows them the same way.
 * Headers move right by how far the area starts right of the map's left edge,
 * and down by how far it starts below the top (never the other way: an area
 * that begins left of or above the map shows them where they are).
 */
export interface HeaderShift {
  dx: number;
  dy: number;
}

export const headerShift = (area: Area): HeaderShift => ({ dx: Math.max(0, area.x), dy: Math.max(0, area.y) });

const moveBox = <T extends Box>(box: T, dx: number, dy: number): T => ({ ...box, x: box.x + dx, y: box.y + dy });
const moveText = (block: TextBlock, dx: number, dy: number): TextBlock => ({ ...block, x: block.x + dx, y: block.y + dy });
const moveIcon = (icon: PlacedIcon, dx: number, dy: number): PlacedIcon => ({ ...icon, x: icon.x + dx, y: icon.y + dy });
const movePills = (pills: Pill[], dx: number, dy: number): Pill[] => pills.map((pill) => moveBox(pill, dx, dy));

const overlaps = (from: number, size: number, start: number, length: number): boolean => from < start + length && from + size > start;

/**
 * The headers as the visible area shows them: lane headers and the view bands
 * pinned at its left edge (kept where their rows cross it), stage and phase
 * headers pinned at its top (kept where their columns cross it).
 */
export function pinHeaders(headers: HeaderViews, area: Area): Pick<HeaderViews, 'lanes' | 'groups' | 'stages' | 'phases'> {
  const { dx, dy } = headerShift(area);
  const inRows = (box: Box) => overlaps(box.y, box.height, area.y, area.height);
  const inColumns = (box: Box) => overlaps(box.x, box.width, area.x, area.width);
  return {
    lanes: headers.lanes.filter(inRows).map((lane) => ({
      ...moveBox(lane, dx, 0),
      icon: moveIcon(lane.icon, dx, 0),
      name: moveText(lane.name, dx, 0),
      badges: movePills(lane.badges, dx, 0),
    })),
    groups: headers.groups.filter(inRows).map((group) => moveBox(group, dx, 0)),
    stages: headers.stages.filter(inColumns).map((stage) => ({
      ...moveBox(stage, 0, dy),
      name: moveText(stage.name, 0, dy),
      badges: movePills(stage.badges, 0, dy),
    })),
    phases: headers.phases.filter(inColumns).map((phase) => ({ ...moveBox(phase, 0, dy), name: moveText(phase.name, 0, dy) })),
  };
}
