import { useStore } from '@xyflow/react';

/**
 * How far a header at flow coordinate 0 on `axis` must shift to stay in view
 * once the map is panned past it: 0 while its own place is on screen. Only
 * header nodes use it, and they re-render only while the offset changes.
 */
export function useStickyOffset(axis: 'x' | 'y'): number {
  return useStore((state) => Math.max(0, -state.transform[axis === 'x' ? 0 : 1] / state.transform[2]));
}
