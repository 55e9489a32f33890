import { EMOTION_LEVELS, formatEmotion, valueToY } from './emotionGeometry';

/** The curve's background: a line per level (the zero line stronger) and the levels written at the left. */
export function EmotionScale({ width, height }: { width: number; height: number }) {
  return (
    <g className="jc-emotion-scale" aria-hidden>
      {EMOTION_LEVELS.map((level) => {
        const y = valueToY(level, height);
        return (
          <g key={level}>
            <line className={level === 0 ? 'jc-emotion-scale__zero' : 'jc-emotion-scale__line'} x1={0} x2={width} y1={y} y2={y} />
            <text className="jc-emotion-scale__level" x={6} y={y - 3}>
              {formatEmotion(level)}
            </text>
          </g>
        );
      })}
    </g>
  );
}
