import type { LaneType } from '../../../src/model/journey';
import type { MapSketch } from '../../../src/model/project';

export interface SketchRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a thumbnail draws, in its own coordinates: one band per lane, one block per filled cell. */
export interface SketchGeometry {
  lanes: (SketchRect & { type: LaneType })[];
  /** Column dividers' x positions, between stages. */
  dividers: number[];
  /** `weight` grows with the cell's card count (0.4 for one card, 1 from four cards). */
  cells: (SketchRect & { type: LaneType; weight: number })[];
}

const GAP = 1.5;
const INSET = 2;

/**
 * Lays a map's sketch into a `width` x `height` box: stages as equal columns,
 * lanes as equal rows. Cells outside the grid (a sketch from a newer app, or
 * a cut-off one) are left out rather than drawn over the edge.
 */
export function sketchGeometry(sketch: MapSketch, width: number, height: number): SketchGeometry {
  const columns = sketch.stageCount;
  const rows = sketch.lanes.length;
  if (columns <= 0 || rows <= 0) return { lanes: [], dividers: [], cells: [] };
  const columnWidth = width / columns;
  const rowHeight = height / rows;

  const lanes = sketch.lanes.map((type, row) => ({ type, x: 0, y: row * rowHeight + GAP / 2, width, height: rowHeight - GAP }));
  const dividers = Array.from({ length: columns - 1 }, (_, index) => (index + 1) * columnWidth);
  const cells = sketch.cells.flatMap(([stage, lane, count]) => {
    const type = sketch.lanes[lane];
    if (type === undefined || stage < 0 || stage >= columns || count <= 0) return [];
    return [
      {
        type,
        weight: Math.min(1, (count + 1) / 5),
        x: stage * columnWidth + INSET,
        y: lane * rowHeight + INSET,
        width: Math.max(columnWidth - 2 * INSET, 1),
        height: Math.max(rowHeight - 2 * INSET, 1),
      },
    ];
  });
  return { lanes, dividers, cells };
}
