import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { ConnectionEdge } from './edges/ConnectionEdge';
import { CardNode } from './nodes/CardNode';
import { CellNode } from './nodes/CellNode';
import { LaneHeaderNode } from './nodes/LaneHeaderNode';
import { StageHeaderNode } from './nodes/StageHeaderNode';

// Defined once at module level: new objects on each render would make React Flow remount every node.
export const nodeTypes = {
  card: CardNode,
  cell: CellNode,
  stageHeader: StageHeaderNode,
  laneHeader: LaneHeaderNode,
} satisfies NodeTypes;

export const edgeTypes = { connection: ConnectionEdge } satisfies EdgeTypes;
