import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { ConnectionEdge } from './edges/ConnectionEdge';
import { BlueprintLineNode } from './nodes/BlueprintLineNode';
import { CardNode } from './nodes/CardNode';
import { CellNode } from './nodes/CellNode';
import { EmotionCurveNode } from './nodes/EmotionCurveNode';
import { LaneGroupNode } from './nodes/LaneGroupNode';
import { LaneHeaderNode } from './nodes/LaneHeaderNode';
import { PhaseHeaderNode } from './nodes/PhaseHeaderNode';
import { StageHeaderNode } from './nodes/StageHeaderNode';
import { OverviewNode } from './overview/OverviewNode';

// Defined once at module level: new objects on each render would make React Flow remount every node.
export const nodeTypes = {
  card: CardNode,
  cell: CellNode,
  stageHeader: StageHeaderNode,
  laneHeader: LaneHeaderNode,
  phaseHeader: PhaseHeaderNode,
  laneGroup: LaneGroupNode,
  blueprintLine: BlueprintLineNode,
  emotionCurve: EmotionCurveNode,
  overview: OverviewNode,
} satisfies NodeTypes;

export const edgeTypes = { connection: ConnectionEdge } satisfies EdgeTypes;
