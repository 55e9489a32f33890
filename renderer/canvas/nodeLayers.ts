import type { NodeHandle } from '@xyflow/react';

/** Paint levels of the canvas: headers stay above cards while dragged; cells stay below everything. */
export const CELL_Z = -1;
export const HEADER_Z = 5;
/** Header nodes span whole columns or rows to stay rendered while sticky; only their strips take the pointer. */
export const STICKY_HEADER_STYLE = { pointerEvents: 'none' } as const;
/**
 * Nodes without connections say so up front: React Flow draws every node
 * without handle bounds on the first frame to measure it, visible or not;
 * with (empty) handles it draws only those on screen from the first frame.
 */
export const NO_HANDLES: NodeHandle[] = [];
