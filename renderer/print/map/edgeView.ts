import { Position, getBezierPath } from '@xyflow/react';
import { CONNECTION_KIND_COLORS, CONNECTION_KIND_DASHES, displayedKind } from '../../canvas/edges/connectionKinds';
import type { GridLayout } from '../../canvas/layout';
import type { ConnectionKind } from '../../../src/model/journey';
import type { Box, CardView } from './mapView';
import { makePill, type Pill } from './pills';
import type { ViewContext } from './viewContext';
import { LOOP_BELOW, loopPath } from '../../canvas/edges/loopPath';

/**
 * Connections for print, routed as renderer/canvas/edges/ConnectionEdge.tsx
 * routes them: a bezier from the source's right side to the target's left,
 * down or up between lanes of one stage, and a loop under the cards back to an
 * earlier stage; arrowheads are drawn as paths (no markers to resolve in a PDF).
 */
export interface EdgeView {
  id: string;
  kind: ConnectionKind;
  path: string;
  color: string;
  dash?: string;
  width: number;
  /** Arrowhead outline; `open` for the supports kind's chevron. */
  arrow: { path: string; open: boolean };
  label?: Pill;
  handoff?: { x: number; y: number };
}

// React Flow's handles are 10 px squares centred on the card's edge; edges attach to their outer side.
const HANDLE = 5;
const ARROW_LENGTH = 9;
const ARROW_HALF = 5;
const HANDOFF_LABEL_OFFSET = 18;

/** An arrowhead with its tip at (x, y) pointing along (dx, dy). */
function arrowAt(x: number, y: number, dx: number, dy: number, open: boolean): EdgeView['arrow'] {
  const bx = x - dx * ARROW_LENGTH;
  const by = y - dy * ARROW_LENGTH;
  const px = -dy * ARROW_HALF;
  const py = dx * ARROW_HALF;
  const path = `M ${bx + px} ${by + py} L ${x} ${y} L ${bx - px} ${by - py}${open ? '' : ' Z'}`;
  return { path, open };
}

interface Ends {
  sx: number;
  sy: number;
  tx: number;
  ty: number;
  sourcePosition: Position;
  targetPosition: Position;
}

/** Where an edge leaves and enters: sides across stages, bottom and top within one stage. */
function edgeEnds(source: Box, target: Box, sameStage: boolean, laneStep: number): Ends {
  const cx = (b: Box) => b.x + b.width / 2;
  const cy = (b: Box) => b.y + b.height / 2;
  if (sameStage && laneStep > 0) return { sx: cx(source), sy: source.y + source.height + HANDLE, tx: cx(target), ty: target.y - HANDLE, sourcePosition: Position.Bottom, targetPosition: Position.Top };
  if (sameStage && laneStep < 0) return { sx: cx(source), sy: source.y - HANDLE, tx: cx(target), ty: target.y + target.height + HANDLE, sourcePosition: Position.Top, targetPosition: Position.Bottom };
  return { sx: source.x + source.width + HANDLE, sy: cy(source), tx: target.x - HANDLE, ty: cy(target), sourcePosition: Position.Right, targetPosition: Position.Left };
}

const DIRECTIONS: Record<Position, [number, number]> = {
  [Position.Left]: [1, 0],
  [Position.Right]: [-1, 0],
  [Position.Top]: [0, 1],
  [Position.Bottom]: [0, -1],
};

export function buildEdgeViews(ctx: ViewContext, layout: GridLayout, cards: readonly CardView[]): EdgeView[] {
  const boxes = new Map(cards.map((card) => [card.id, card]));
  const stageIndex = new Map(ctx.map.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(layout.lanes.map((row, i) => [row.id, i]));
  return Object.values(ctx.map.connections).flatMap((connection): EdgeView[] => {
    const source = boxes.get(connection.source);
    const target = boxes.get(connection.target);
    if (!source || !target) return [];
    const backward = (stageIndex.get(target.stageId) ?? 0) < (stageIndex.get(source.stageId) ?? 0);
    const kind = displayedKind(connection, backward);
    const ends = edgeEnds(source, target, source.stageId === target.stageId, (laneIndex.get(target.laneId) ?? 0) - (laneIndex.get(source.laneId) ?? 0));
    const [path, midX, midY] = backward
      ? loopPath(ends.sx, ends.sy, ends.tx, ends.ty, Math.max(source.y + source.height, target.y + target.height) + LOOP_BELOW)
      : getBezierPath({ sourceX: ends.sx, sourceY: ends.sy, sourcePosition: ends.sourcePosition, targetX: ends.tx, targetY: ends.ty, targetPosition: ends.targetPosition });
    const [dx, dy] = backward ? [1, 0] : DIRECTIONS[ends.targetPosition];
    const text = connection.label?.trim();
    const labelY = kind === 'handoff' ? midY + HANDOFF_LABEL_OFFSET : midY;
    let label: Pill | undefined;
    if (text) {
      label = makePill(text, { fill: '#ffffff', stroke: '#e5e5e5', textColor: '#595959', radius: 4 }, 0, 0, ctx.measure, 220);
      label.x = midX - label.width / 2;
      label.y = labelY - label.height / 2;
    }
    return [
      {
        id: connection.id,
        kind,
        path,
        color: CONNECTION_KIND_COLORS[kind],
        dash: CONNECTION_KIND_DASHES[kind],
        width: kind === 'supports' ? 2 : 1.5,
        arrow: arrowAt(ends.tx, ends.ty, dx, dy, kind === 'supports'),
        label,
        handoff: kind === 'handoff' ? { x: midX, y: midY } : undefined,
      },
    ];
  });
}
