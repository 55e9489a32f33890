import type { CellRef } from '../../../src/views/stepping';
import { CARD_GAP, CARD_WIDTH, CELL_PADDING, type GridLayout } from '../layout';

/** Height of the capture input on the canvas; it fits the room left under a cell's last card. */
export const CAPTURE_INPUT_HEIGHT = 32;

export interface CaptureSlot {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the capture input is drawn, in flow coordinates: where the next card
 * of the cell will go, under the lowest card already in its column of the lane
 * (a card spanning into the column from an earlier stage counts). Null when
 * the cell is not drawn (its lane is hidden, or it was deleted).
 */
export function captureSlot(layout: GridLayout, cell: CellRef): CaptureSlot | null {
  const stage = layout.stages.find((s) => s.id === cell.stageId);
  const lane = layout.lanes.find((l) => l.id === cell.laneId);
  if (!stage || !lane) return null;
  let bottom = lane.y + CELL_PADDING;
  for (const box of Object.values(layout.cards)) {
    if (box.laneId !== cell.laneId) continue;
    const first = layout.stages.findIndex((s) => s.id === box.stageId);
    if (first <= stage.index && stage.index < first + box.span) bottom = Math.max(bottom, box.y + box.height + CARD_GAP);
  }
  return { x: stage.x + CELL_PADDING, y: bottom, width: CARD_WIDTH, height: CAPTURE_INPUT_HEIGHT };
}
