import { Panel, useReactFlow, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef, type PointerEvent } from 'react';
import type { OverviewItems } from '../overview/overviewItems';
import { drawMiniMap, MINIMAP_HEIGHT, MINIMAP_WIDTH, miniMapFrame } from './drawMiniMap';

type Store = ReturnType<typeof useStoreApi>;

/** Moves the viewport rectangle (and its mask) to where the view is: a style change, no React render. */
function followViewport(store: Store, box: HTMLElement, scale: number, originX: number, originY: number): () => void {
  let last = '';
  const place = ({ transform: [tx, ty, zoom], width, height }: ReactFlowState) => {
    const x = originX + -tx / zoom / scale;
    const y = originY + -ty / zoom / scale;
    const key = `${x} ${y} ${width / zoom / scale} ${height / zoom / scale}`;
    if (key === last) return;
    last = key;
    box.style.transform = `translate(${x}px, ${y}px)`;
    box.style.width = `${width / zoom / scale}px`;
    box.style.height = `${height / zoom / scale}px`;
  };
  place(store.getState());
  return store.subscribe((state, prev) => {
    if (state.transform !== prev.transform || state.width !== prev.width || state.height !== prev.height) place(state);
  });
}

/**
 * The minimap: the map drawn once into a canvas (lane bands, cards coloured by
 * lane type) whenever its layout changes, and a rectangle showing the view
 * that follows pans and zooms. Its cost per frame does not grow with the map.
 * Dragging it moves the view, the wheel zooms, a click centres the view on
 * the point clicked. (React Flow's XYMinimap does the first two, but lives in
 * @xyflow/system, which this app does not depend on directly; the store's
 * panZoom instance is all it takes.)
 */
export function CanvasMiniMap({ items, label }: { items: OverviewItems; label: string }) {
  const store = useStoreApi();
  const flow = useReactFlow();
  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const viewRef = useRef<HTMLDivElement>(null);
  const frame = miniMapFrame(items.width, items.height);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(MINIMAP_WIDTH * ratio);
    canvas.height = Math.round(MINIMAP_HEIGHT * ratio);
    drawMiniMap(ctx, items, miniMapFrame(items.width, items.height), ratio);
  }, [items]);

  useEffect(() => {
    if (!viewRef.current) return;
    const { scale, x, y } = miniMapFrame(items.width, items.height);
    return followViewport(store, viewRef.current, scale, x, y);
  }, [store, items.width, items.height]);

  // The wheel zooms the canvas (around the view's centre) instead of scrolling anything.
  useEffect(() => {
    const el = frameRef.current;
    if (!el) return;
    const wheel = (event: WheelEvent) => {
      event.preventDefault();
      const { panZoom, transform } = store.getState();
      const step = -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002);
      void panZoom?.scaleTo(transform[2] * Math.pow(2, step));
    };
    el.addEventListener('wheel', wheel, { passive: false });
    return () => el.removeEventListener('wheel', wheel);
  }, [store]);

  // A drag moves the view as far as the pointer moves over the map; a click without a drag centres the view there.
  const onPointerDown = (down: PointerEvent<HTMLDivElement>) => {
    if (down.button !== 0) return;
    const el = down.currentTarget;
    el.setPointerCapture(down.pointerId);
    let last = { x: down.clientX, y: down.clientY };
    let moved = false;
    const move = (e: globalThis.PointerEvent) => {
      const dx = e.clientX - last.x;
      const dy = e.clientY - last.y;
      if (!moved && Math.abs(e.clientX - down.clientX) + Math.abs(e.clientY - down.clientY) < 3) return;
      moved = true;
      last = { x: e.clientX, y: e.clientY };
      const { panZoom, transform } = store.getState();
      const [tx, ty, zoom] = transform;
      const k = frame.scale * zoom;
      void panZoom?.setViewport({ x: tx - dx * k, y: ty - dy * k, zoom });
    };
    const up = (e: globalThis.PointerEvent) => {
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', up);
      if (moved || e.type === 'pointercancel') return;
      const rect = el.getBoundingClientRect();
      const x = (e.clientX - rect.left - frame.x) * frame.scale;
      const y = (e.clientY - rect.top - frame.y) * frame.scale;
      void flow.setCenter(x, y, { zoom: store.getState().transform[2], duration: 150 });
    };
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', up);
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap jc-minimap" data-testid="rf__minimap">
      <div ref={frameRef} className="jc-minimap__frame" style={{ width: MINIMAP_WIDTH, height: MINIMAP_HEIGHT }} onPointerDown={onPointerDown}>
        <canvas ref={canvasRef} className="jc-minimap__map" role="img" aria-label={label} style={{ width: MINIMAP_WIDTH, height: MINIMAP_HEIGHT }} />
        <div ref={viewRef} className="jc-minimap__view" />
      </div>
    </Panel>
  );
}
