import type { Edge, Node } from '@xyflow/react';
import { MarkerType } from '@xyflow/react';
import type { Id, JourneyMap, LaneType } from '../../src/model/journey';
import type { GridLayout } from './layout';

/**
 * React Flow elements drawn from the map and its grid layout. Node ids: a
 * card's node id is the card id (ids never contain ":"), other nodes are
 * prefixed, so a connection's source and target are node ids as they are.
 */

export type CardNodeData = { cardId: Id; laneType: LaneType };
export type CellNodeData = { stageId: Id; laneId: Id; stageIndex: number; laneIndex: number };
export type StageHeaderData = { stageId: Id; index: number; count: number };
export type LaneHeaderData = { laneId: Id; index: number; count: number; laneType: LaneType };
export type ConnectionEdgeData = { backward: boolean; label: string };

export type CardFlowNode = Node<CardNodeData, 'card'>;
export type CellFlowNode = Node<CellNodeData, 'cell'>;
export type StageHeaderFlowNode = Node<StageHeaderData, 'stageHeader'>;
export type LaneHeaderFlowNode = Node<LaneHeaderData, 'laneHeader'>;
export type JourneyNode = CardFlowNode | CellFlowNode | StageHeaderFlowNode | LaneHeaderFlowNode;
export type ConnectionFlowEdge = Edge<ConnectionEdgeData, 'connection'>;

export const stageNodeId = (id: Id): string => `stage:${id}`;
export const laneNodeId = (id: Id): string => `lane:${id}`;
const cellNodeId = (stageId: Id, laneId: Id): string => `cell:${stageId}:${laneId}`;

// Headers stay above cards while dragged; cells stay below everything.
const CELL_Z = -1;
const HEADER_Z = 5;
// React Flow turns off pointer events on nodes that are neither selectable nor draggable; cells need them for double-click.
const CELL_STYLE = { pointerEvents: 'all' } as const;

/** Every node of the map in paint order: cells, headers, then cards. */
const STICKY_HEADER_STYLE = { pointerEvents: 'none' } as const;

export function buildNodes(map: JourneyMap, layout: GridLayout): JourneyNode[] {
  const nodes: JourneyNode[] = [];
  for (const stage of layout.stages) {
    for (const lane of layout.lanes) {
      nodes.push({
        id: cellNodeId(stage.id, lane.id),
        type: 'cell',
        position: { x: stage.x, y: lane.y },
        width: stage.width,
        height: lane.height,
        data: { stageId: stage.id, laneId: lane.id, stageIndex: stage.index, laneIndex: lane.index },
        draggable: false,
        selectable: false,
        focusable: false,
        connectable: false,
        zIndex: CELL_Z,
        style: CELL_STYLE,
      });
    }
  }
  for (const stage of layout.stages) {
    nodes.push({
      id: stageNodeId(stage.id),
      type: 'stageHeader',
      position: { x: stage.x, y: 0 },
      // The node spans the whole column so it stays rendered (and can stick to the top) while
      // the map is panned down; only its header strip takes the pointer.
      width: stage.width,
      height: layout.height,
      style: STICKY_HEADER_STYLE,
      data: { stageId: stage.id, index: stage.index, count: layout.stages.length },
      selectable: false,
      connectable: false,
      zIndex: HEADER_Z,
    });
  }
  map.lanes.forEach((lane, index) => {
    const row = layout.lanes[index];
    if (!row) return;
    nodes.push({
      id: laneNodeId(lane.id),
      type: 'laneHeader',
      position: { x: 0, y: row.y },
      width: layout.width,
      height: row.height,
      style: STICKY_HEADER_STYLE,
      data: { laneId: lane.id, index, count: map.lanes.length, laneType: lane.type },
      selectable: false,
      connectable: false,
      zIndex: HEADER_Z,
    });
  });
  const laneTypes = new Map(map.lanes.map((lane) => [lane.id, lane.type]));
  for (const box of Object.values(layout.cards)) {
    nodes.push({
      id: box.id,
      type: 'card',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: { cardId: box.id, laneType: laneTypes.get(box.laneId) ?? 'notes' },
    });
  }
  return nodes;
}

const shallowEqual = (a: Record<string, unknown>, b: Record<string, unknown>): boolean => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
};

/**
 * The next nodes array, reusing every previous node object that did not
 * change, so React Flow and the memoised node components skip them. A node
 * left somewhere else by a drag goes back to its computed place.
 */
export function reconcileNodes(prev: readonly JourneyNode[], next: readonly JourneyNode[], selected: ReadonlySet<Id>): JourneyNode[] {
  const prevById = new Map(prev.map((node) => [node.id, node]));
  return next.map((node) => {
    const isSelected = node.type === 'card' && selected.has(node.id);
    const old = prevById.get(node.id);
    if (
      old &&
      old.type === node.type &&
      old.position.x === node.position.x &&
      old.position.y === node.position.y &&
      old.width === node.width &&
      old.height === node.height &&
      (old.selected ?? false) === isSelected &&
      !old.dragging &&
      shallowEqual(old.data, node.data)
    ) {
      return old;
    }
    // Keeping the measured size avoids a re-measure (and a frame without edges) when only the position changed.
    return { ...node, selected: isSelected, measured: old?.measured };
  });
}

/** Ids of the card handles that edges inside one stage attach to, so they run down or up instead of looping sideways. */
export const ROUTE_HANDLES = { downOut: 'down-out', downIn: 'down-in', upOut: 'up-out', upIn: 'up-in' } as const;

/** Which handles an edge uses: side to side across stages, bottom to top (or top to bottom) within one stage. */
function edgeHandles(sameStage: boolean, laneStep: number): { sourceHandle?: string; targetHandle?: string } {
  if (!sameStage || laneStep === 0) return {};
  return laneStep > 0
    ? { sourceHandle: ROUTE_HANDLES.downOut, targetHandle: ROUTE_HANDLES.downIn }
    : { sourceHandle: ROUTE_HANDLES.upOut, targetHandle: ROUTE_HANDLES.upIn };
}

/** One edge per connection whose cards both exist; backward ones (to an earlier stage) are marked. */
export function buildEdges(map: JourneyMap, selected: ReadonlySet<Id>): ConnectionFlowEdge[] {
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(map.lanes.map((l, i) => [l.id, i]));
  const edges: ConnectionFlowEdge[] = [];
  for (const connection of Object.values(map.connections)) {
    const source = map.cards[connection.source];
    const target = map.cards[connection.target];
    if (!source || !target) continue;
    const backward = (stageIndex.get(target.stageId) ?? 0) < (stageIndex.get(source.stageId) ?? 0);
    edges.push({
      id: connection.id,
      type: 'connection',
      source: connection.source,
      target: connection.target,
      ...edgeHandles(source.stageId === target.stageId, (laneIndex.get(target.laneId) ?? 0) - (laneIndex.get(source.laneId) ?? 0)),
      selected: selected.has(connection.id),
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      data: { backward, label: connection.label ?? '' },
    });
  }
  return edges;
}
