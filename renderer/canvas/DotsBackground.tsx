import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';

const GAP = 24;
const DOT = 1;

/** `value` modulo `step`, in [0, step). */
const wrap = (value: number, step: number) => ((value % step) + step) % step;

/**
 * The canvas's dot grid (React Flow's dots background, same gap, size and
 * colour), drawn as a CSS gradient on a composited layer one gap larger than
 * the canvas on each side. Panning only translates that layer by the pan
 * modulo the gap, so the compositor moves it without repainting anything;
 * only a zoom change redraws the dots. (React Flow's <Background> moves an SVG
 * pattern, which repaints the whole canvas on every frame of a pan.)
 */
export function DotsBackground() {
  const store = useStoreApi();
  const layer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let zoom = Number.NaN;
    const apply = ([x, y, nextZoom]: ReactFlowState['transform']) => {
      const element = layer.current;
      if (!element) return;
      const gap = GAP * nextZoom;
      if (nextZoom !== zoom) {
        zoom = nextZoom;
        const radius = Math.max(0.5, (DOT * nextZoom) / 2);
        element.style.setProperty('--jc-dots-gap', `${gap}px`);
        element.style.setProperty('--jc-dots-radius', `${radius}px`);
      }
      element.style.transform = `translate(${wrap(x, gap) - gap}px, ${wrap(y, gap) - gap}px)`;
    };
    apply(store.getState().transform);
    return store.subscribe((state, prev) => {
      if (state.transform !== prev.transform) apply(state.transform);
    });
  }, [store]);
  return (
    <div className="react-flow__background jc-dots" data-testid="canvas-dots">
      <div ref={layer} className="jc-dots__layer" />
    </div>
  );
}
