import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect } from 'react';

/** Shifts that keep a header at flow coordinate 0 in view once the map is panned past it (0 while its place is on screen). */
export const STICKY_SHIFT_X = 'translateX(var(--jc-sticky-x, 0px))';
export const STICKY_SHIFT_Y = 'translateY(var(--jc-sticky-y, 0px))';

type Transform = ReactFlowState['transform'];

/**
 * Keeps the CSS variables the sticky headers read (--jc-sticky-x,
 * --jc-sticky-y, and --jc-zoom for sizes that must stay readable when zoomed
 * out) on React Flow's viewport element, straight from the store: panning
 * re-renders no React component, the browser only restyles the headers.
 */
export function StickyHeaderVars() {
  const store = useStoreApi();
  useEffect(() => {
    let viewport: HTMLElement | null = null;
    let last = '';
    const apply = ([x, y, zoom]: Transform) => {
      viewport ??= store.getState().domNode?.querySelector<HTMLElement>('.react-flow__viewport') ?? null;
      if (!viewport) return;
      const sx = Math.max(0, -x / zoom);
      const sy = Math.max(0, -y / zoom);
      const key = `${sx} ${sy} ${zoom}`;
      if (key === last) return;
      last = key;
      viewport.style.setProperty('--jc-sticky-x', `${sx}px`);
      viewport.style.setProperty('--jc-sticky-y', `${sy}px`);
      viewport.style.setProperty('--jc-zoom', String(zoom));
    };
    apply(store.getState().transform);
    return store.subscribe((state, prev) => {
      if (state.transform !== prev.transform) apply(state.transform);
    });
  }, [store]);
  return null;
}
