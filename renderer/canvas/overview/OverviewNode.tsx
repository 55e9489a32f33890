import { useStoreApi, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useMemo, useRef } from 'react';
import { cardMatchesView } from '../../../src/views/viewFilter';
import { useDocumentStore } from '../../store/documentStore';
import { useGapStore } from '../../store/gapStore';
import { useSelectionStore } from '../../store/selectionStore';
import { useViewStore } from '../../store/viewStore';
import type { OverviewFlowNode } from '../flowElements';
import { drawOverview, type OverviewMarks, type ViewRect } from './drawOverview';
import type { OverviewItems } from './overviewItems';

/** The largest backing store drawn, per side, whatever the screen. */
const MAX_CANVAS_PX = 8192;

/** Ids of the cards the view filter (persona, segment, pain-point severities) leaves out: they are drawn faded. */
function useDimmedCards(items: OverviewItems): ReadonlySet<string> {
  const cards = useDocumentStore((s) => s.map?.cards);
  const personaId = useViewStore((s) => s.filterPersonaId);
  const segmentId = useViewStore((s) => s.filterSegmentId);
  const severities = useViewStore((s) => s.severities);
  return useMemo(() => {
    const dimmed = new Set<string>();
    if (!cards || (!personaId && !segmentId && severities.length === 0)) return dimmed;
    for (const item of items.cards) {
      const card = cards[item.id];
      if (card && !cardMatchesView(card, item.laneType, { personaId, segmentId, severities })) dimmed.add(item.id);
    }
    return dimmed;
  }, [cards, items, personaId, segmentId, severities]);
}

/** The part of the map in view, clipped to the map. */
function visibleRect({ transform: [tx, ty, zoom], width, height }: ReactFlowState, items: OverviewItems): ViewRect | null {
  const x = Math.max(0, -tx / zoom);
  const y = Math.max(0, -ty / zoom);
  const right = Math.min(items.width, (width - tx) / zoom);
  const bottom = Math.min(items.height, (height - ty) / zoom);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/**
 * The zoomed-out map's cards, drawn into one canvas the size of the view:
 * below the zoom where titles can be read, cards are not React nodes. The
 * canvas sits in the map's coordinates (this node covers the whole map, above
 * the cells, below the headers) and is redrawn for the visible part on every
 * pan or zoom straight from React Flow's store, without a React render.
 */
function OverviewNodeView({ data }: NodeProps<OverviewFlowNode>) {
  const { items } = data;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const store = useStoreApi();
  const severity = useGapStore((s) => s.cardSeverity);
  const selected = useSelectionStore((s) => s.cardIds);
  const dimmed = useDimmedCards(items);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const marks: OverviewMarks = { severity, selected, dimmed };
    const draw = (state: ReactFlowState) => {
      const view = visibleRect(state, items);
      if (!view) {
        canvas.style.display = 'none';
        return;
      }
      const zoom = state.transform[2];
      const ratio = Math.min(window.devicePixelRatio || 1, MAX_CANVAS_PX / (view.width * zoom), MAX_CANVAS_PX / (view.height * zoom));
      const pixelWidth = Math.ceil(view.width * zoom * ratio);
      const pixelHeight = Math.ceil(view.height * zoom * ratio);
      if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
      if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
      Object.assign(canvas.style, { display: 'block', left: `${view.x}px`, top: `${view.y}px`, width: `${view.width}px`, height: `${view.height}px` });
      drawOverview(ctx, items, view, zoom, ratio, marks);
    };
    draw(store.getState());
    return store.subscribe((state, prev) => {
      if (state.transform !== prev.transform || state.width !== prev.width || state.height !== prev.height) draw(state);
    });
  }, [store, items, severity, selected, dimmed]);

  return <canvas ref={canvasRef} className="jc-overview" data-testid="overview-layer" aria-hidden />;
}

export const OverviewNode = memo(OverviewNodeView);
