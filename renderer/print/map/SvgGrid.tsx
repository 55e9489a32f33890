import type { LaneGroupView, MapView } from './mapView';
import { SvgIcon, SvgPill, SvgText } from './SvgPrimitives';

/** The grid behind the cards and the headers around it, as the canvas draws them (canvas.css). */

export function SvgCells({ view }: { view: MapView }) {
  const xs = [...new Set(view.cells.map((c) => c.x + c.width))];
  const ys = [...new Set(view.cells.map((c) => c.y + c.height))];
  const left = Math.min(...view.cells.map((c) => c.x));
  const top = Math.min(...view.cells.map((c) => c.y));
  const right = Math.max(...xs);
  const bottom = Math.max(...ys);
  return (
    <g>
      {view.cells.map((cell, i) => (
        <rect key={i} x={cell.x} y={cell.y} width={cell.width} height={cell.height} fill={cell.fill} />
      ))}
      {xs.map((x) => (
        <line key={`x${x}`} x1={x - 0.5} x2={x - 0.5} y1={top} y2={bottom} stroke="#e8e8e8" />
      ))}
      {ys.map((y) => (
        <line key={`y${y}`} x1={left} x2={right} y1={y - 0.5} y2={y - 0.5} stroke="#e8e8e8" />
      ))}
    </g>
  );
}

export function SvgBlueprintLines({ view }: { view: MapView }) {
  return (
    <g>
      {view.lines.map((line) => (
        <g key={line.kind} data-line={line.kind}>
          <line x1={line.x1} x2={line.x2} y1={line.y} y2={line.y} stroke={line.color} strokeWidth={2} strokeDasharray="6 4" />
          <SvgPill pill={line.label} />
        </g>
      ))}
    </g>
  );
}

export function SvgPhases({ view }: { view: MapView }) {
  return (
    <g>
      {view.phases.map((phase) => (
        <g key={phase.id}>
          <rect x={phase.x} y={phase.y} width={phase.width} height={phase.height} fill={phase.fill} />
          <rect x={phase.x} y={phase.y + phase.height - 3} width={phase.width} height={3} fill={phase.border} />
          <line x1={phase.x + phase.width - 1} x2={phase.x + phase.width - 1} y1={phase.y} y2={phase.y + phase.height} stroke="#ffffff" strokeWidth={2} />
          <SvgText block={phase.name} />
        </g>
      ))}
    </g>
  );
}

export function SvgStages({ view }: { view: MapView }) {
  return (
    <g>
      {view.stages.map((stage) => {
        const right = stage.x + stage.width;
        const bottom = stage.y + stage.height;
        return (
          <g key={stage.id} data-stage-id={stage.id}>
            <rect x={stage.x} y={stage.y} width={stage.width} height={stage.height} fill="#f5f7fa" />
            <rect x={stage.x} y={stage.y} width={stage.width} height={4} fill={stage.accent} />
            <line x1={right - 0.5} x2={right - 0.5} y1={stage.y + 4} y2={bottom} stroke="#e0e0e0" />
            <line x1={stage.x} x2={right} y1={bottom - 0.5} y2={bottom - 0.5} stroke="#d0d0d0" />
            {stage.gapColor ? <rect x={stage.x + 1} y={stage.y + 1} width={stage.width - 2} height={stage.height - 2} fill="none" stroke={stage.gapColor} strokeWidth={2} /> : null}
            <SvgText block={stage.name} />
            {stage.badges.map((pill, i) => (
              <SvgPill key={i} pill={pill} />
            ))}
          </g>
        );
      })}
    </g>
  );
}

export function SvgLaneHeaders({ view }: { view: MapView }) {
  return (
    <g>
      {view.lanes.map((lane) => (
        <g key={lane.id} data-lane-id={lane.id}>
          <rect x={lane.x} y={lane.y} width={lane.width} height={lane.height} fill="#f5f7fa" />
          <line x1={lane.x + lane.width - 0.5} x2={lane.x + lane.width - 0.5} y1={lane.y} y2={lane.y + lane.height} stroke="#d0d0d0" />
          <line x1={lane.x} x2={lane.x + lane.width} y1={lane.y + lane.height - 0.5} y2={lane.y + lane.height - 0.5} stroke="#e0e0e0" />
          <SvgIcon {...lane.icon} />
          <SvgText block={lane.name} />
          {lane.badges.map((pill, i) => (
            <SvgPill key={i} pill={pill} />
          ))}
        </g>
      ))}
    </g>
  );
}

const GROUP_FONT = 12;

/** A band's name along it: CJK characters upright one under the other, Latin text turned a quarter clockwise (as writing-mode: vertical-rl shows them). */
function GroupLabel({ group }: { group: LaneGroupView }) {
  const cx = group.x + group.width / 2;
  const cy = group.y + group.height / 2;
  if (group.upright) {
    const chars = Array.from(group.label);
    const step = GROUP_FONT + 2;
    const first = cy - ((chars.length - 1) * step) / 2 + GROUP_FONT * 0.35;
    return (
      <text fontSize={GROUP_FONT} fontWeight={700} fill={group.color} textAnchor="middle">
        {chars.map((ch, i) => (
          <tspan key={i} x={cx} y={first + i * step}>
            {ch}
          </tspan>
        ))}
      </text>
    );
  }
  return (
    <text x={cx} y={cy + GROUP_FONT * 0.35} fontSize={GROUP_FONT} fontWeight={700} fill={group.color} textAnchor="middle" letterSpacing={1} transform={`rotate(90 ${cx} ${cy})`}>
      {group.label}
    </text>
  );
}

export function SvgLaneGroups({ view }: { view: MapView }) {
  return (
    <g>
      {view.groups.map((group) => (
        <g key={`${group.view}${group.y}`} data-group={group.view}>
          <rect x={group.x} y={group.y} width={group.width} height={group.height - 2} fill={group.fill} />
          <line x1={group.x + group.width - 0.5} x2={group.x + group.width - 0.5} y1={group.y} y2={group.y + group.height} stroke="#d0d0d0" />
          <GroupLabel group={group} />
        </g>
      ))}
    </g>
  );
}
