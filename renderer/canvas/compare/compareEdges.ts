import type { JourneyMap, LaneType } from '../../../src/model/journey';
import type { ConnectionFlowEdge } from '../flowElements';
import type { BlueprintLineKind } from '../laneGroups';
import { crossedLine } from './compareLanes';

/** Colour of a connection crossing each line; the same as the line itself (canvas.css .jc-blueprint-line--*). */
export const CROSSING_COLORS: Record<BlueprintLineKind, string> = {
  interaction: '#2f54eb',
  visibility: '#d46b08',
};

/**
 * The edges as the compare view draws them: each connection crossing a
 * blueprint line is marked with that line (and its arrowhead takes the line's
 * colour, unless it is selected); every other connection is dimmed.
 */
export function markCrossings(map: JourneyMap, edges: readonly ConnectionFlowEdge[]): ConnectionFlowEdge[] {
  const laneTypes = new Map<string, LaneType>(map.lanes.map((lane) => [lane.id, lane.type]));
  const typeOf = (cardId: string): LaneType | undefined => {
    const card = map.cards[cardId];
    return card ? laneTypes.get(card.laneId) : undefined;
  };
  return edges.map((edge) => {
    if (!edge.data) return edge;
    const from = typeOf(edge.source);
    const to = typeOf(edge.target);
    const crossing = from && to ? crossedLine(from, to) : null;
    if (!crossing) return { ...edge, data: { ...edge.data, dimmed: true } };
    const markerEnd = typeof edge.markerEnd === 'object' && !edge.selected ? { ...edge.markerEnd, color: CROSSING_COLORS[crossing] } : edge.markerEnd;
    return { ...edge, markerEnd, data: { ...edge.data, crossing } };
  });
}
