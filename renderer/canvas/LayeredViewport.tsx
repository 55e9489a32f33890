import { useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';

/** An attribute, not a class: React rewrites the flow's class list whenever its className prop changes. */
const LAYERED = 'data-layered';
/** How long the zoom must stay put before the map is drawn again at it. */
const ZOOM_SETTLE_MS = 200;

/**
 * Keeps the map and its sticky headers on composited layers ([data-layered]
 * in canvas.css), so panning moves already-drawn pixels instead of repainting
 * the canvas each frame. Chromium keeps such a layer at the scale it was drawn
 * at, so once a zoom has settled the layers are dropped for one frame and
 * made again: text is then drawn sharp at the new zoom. Pans never redraw.
 */
export function LayeredViewport() {
  const store = useStoreApi();
  useEffect(() => {
    const flow = () => store.getState().domNode;
    // React Flow records its element in an effect of its own; until then there is nothing to mark.
    let marked = false;
    const mark = () => {
      const element = flow();
      if (element) element.setAttribute(LAYERED, '');
      marked = !!element;
    };
    mark();
    let zoom = store.getState().transform[2];
    let settle: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    const redraw = () => {
      const element = flow();
      if (!element) return;
      element.removeAttribute(LAYERED);
      // One frame painted without the layers, then back: they are made again at the current zoom.
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => element.setAttribute(LAYERED, ''));
      });
    };
    const unsubscribe = store.subscribe((state) => {
      if (!marked) mark();
      const next = state.transform[2];
      if (next === zoom) return;
      zoom = next;
      clearTimeout(settle);
      settle = setTimeout(redraw, ZOOM_SETTLE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(settle);
      cancelAnimationFrame(frame);
      flow()?.removeAttribute(LAYERED);
    };
  }, [store]);
  return null;
}
