import { EMOTION_COLORS, type EmotionView } from './emotionView';
import type { EdgeView } from './edgeView';
import { SvgPill, SvgText } from './SvgPrimitives';

/** Connections and emotion curves: the lines drawn across the grid. */

function HandoffMarker({ x, y, color }: { x: number; y: number; color: string }) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <circle r={8} fill="#ffffff" stroke={color} strokeWidth={1.5} />
      <path d="M -4.5 -2 H 4.5 L 2 -4.5 M 4.5 2 H -4.5 L -2 4.5" fill="none" stroke={color} strokeWidth={1.5} strokeLinecap="round" strokeLinejoin="round" />
    </g>
  );
}

export function SvgEdges({ edges }: { edges: EdgeView[] }) {
  return (
    <g>
      {edges.map((edge) => (
        <g key={edge.id} data-edge-kind={edge.kind}>
          <path d={edge.path} fill="none" stroke={edge.color} strokeWidth={edge.width} strokeDasharray={edge.dash} strokeLinecap={edge.kind === 'supports' ? 'round' : undefined} />
          <path d={edge.arrow.path} fill={edge.arrow.open ? 'none' : edge.color} stroke={edge.color} strokeWidth={1.5} strokeLinejoin="round" />
          {edge.handoff ? <HandoffMarker x={edge.handoff.x} y={edge.handoff.y} color={edge.color} /> : null}
          {edge.label ? <SvgPill pill={edge.label} /> : null}
        </g>
      ))}
    </g>
  );
}

function EmotionCurve({ emotion }: { emotion: EmotionView }) {
  const right = emotion.x + emotion.width;
  return (
    <g data-emotion-lane={emotion.laneId}>
      {emotion.levels.map((level) => (
        <g key={level.label}>
          <line x1={emotion.x} x2={right} y1={level.y} y2={level.y} stroke={level.zero ? '#bfbfbf' : '#f0f0f0'} />
          <text x={emotion.x + 6} y={level.y - 3} fontSize={10} fill="#bfbfbf">
            {level.label}
          </text>
        </g>
      ))}
      {emotion.series.map((series) => {
        const look = EMOTION_COLORS[series.variant];
        return (
          <g key={series.variant} data-variant={series.variant}>
            {series.path ? <path d={series.path} fill="none" stroke={look.stroke} strokeWidth={look.width} strokeDasharray={look.dash} /> : null}
            {series.points.map((point, i) => (
              <g key={i}>
                <circle cx={point.x} cy={point.y} r={6} fill="#ffffff" stroke={look.stroke} strokeWidth={2.5} />
                {point.labelBox ? <rect {...point.labelBox} rx={3} fill="#ffffff" /> : null}
                {point.label ? <SvgText block={point.label} /> : null}
              </g>
            ))}
          </g>
        );
      })}
      <SvgText block={emotion.legend.persona} />
      {emotion.legend.keys.map((key) => {
        const look = EMOTION_COLORS[key.variant];
        return (
          <g key={key.variant}>
            <line x1={key.x} x2={key.x + 16} y1={key.y} y2={key.y} stroke={look.stroke} strokeWidth={look.width} strokeDasharray={look.dash ? '4 3' : undefined} />
            <SvgText block={key.text} />
          </g>
        );
      })}
    </g>
  );
}

export function SvgEmotions({ emotions }: { emotions: EmotionView[] }) {
  return (
    <g>
      {emotions.map((emotion) => (
        <EmotionCurve key={emotion.laneId} emotion={emotion} />
      ))}
    </g>
  );
}
