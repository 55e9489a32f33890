import { MarkerType } from '@xyflow/react';
import type { Id, JourneyMap } from '../../../src/model/journey';
import type { ConnectionFlowEdge } from '../flowElements';
import { CONNECTION_KIND_COLORS, displayedKind } from './connectionKinds';

const SELECTED_COLOR = '#1677ff';

/** Ids of the card handles that edges inside one stage attach to, so they run down or up instead of looping sideways. */
export const ROUTE_HANDLES = { downOut: 'down-out', downIn: 'down-in', upOut: 'up-out', upIn: 'up-in' } as const;

/** Which handles an edge uses: side to side across stages, bottom to top (or top to bottom) within one stage. */
function edgeHandles(sameStage: boolean, laneStep: number): { sourceHandle?: string; targetHandle?: string } {
  if (!sameStage || laneStep === 0) return {};
  return laneStep > 0
    ? { sourceHandle: ROUTE_HANDLES.downOut, targetHandle: ROUTE_HANDLES.downIn }
    : { sourceHandle: ROUTE_HANDLES.upOut, targetHandle: ROUTE_HANDLES.upIn };
}

/**
 * One edge per connection whose cards both exist, with the kind it is drawn
 * as; backward ones (to an earlier stage) are marked, as they loop under the
 * cards whatever their kind. Supports get an open arrowhead, the rest a filled one.
 * `laneOrder` is the order the lanes are drawn in (top to bottom), which decides
 * whether an edge inside one stage runs down or up.
 */
export function buildEdges(map: JourneyMap, selected: ReadonlySet<Id>, laneOrder: readonly Id[] = map.lanes.map((l) => l.id)): ConnectionFlowEdge[] {
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(laneOrder.map((id, i) => [id, i]));
  const edges: ConnectionFlowEdge[] = [];
  for (const connection of Object.values(map.connections)) {
    const source = map.cards[connection.source];
    const target = map.cards[connection.target];
    if (!source || !target) continue;
    const backward = (stageIndex.get(target.stageId) ?? 0) < (stageIndex.get(source.stageId) ?? 0);
    const kind = displayedKind(connection, backward);
    const isSelected = selected.has(connection.id);
    edges.push({
      id: connection.id,
      type: 'connection',
      source: connection.source,
      target: connection.target,
      ...edgeHandles(source.stageId === target.stageId, (laneIndex.get(target.laneId) ?? 0) - (laneIndex.get(source.laneId) ?? 0)),
      selected: isSelected,
      markerEnd: {
        type: kind === 'supports' ? MarkerType.Arrow : MarkerType.ArrowClosed,
        width: 18,
        height: 18,
        color: isSelected ? SELECTED_COLOR : CONNECTION_KIND_COLORS[kind],
      },
      data: { kind, backward, label: connection.label ?? '' },
    });
  }
  return edges;
}
