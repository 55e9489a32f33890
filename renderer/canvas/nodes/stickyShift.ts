import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useCallback } from 'react';

/**
 * Headers that stay in view once the map is panned past them: stage and
 * phase headers along y (they keep to the top of the canvas), lane headers,
 * lane group bands and blueprint labels along x (they keep to its left edge).
 *
 * Each such element is registered here and moved straight from React Flow's
 * store with its own `transform`: panning re-renders no React component and
 * restyles only these few elements. (Custom properties set on the viewport
 * would be inherited by every card below it, so each frame of a pan would
 * restyle the whole map.) `--jc-zoom` is set on the same elements, for names
 * that keep a readable size when zoomed out.
 */
export type StickyAxis = 'x' | 'y';

type Transform = ReactFlowState['transform'];
type Store = ReturnType<typeof useStoreApi>;

interface Registry {
  readonly x: Set<HTMLElement>;
  readonly y: Set<HTMLElement>;
  shift: { x: number; y: number; zoom: number };
  unsubscribe?: () => void;
}

const registries = new WeakMap<Store, Registry>();

/** How far a header at flow coordinate 0 must move to stay in view: 0 while its place is on screen. */
export function stickyShift([x, y, zoom]: Transform): Registry['shift'] {
  return { x: Math.max(0, -x / zoom), y: Math.max(0, -y / zoom), zoom };
}

function place(element: HTMLElement, axis: StickyAxis, shift: Registry['shift'], zoomChanged: boolean): void {
  element.style.transform = axis === 'x' ? `translateX(${shift.x}px)` : `translateY(${shift.y}px)`;
  if (zoomChanged) element.style.setProperty('--jc-zoom', String(shift.zoom));
}

function follow(store: Store, registry: Registry): () => void {
  return store.subscribe((state, prev) => {
    if (state.transform === prev.transform) return;
    const next = stickyShift(state.transform);
    const last = registry.shift;
    registry.shift = next;
    const zoomChanged = next.zoom !== last.zoom;
    if (next.x !== last.x || zoomChanged) for (const element of registry.x) place(element, 'x', next, zoomChanged);
    if (next.y !== last.y || zoomChanged) for (const element of registry.y) place(element, 'y', next, zoomChanged);
  });
}

/** A ref for an element that stays in view along `axis`; it is placed on mount, before it is painted. */
export function useStickyShift<T extends HTMLElement>(axis: StickyAxis): (element: T | null) => void {
  const store = useStoreApi();
  return useCallback(
    (element: T | null) => {
      if (!element) return;
      let registry = registries.get(store);
      if (!registry) {
        registry = { x: new Set(), y: new Set(), shift: stickyShift(store.getState().transform) };
        registries.set(store, registry);
      }
      if (!registry.unsubscribe) {
        registry.shift = stickyShift(store.getState().transform);
        registry.unsubscribe = follow(store, registry);
      }
      registry[axis].add(element);
      place(element, axis, registry.shift, true);
      const owner = registry;
      return () => {
        owner[axis].delete(element);
        if (owner.x.size === 0 && owner.y.size === 0) {
          owner.unsubscribe?.();
          owner.unsubscribe = undefined;
        }
      };
    },
    [store, axis],
  );
}
