import type { PlacedIcon } from './mapView';
import type { Pill } from './pills';
import type { PrintIcon } from './printIcons';
import { baselineIn, type TextBlock } from './printText';

/** The drawing's smallest parts: wrapped text, icons and pills, all plain SVG. */

export function SvgText({ block }: { block: TextBlock }) {
  if (block.lines.length === 0) return null;
  return (
    <text
      x={block.x}
      y={block.y}
      fontSize={block.font.size}
      fontWeight={block.font.weight}
      fill={block.color}
      textAnchor={block.anchor}
      textDecoration={block.strike ? 'line-through' : undefined}
    >
      {block.lines.map((line, i) => (
        <tspan key={i} x={block.x} y={block.y + i * block.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** An icon's paths scaled from its viewBox into a `size` px square at (x, y). */
export function SvgIcon({ icon, x, y, size, color }: { icon: PrintIcon; x: number; y: number; size: number; color: string }) {
  const [minX = 0, minY = 0, width = 1024] = icon.viewBox.split(/\s+/).map(Number);
  const scale = size / width;
  const paint = icon.stroke ? { fill: 'none', stroke: color, strokeWidth: 2, strokeLinecap: 'round' as const } : { fill: color };
  return (
    <g transform={`translate(${x} ${y}) scale(${scale}) translate(${-minX} ${-minY})`} {...paint}>
      {icon.paths.map((d, i) => (
        <path key={i} d={d} />
      ))}
    </g>
  );
}

export const SvgPlacedIcon = ({ placed }: { placed: PlacedIcon }) => <SvgIcon {...placed} />;

const ICON = 11;

export function SvgPill({ pill }: { pill: Pill }) {
  let x = pill.x + 6;
  const middle = pill.y + pill.height / 2;
  const parts = [];
  if (pill.dot) {
    parts.push(<circle key="dot" cx={x + 3} cy={middle} r={3} fill={pill.dot} />);
    x += 10;
  }
  if (pill.icon) {
    parts.push(<SvgIcon key="icon" icon={pill.icon} x={x} y={middle - ICON / 2} size={ICON} color={pill.iconColor ?? pill.textColor} />);
    x += ICON + 3;
  }
  return (
    <g>
      <rect x={pill.x} y={pill.y} width={pill.width} height={pill.height} rx={pill.radius} fill={pill.fill} stroke={pill.stroke} strokeDasharray={pill.dash} />
      {parts}
      {pill.text ? (
        <text x={x} y={baselineIn(pill.y, pill.height, pill.font.size)} fontSize={pill.font.size} fontWeight={pill.font.weight} fill={pill.textColor}>
          {pill.text}
        </text>
      ) : null}
    </g>
  );
}
