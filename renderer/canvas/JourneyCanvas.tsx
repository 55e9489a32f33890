import {
  Panel,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  type EdgeChange,
  type EdgeMouseHandler,
  type IsValidConnection,
  type OnConnectEnd,
  type OnNodeDrag,
} from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DotsBackground } from './DotsBackground';
import { LayeredViewport } from './LayeredViewport';
import type { JourneyMap } from '../../src/model/journey';
import { useSelectionStore } from '../store/selectionStore';
import { useViewStore } from '../store/viewStore';
import { CaptureLayer } from './capture/CaptureLayer';
import { CompareLayer } from './compare/CompareLayer';
import { markCrossings } from './compare/compareEdges';
import { compareLaneOrder } from './compare/compareLanes';
import { execute } from './editorActions';
import { moveCardsTo } from './editorCommands';
import { ConnectionKindMenu } from './edges/ConnectionKindMenu';
import { openKindMenu, proposeConnection } from './edges/kindMenu';
import { buildEdges } from './edges/buildEdges';
import { buildNodes, overviewNode, type ConnectionFlowEdge, type JourneyNode } from './flowElements';
import { edgeTypes, nodeTypes } from './flowTypes';
import { cellAt, cellKey, computeLayout, initialViewport, laneIndexAt, stageIndexAt } from './layout';
import { PresentationLayer } from './presentation/PresentationLayer';
import { usePresentationStore } from './presentation/presentationStore';
import { CanvasMiniMap } from './minimap/CanvasMiniMap';
import { useMetricBadgeHeights } from './nodes/card/useMetricBadgeHeights';
import { overviewItems } from './overview/overviewItems';
import { showsOverview } from './overview/overviewZoom';
import { useFlowNodes } from './useFlowNodes';
import { useFocusRequest } from './useFocusRequest';

const clientPoint = (event: MouseEvent | TouchEvent): { x: number; y: number } => {
  if (!('changedTouches' in event)) return { x: event.clientX, y: event.clientY };
  const touch = event.changedTouches[0];
  return { x: touch?.clientX ?? 0, y: touch?.clientY ?? 0 };
};

const NO_EDGES: ConnectionFlowEdge[] = [];

const isValidConnection: IsValidConnection = (c) => c.source !== c.target;

/** The map on a React Flow canvas: the grid decides positions, gestures become commands. */
export function JourneyCanvas({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('editor');
  const flow = useReactFlow<JourneyNode, ConnectionFlowEdge>();
  const flowStore = useStoreApi<JourneyNode, ConnectionFlowEdge>();
  const laneResize = useSelectionStore((s) => s.laneResize);
  const selectedEdges = useSelectionStore((s) => s.edgeIds);
  const presenting = usePresentationStore((s) => s.active);
  // While presenting, the presentation's own set of hidden lanes applies; the user's filter comes back afterwards.
  const viewHidden = useViewStore((s) => s.hiddenLaneIds);
  const presentHidden = usePresentationStore((s) => s.hiddenLaneIds);
  const hiddenLaneIds = presenting ? presentHidden : viewHidden;
  const compareView = useViewStore((s) => s.compareView);
  const [ready, setReady] = useState(false);

  const metricBadgeHeights = useMetricBadgeHeights(map);
  const layout = useMemo(
    () =>
      computeLayout(
        map,
        laneResize ? new Map([[laneResize.laneId, laneResize.height]]) : undefined,
        hiddenLaneIds,
        metricBadgeHeights,
        compareView ? compareLaneOrder : undefined,
      ),
    [map, laneResize, hiddenLaneIds, metricBadgeHeights, compareView],
  );
  const baseNodes = useMemo(() => buildNodes(map, layout), [map, layout]);
  const edges = useMemo(() => {
    const all = buildEdges(map, selectedEdges, layout.lanes.map((row) => row.id));
    // Connections to cards of hidden lanes go with them.
    const shown = hiddenLaneIds.length === 0 ? all : all.filter((e) => layout.cards[e.source] && layout.cards[e.target]);
    return compareView ? markCrossings(map, shown) : shown;
  }, [map, selectedEdges, hiddenLaneIds, layout, compareView]);
  const { nodes: allNodes, onNodesChange, resync } = useFlowNodes(baseNodes);
  // Drawn by the minimap and, zoomed out, by the overview layer; computed once per layout.
  const items = useMemo(() => overviewItems(map, layout), [map, layout]);
  // Re-renders only when the zoom crosses the overview threshold, not on every pan or zoom step.
  const cardCount = items.cards.length;
  const overview = useStore((s) => showsOverview(s.transform[2], cardCount));
  const nodes = useMemo(
    () => (overview ? [...allNodes.filter((node) => node.type !== 'card'), overviewNode(items)] : allNodes),
    [allNodes, overview, items],
  );
  // Zoomed out, the overview layer draws the connections with the cards.
  const shownEdges = overview ? NO_EDGES : edges;
  useFocusRequest(map, layout, ready);

  const onEdgesChange = useCallback((changes: EdgeChange<ConnectionFlowEdge>[]) => {
    const toggles = changes.flatMap((c): [string, boolean][] => (c.type === 'select' ? [[c.id, c.selected]] : []));
    if (toggles.length > 0) useSelectionStore.getState().toggle({ edges: toggles });
  }, []);

  // Shows where dragged cards would land; the store ignores repeats, so only cell changes re-render.
  const onNodeDrag: OnNodeDrag<JourneyNode> = useCallback(
    (event, node, dragged) => {
      if (node.type !== 'card') return;
      const ids = new Set(dragged.map((n) => n.id));
      const target = cellAt(layout, flow.screenToFlowPosition(clientPoint(event)), ids);
      useSelectionStore.getState().setDropTarget(target ? cellKey(target.stageId, target.laneId) : null);
    },
    [flow, layout],
  );

  const onNodeDragStop: OnNodeDrag<JourneyNode> = useCallback(
    (event, node, dragged) => {
      useSelectionStore.getState().setDropTarget(null);
      const point = flow.screenToFlowPosition(clientPoint(event));
      if (node.type === 'card') {
        const ids = dragged.filter((n) => n.type === 'card').map((n) => n.id);
        const target = cellAt(layout, point, new Set(ids));
        const command = target ? moveCardsTo(map, ids, target) : null;
        if (command) execute([command]);
      } else if (node.type === 'stageHeader') {
        const toIndex = stageIndexAt(layout, point.x);
        if (toIndex !== node.data.index) execute([{ name: 'stage.move', args: { id: node.data.stageId, toIndex } }]);
      } else if (node.type === 'laneHeader') {
        const toIndex = laneIndexAt(layout, point.y);
        if (toIndex !== node.data.index) execute([{ name: 'lane.move', args: { id: node.data.laneId, toIndex } }]);
      }
      // Whatever the drop did, every node goes to the place the (possibly new) grid gives it.
      resync();
    },
    [flow, layout, map, resync],
  );

  // Dropping a new connection on a handle or anywhere on a card connects to that card, after its kind is chosen.
  const onConnectEnd: OnConnectEnd = useCallback((event, state) => {
    if (!state.fromNode) return;
    const at = clientPoint(event);
    const cardId = state.isValid
      ? state.toNode?.id
      : document.elementFromPoint(at.x, at.y)?.closest<HTMLElement>('[data-card-id]')?.dataset.cardId;
    if (!cardId || cardId === state.fromNode.id) return;
    if (state.fromHandle?.type === 'target') proposeConnection(cardId, state.fromNode.id, at);
    else proposeConnection(state.fromNode.id, cardId, at);
  }, []);

  const onEdgeContextMenu: EdgeMouseHandler<ConnectionFlowEdge> = useCallback((event, edge) => {
    event.preventDefault();
    openKindMenu(edge.id, { x: event.clientX, y: event.clientY });
  }, []);

  // React Flow calls this once, so only the first layout decides where the map opens.
  const onInit = useCallback(() => {
    const { width, height } = flowStore.getState();
    void flow.setViewport(initialViewport(layout, width, height));
    setReady(true);
  }, [flow, flowStore, layout]);


  return (
    <ReactFlow<JourneyNode, ConnectionFlowEdge>
      className={[compareView ? 'jc-flow--compare' : '', overview ? 'jc-flow--overview' : ''].filter(Boolean).join(' ') || undefined}
      nodes={nodes}
      edges={shownEdges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onNodeDrag={onNodeDrag}
      onNodeDragStop={onNodeDragStop}
      onConnectEnd={onConnectEnd}
      onEdgeContextMenu={onEdgeContextMenu}
      isValidConnection={isValidConnection}
      onEdgeDoubleClick={(_, edge) => useSelectionStore.getState().editEdge(edge.id)}
      // Clicking empty canvas selects nothing: no card, connection, header or map.
      onPaneClick={() => useSelectionStore.getState().clear()}
      onInit={onInit}
      onlyRenderVisibleElements
      // Presenting shows the map; nothing on it can be dragged, connected or selected.
      nodesDraggable={!presenting}
      nodesConnectable={!presenting}
      elementsSelectable={!presenting}
      minZoom={0.05}
      maxZoom={2.5}
      nodeDragThreshold={3}
      deleteKeyCode={null}
      selectionKeyCode="Shift"
      multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
      panOnScroll
      zoomOnDoubleClick={false}
      disableKeyboardA11y
      elevateEdgesOnSelect
    >
      <DotsBackground />
      <LayeredViewport />
      <ConnectionKindMenu />
      <PresentationLayer layout={layout} />
      <CaptureLayer map={map} layout={layout} />
      {compareView && <CompareLayer layout={layout} />}
      <CanvasMiniMap items={items} label={t('canvas.minimap')} />
      {map.stages.length === 0 || map.lanes.length === 0 ? (
        <Panel position="bottom-center" className="jc-empty-hint" data-testid="empty-map-hint">
          {t('canvas.empty')}
        </Panel>
      ) : null}
    </ReactFlow>
  );
}
