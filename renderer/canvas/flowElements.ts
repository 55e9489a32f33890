import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { ConnectionKind, Id, JourneyMap, LaneType } from '../../src/model/journey';
import { ROUTE_HANDLES } from './edges/buildEdges';
import type { CurveColumn } from './emotion/emotionGeometry';
import { buildEmotionNodes } from './emotion/emotionNodes';
import type { BlueprintLineKind, LaneView } from './laneGroups';
import type { GridLayout } from './layout';
import { CELL_Z, HEADER_Z, NO_HANDLES, STICKY_HEADER_STYLE } from './nodeLayers';
import type { OverviewItems } from './overview/overviewItems';
import { buildStructureNodes } from './structureNodes';

/**
 * React Flow elements drawn from the map and its grid layout. Node ids: a
 * card's node id is the card id (ids never contain ":"), other nodes are
 * prefixed, so a connection's source and target are node ids as they are.
 */

export type CardNodeData = { cardId: Id; laneType: LaneType };
export type CellNodeData = { stageId: Id; laneId: Id; stageIndex: number; laneIndex: number; laneType: LaneType };
/** `top`: where the header strip starts inside its column (below the phase row, when there is one). */
export type StageHeaderData = { stageId: Id; index: number; count: number; top: number };
export type PhaseHeaderData = { phaseId: Id; index: number; count: number };
export type LaneGroupData = { view: LaneView };
export type BlueprintLineData = { kind: BlueprintLineKind };
export type LaneHeaderData = { laneId: Id; index: number; count: number; laneType: LaneType };
/**
 * `kind` decides the look; `backward` (to an earlier stage) makes it loop under the cards whatever its kind.
 * In the compare view, `crossing` is the blueprint line it crosses (drawn highlighted) and `dimmed` marks the rest.
 */
export type ConnectionEdgeData = { kind: ConnectionKind; backward: boolean; label: string; crossing?: BlueprintLineKind; dimmed?: boolean };

export type CardFlowNode = Node<CardNodeData, 'card'>;
export type CellFlowNode = Node<CellNodeData, 'cell'>;
export type StageHeaderFlowNode = Node<StageHeaderData, 'stageHeader'>;
export type LaneHeaderFlowNode = Node<LaneHeaderData, 'laneHeader'>;
export type PhaseHeaderFlowNode = Node<PhaseHeaderData, 'phaseHeader'>;
export type LaneGroupFlowNode = Node<LaneGroupData, 'laneGroup'>;
export type BlueprintLineFlowNode = Node<BlueprintLineData, 'blueprintLine'>;
/** The emotion curve of one emotions lane, drawn across all stages; `columns` are the stage columns in the node's own coordinates. */
export type EmotionCurveData = { laneId: Id; columns: CurveColumn[] };
export type EmotionCurveFlowNode = Node<EmotionCurveData, 'emotionCurve'>;
/** The zoomed-out map's cards, drawn as one canvas instead of card nodes. */
export type OverviewData = { items: OverviewItems };
export type OverviewFlowNode = Node<OverviewData, 'overview'>;
export type JourneyNode =
  | CardFlowNode
  | CellFlowNode
  | StageHeaderFlowNode
  | LaneHeaderFlowNode
  | PhaseHeaderFlowNode
  | LaneGroupFlowNode
  | BlueprintLineFlowNode
  | EmotionCurveFlowNode
  | OverviewFlowNode;
export type ConnectionFlowEdge = Edge<ConnectionEdgeData, 'connection'>;

export const stageNodeId = (id: Id): string => `stage:${id}`;
export const laneNodeId = (id: Id): string => `lane:${id}`;
const cellNodeId = (stageId: Id, laneId: Id): string => `cell:${stageId}:${laneId}`;

/** A card's connection handles (canvas.css .jc-handle): 10 px plus a 2 px border, centred on the card's left and right edges. */
const SIDE_HANDLE_SIZE = 14;
/** The route handles (.jc-handle--route) are 1 px dots centred on the top and bottom edges. */
const ROUTE_HANDLE_SIZE = 1;
/** Cards come in few sizes: one (read-only) handle list per size, shared by all cards of that size. */
const handlesBySize = new Map<string, NodeHandle[]>();

/**
 * Where CardNode's Handle components sit, known before the card is drawn, so
 * React Flow can lay out a connection to a card that is off-screen and does
 * not mount every card once to measure it (it draws every node without
 * handle bounds on the first frame). Once a card is drawn, React Flow's own
 * measurement takes over; these are the same numbers.
 */
export function cardHandles(width: number, height: number): NodeHandle[] {
  const key = `${width}x${height}`;
  const known = handlesBySize.get(key);
  if (known) return known;
  const side = SIDE_HANDLE_SIZE;
  const dot = ROUTE_HANDLE_SIZE;
  const midX = width / 2 - dot / 2;
  const top = -dot / 2;
  const bottom = height - dot / 2;
  const handles: NodeHandle[] = [
    { id: null, type: 'target', position: Position.Left, x: -side / 2, y: height / 2 - side / 2, width: side, height: side },
    { id: null, type: 'source', position: Position.Right, x: width - side / 2, y: height / 2 - side / 2, width: side, height: side },
    { id: ROUTE_HANDLES.downOut, type: 'source', position: Position.Bottom, x: midX, y: bottom, width: dot, height: dot },
    { id: ROUTE_HANDLES.downIn, type: 'target', position: Position.Top, x: midX, y: top, width: dot, height: dot },
    { id: ROUTE_HANDLES.upOut, type: 'source', position: Position.Top, x: midX, y: top, width: dot, height: dot },
    { id: ROUTE_HANDLES.upIn, type: 'target', position: Position.Bottom, x: midX, y: bottom, width: dot, height: dot },
  ];
  handlesBySize.set(key, handles);
  return handles;
}

// React Flow turns off pointer events on nodes that are neither selectable nor draggable; cells need them for double-click.
const CELL_STYLE = { pointerEvents: 'all' } as const;

/**
 * Every node of the map in paint order: cells, blueprint lines, headers, then
 * cards. Cards of emotions lanes get no node: that lane shows its curve.
 */
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
        data: { stageId: stage.id, laneId: lane.id, stageIndex: stage.index, laneIndex: lane.index, laneType: map.lanes[lane.index]?.type ?? 'notes' },
        draggable: false,
        selectable: false,
        focusable: false,
        connectable: false,
        zIndex: CELL_Z,
        style: CELL_STYLE,
        handles: NO_HANDLES,
      });
    }
  }
  const structure = buildStructureNodes(map, layout);
  nodes.push(...structure.lines);
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
      data: { stageId: stage.id, index: stage.index, count: layout.stages.length, top: layout.stageHeaderY },
      selectable: false,
      connectable: false,
      zIndex: HEADER_Z,
      handles: NO_HANDLES,
    });
  }
  for (const row of layout.lanes) {
    const lane = map.lanes[row.index];
    if (!lane) continue;
    nodes.push({
      id: laneNodeId(lane.id),
      type: 'laneHeader',
      position: { x: 0, y: row.y },
      width: layout.width,
      height: row.height,
      style: STICKY_HEADER_STYLE,
      data: { laneId: lane.id, index: row.index, count: map.lanes.length, laneType: lane.type },
      selectable: false,
      connectable: false,
      zIndex: HEADER_Z,
      handles: NO_HANDLES,
    });
  }
  nodes.push(...structure.headers);
  const laneTypes = new Map(map.lanes.map((lane) => [lane.id, lane.type]));
  for (const box of Object.values(layout.cards)) {
    nodes.push({
      id: box.id,
      type: 'card',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      handles: cardHandles(box.width, box.height),
      data: { cardId: box.id, laneType: laneTypes.get(box.laneId) ?? 'notes' },
    });
  }
  nodes.push(...buildEmotionNodes(map, layout));
  // Every size is known from the layout: React Flow counts the nodes as measured (fit view, edges) without drawing them.
  for (const node of nodes) node.measured ??= { width: node.width, height: node.height };
  return nodes;
}

const OVERVIEW_STYLE = { pointerEvents: 'none' } as const;

/** The node of the overview layer: the whole map, above the cells and blueprint lines, below the headers. */
export function overviewNode(items: OverviewItems): OverviewFlowNode {
  return {
    id: 'overview',
    type: 'overview',
    position: { x: 0, y: 0 },
    width: items.width,
    height: items.height,
    data: { items },
    draggable: false,
    selectable: false,
    focusable: false,
    connectable: false,
    handles: NO_HANDLES,
    measured: { width: items.width, height: items.height },
    style: OVERVIEW_STYLE,
    zIndex: CELL_Z,
  };
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
    const sameSize = old !== undefined && old.width === node.width && old.height === node.height;
    return { ...node, selected: isSelected, measured: sameSize ? old.measured : node.measured };
  });
}
