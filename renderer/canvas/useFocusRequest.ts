import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import type { JourneyMap } from '../../src/model/journey';
import { useSelectionStore } from '../store/selectionStore';
import { useViewStore, type ViewState } from '../store/viewStore';
import { STAGE_HEADER_HEIGHT, type GridLayout } from './layout';

type FocusRequest = NonNullable<ViewState['focusRequest']>;

/** Zoom a focused target is shown at, at least: readable, without jumping in when the user is zoomed in further. */
const FOCUS_MIN_ZOOM = 0.8;
const FOCUS_DURATION = 350;

// Module-level, not per canvas: a request made while no canvas was shown (the project's
// pain-point table opening a map) is still new when the map's canvas appears, and one
// already honoured is not honoured again when the canvas remounts.
let handled: FocusRequest | null = null;

/** The flow-space point to center on, or null when the target is not on this map. */
function targetCenter(layout: GridLayout, request: FocusRequest): { x: number; y: number } | null {
  const { target } = request;
  if (target.kind === 'map') return { x: layout.width / 2, y: layout.height / 2 };
  if (target.kind === 'card') {
    const box = layout.cards[target.id];
    return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
  }
  if (target.kind === 'stage') {
    const column = layout.stages.find((s) => s.id === target.id);
    return column ? { x: column.x + column.width / 2, y: layout.stageHeaderY + STAGE_HEADER_HEIGHT / 2 } : null;
  }
  const row = layout.lanes.find((l) => l.id === target.id);
  return row ? { x: layout.stages[0]?.x ?? 0, y: row.y + Math.min(row.height, 200) / 2 } : null;
}

const laneOf = (map: JourneyMap, request: FocusRequest): string | undefined => {
  const { target } = request;
  if (target.kind === 'card') return map.cards[target.id]?.laneId;
  if (target.kind === 'lane') return target.id;
  return undefined;
};

/**
 * Honours `viewStore.focusRequest`: selects the target (a card, or a stage or
 * lane header) and centres it in the viewport, animated. A lane hidden by the
 * view filter is shown again first, since its content is what was asked for.
 * `ready` is false until React Flow knows the canvas size.
 */
export function useFocusRequest(map: JourneyMap, layout: GridLayout, ready: boolean): void {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const request = useViewStore((s) => s.focusRequest);
  useEffect(() => {
    if (!ready || !request || request === handled) return;
    const lane = laneOf(map, request);
    const hidden = useViewStore.getState().hiddenLaneIds;
    if (lane && hidden.includes(lane)) {
      // The layout with the lane shown comes with the next render, which runs this again.
      useViewStore.getState().setHiddenLaneIds(hidden.filter((id) => id !== lane));
      return;
    }
    const center = targetCenter(layout, request);
    handled = request;
    if (!center) return;
    const { target } = request;
    const selection = useSelectionStore.getState();
    if (target.kind === 'map') {
      selection.selectHeader({ kind: 'map' });
      void flow.fitView({ duration: FOCUS_DURATION, maxZoom: 1 });
      return;
    }
    if (target.kind === 'card') selection.select([target.id]);
    else selection.selectHeader({ kind: target.kind, id: target.id });
    const zoom = Math.max(flowStore.getState().transform[2], FOCUS_MIN_ZOOM);
    void flow.setCenter(center.x, center.y, { zoom, duration: FOCUS_DURATION });
  }, [flow, flowStore, layout, map, ready, request]);
}
