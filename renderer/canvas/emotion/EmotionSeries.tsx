import { useRef, useState, type PointerEvent } from 'react';
import type { Command } from '../../../src/commands/schemas';
import type { EmotionPoint } from '../../../src/model/journey';
import { useDocumentStore } from '../../store/documentStore';
import { deleteEmotion, setEmotionValue } from './emotionEdits';
import { formatEmotion, monotonePath, valueFromY, valueToY, type PlacedPoint, type XY } from './emotionGeometry';

// Long labels are cut on the canvas; the whole text shows as a tooltip.
const LABEL_CHARS = 24;
const shortLabel = (label: string): string => (label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label);

const execute = (command: Command | null) => {
  if (command) useDocumentStore.getState().execute([command]);
};

interface Props {
  variant: EmotionPoint['variant'];
  points: PlacedPoint[];
  /** Height of the curve area (the lane). */
  height: number;
  /** Converts a pointer position to the node's own coordinates (the map may be zoomed). */
  toLocal(clientX: number, clientY: number): XY;
  /** The point whose label is open in the editor (its drawn label is hidden meanwhile). */
  editingId: string | null;
  onEditLabel(point: EmotionPoint): void;
}

/**
 * One curve (as-is or to-be): the smooth line through its points, the points
 * (dragged up and down, recorded once on release), their labels.
 */
export function EmotionSeries({ variant, points, height, toLocal, editingId, onEditLabel }: Props) {
  const [drag, setDrag] = useState<{ id: string; value: number } | null>(null);
  // The latest value, for the release handler (state seen by a handler may be a render behind).
  const dragValue = useRef<number | null>(null);

  const shown = points.map((p) => (drag?.id === p.point.id ? { ...p, y: valueToY(drag.value, height) } : p));
  const path = monotonePath(shown);

  const start = (e: PointerEvent<SVGCircleElement>, point: EmotionPoint) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    dragValue.current = point.value;
    setDrag({ id: point.id, value: point.value });
  };
  const move = (e: PointerEvent<SVGCircleElement>, point: EmotionPoint) => {
    if (drag?.id !== point.id) return;
    const value = valueFromY(toLocal(e.clientX, e.clientY).y, height);
    dragValue.current = value;
    setDrag((d) => (d && d.value !== value ? { ...d, value } : d));
  };
  const release = (point: EmotionPoint) => {
    const value = dragValue.current;
    dragValue.current = null;
    setDrag(null);
    if (value !== null) execute(setEmotionValue(point, value));
  };

  return (
    <g className={`jc-emotion-series jc-emotion-series--${variant}`}>
      {path !== '' && <path className="jc-emotion-series__curve" d={path} />}
      {shown.map(({ point, x, y }) => {
        const dragging = drag?.id === point.id;
        const value = dragging ? drag.value : point.value;
        const labelY = variant === 'asIs' ? y - 12 : y + 20;
        return (
          <g key={point.id}>
            <circle
              className={`jc-emotion-series__point nodrag nopan${dragging ? ' jc-emotion-series__point--dragging' : ''}`}
              data-testid="emotion-point"
              data-stage-id={point.stageId}
              data-variant={variant}
              data-value={value}
              cx={x}
              cy={y}
              r={6}
              onPointerDown={(e) => start(e, point)}
              onPointerMove={(e) => move(e, point)}
              onPointerUp={() => {
                if (dragging) release(point);
              }}
              onPointerCancel={() => setDrag(null)}
              onDoubleClick={(e) => {
                e.stopPropagation();
                onEditLabel(point);
              }}
              onContextMenu={(e) => {
                e.preventDefault();
                e.stopPropagation();
                execute(deleteEmotion(point));
              }}
            >
              {point.label ? <title>{point.label}</title> : null}
            </circle>
            {dragging ? (
              <text className="jc-emotion-series__value" x={x + 11} y={y + 4} data-testid="emotion-drag-value">
                {formatEmotion(value)}
              </text>
            ) : point.label && editingId !== point.id ? (
              <text className="jc-emotion-series__label" x={x} y={labelY} textAnchor="middle" data-testid="emotion-label">
                {shortLabel(point.label)}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}
