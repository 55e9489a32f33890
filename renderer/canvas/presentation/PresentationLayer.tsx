import { useReactFlow, useStore, ViewportPortal } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { LANE_HEADER_WIDTH, type GridLayout, type Viewport } from '../layout';
import { usePresentationStore } from './presentationStore';

/** Presenting never shows text smaller than this zoom: the room reads from afar. */
export const PRESENT_MIN_ZOOM = 1.25;
const PRESENT_MAX_ZOOM = 2;
const MARGIN = 32;
const STEP_DURATION = 300;

/**
 * The viewport that shows one stage's column: all of it when it fits at a
 * readable zoom, else its top part (headers and first lanes) at that zoom, the
 * column centred horizontally so the sticky lane names stay beside it.
 */
export function stageViewport(layout: GridLayout, stageIndex: number, width: number, height: number): Viewport | null {
  const column = layout.stages[stageIndex];
  if (!column || width <= 0 || height <= 0) return null;
  const fit = Math.min((width - 2 * MARGIN) / column.width, (height - 2 * MARGIN) / layout.height);
  const zoom = Math.min(PRESENT_MAX_ZOOM, Math.max(PRESENT_MIN_ZOOM, fit));
  const x = width / 2 - (column.x + column.width / 2) * zoom;
  const fits = layout.height * zoom <= height - 2 * MARGIN;
  const y = fits ? (height - layout.height * zoom) / 2 : 0;
  return { x, y, zoom };
}

/**
 * While presenting: moves the viewport to the current stage (again when the
 * canvas is resized, as on entering full screen) and dims the other stages'
 * columns; afterwards, puts back the viewport the user had. The dimming sits above the cards and below the sticky headers.
 */
export function PresentationLayer({ layout }: { layout: GridLayout }) {
  const flow = useReactFlow();
  const active = usePresentationStore((s) => s.active);
  const stageIndex = usePresentationStore((s) => s.stageIndex);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);

  // The view the user was editing in comes back when the presentation ends.
  const before = useRef<Viewport | null>(null);
  useEffect(() => {
    if (active) before.current ??= flow.getViewport();
    else if (before.current) {
      void flow.setViewport(before.current, { duration: STEP_DURATION });
      before.current = null;
    }
  }, [active, flow]);

  useEffect(() => {
    if (!active) return;
    const viewport = stageViewport(layout, stageIndex, width, height);
    if (viewport) void flow.setViewport(viewport, { duration: STEP_DURATION });
  }, [active, flow, height, layout, stageIndex, width]);

  const column = layout.stages[stageIndex];
  if (!active || !column) return null;
  const right = column.x + column.width;
  return (
    <ViewportPortal>
      <div
        className="jc-present-dim"
        data-testid="present-dim"
        style={{ transform: `translate(${LANE_HEADER_WIDTH}px, 0px)`, width: Math.max(0, column.x - LANE_HEADER_WIDTH), height: layout.height }}
      />
      <div className="jc-present-dim" data-testid="present-dim" style={{ transform: `translate(${right}px, 0px)`, width: Math.max(0, layout.width - right), height: layout.height }} />
    </ViewportPortal>
  );
}
