import type { JourneyMap } from '../../../src/model/journey';
import type { EmotionCurveFlowNode } from '../flowElements';
import type { GridLayout } from '../layout';
import { NO_HANDLES } from '../nodeLayers';
import type { CurveColumn } from './emotionGeometry';

// React Flow turns off pointer events on nodes that are neither selectable nor draggable; the curve takes double-clicks.
const CURVE_STYLE = { pointerEvents: 'all' } as const;

/** Node id of the emotion curve of a lane. */
export const emotionNodeId = (laneId: string): string => `emotion:${laneId}`;

/**
 * One curve node per emotions lane, covering every stage column of that lane.
 * It is not draggable, so dragging its empty parts still pans the map; only
 * its points take drags.
 */
export function buildEmotionNodes(map: JourneyMap, layout: GridLayout): EmotionCurveFlowNode[] {
  const first = layout.stages[0];
  const last = layout.stages[layout.stages.length - 1];
  if (!first || !last) return [];
  const columns: CurveColumn[] = layout.stages.map((stage) => ({ stageId: stage.id, x: stage.x - first.x, width: stage.width }));
  return layout.lanes.flatMap((row): EmotionCurveFlowNode[] => {
    if (map.lanes[row.index]?.type !== 'emotions') return [];
    return [
      {
        id: emotionNodeId(row.id),
        type: 'emotionCurve',
        position: { x: first.x, y: row.y },
        width: last.x + last.width - first.x,
        height: row.height,
        data: { laneId: row.id, columns },
        draggable: false,
        selectable: false,
        focusable: false,
        connectable: false,
        handles: NO_HANDLES,
        style: CURVE_STYLE,
      },
    ];
  });
}
