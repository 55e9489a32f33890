import type { Id, JourneyMap } from '../../src/model/journey';
import type { BlueprintLineFlowNode, LaneGroupFlowNode, PhaseHeaderFlowNode } from './flowElements';
import { CELL_Z, HEADER_Z, NO_HANDLES, STICKY_HEADER_STYLE } from './nodeLayers';
import { LANE_GROUP_WIDTH, LANE_HEADER_WIDTH, type GridLayout } from './layout';

/** A blueprint line node is this tall; the dashed line runs through its middle. */
export const BLUEPRINT_LINE_NODE_HEIGHT = 20;

export const phaseNodeId = (id: Id): string => `phase:${id}`;

const FIXED = { draggable: false, selectable: false, focusable: false, connectable: false, handles: NO_HANDLES } as const;

/**
 * The nodes that show the map's structure rather than its content: phase
 * headers and lane group bands (drawn with the headers) and the blueprint
 * lines (drawn above cells, below cards).
 */
export function buildStructureNodes(map: JourneyMap, layout: GridLayout): { headers: (PhaseHeaderFlowNode | LaneGroupFlowNode)[]; lines: BlueprintLineFlowNode[] } {
  const headers: (PhaseHeaderFlowNode | LaneGroupFlowNode)[] = [];
  const count = map.phases?.length ?? 0;
  for (const phase of layout.phases) {
    headers.push({
      id: phaseNodeId(phase.id),
      type: 'phaseHeader',
      position: { x: phase.x, y: 0 },
      // Spans its columns' full height so it stays rendered (and sticky) while the map is panned down.
      width: phase.width,
      height: layout.height,
      style: STICKY_HEADER_STYLE,
      data: { phaseId: phase.id, index: phase.index, count },
      ...FIXED,
      zIndex: HEADER_Z,
    });
  }
  for (const band of layout.groups) {
    headers.push({
      id: `group:${band.firstLane}`,
      type: 'laneGroup',
      position: { x: 0, y: band.y },
      width: LANE_GROUP_WIDTH,
      height: band.height,
      style: STICKY_HEADER_STYLE,
      data: { view: band.view },
      ...FIXED,
      // Over the lane headers, which start under the band.
      zIndex: HEADER_Z + 1,
    });
  }
  const lines = layout.lines.map(
    (line): BlueprintLineFlowNode => ({
      id: `line:${line.kind}`,
      type: 'blueprintLine',
      position: { x: LANE_HEADER_WIDTH, y: line.y - BLUEPRINT_LINE_NODE_HEIGHT / 2 },
      width: Math.max(0, layout.width - LANE_HEADER_WIDTH),
      height: BLUEPRINT_LINE_NODE_HEIGHT,
      style: STICKY_HEADER_STYLE,
      data: { kind: line.kind },
      ...FIXED,
      // Same level as the cells but after them in paint order: above cells, below cards.
      zIndex: CELL_Z,
    }),
  );
  return { headers, lines };
}
