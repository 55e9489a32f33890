import { GAP_SEVERITY_COLORS, MOMENT_VISUALS } from '../../canvas/annotationVisuals';
import { laneView } from '../../canvas/laneGroups';
import { LANE_TYPE_VISUALS } from '../../canvas/laneTypeVisuals';
import { LANE_GROUP_WIDTH, LANE_HEADER_WIDTH, PHASE_HEADER_HEIGHT, STAGE_HEADER_HEIGHT, type GridLayout } from '../../canvas/layout';
import { markSpecs, type Spec } from './cardBadges';
import type { BlueprintLineView, CellView, LaneGroupView, LaneHeaderView, PhaseView, StageView } from './mapView';
import { makePill, rightAlignedPills, type Pill } from './pills';
import { LANE_TYPE_ICONS, MOMENT_ICONS } from './printIcons';
import { singleLine, textBlock, tint } from './printText';
import type { ViewContext } from './viewContext';

/**
 * The grid's structure for print, as the canvas draws it (CellNode,
 * PhaseHeaderNode, StageHeaderNode, LaneHeaderNode, LaneGroupNode,
 * BlueprintLineNode and canvas.css): cell backgrounds, phase, stage and lane
 * headers, the view bands and the blueprint lines.
 */

const HEADER_TEXT = '#262626';
const NAME_FONT = { size: 14, weight: 700 } as const;
const STAGE_ACCENT = 4;
const PAD_LEFT = 12;
const PAD_RIGHT = 6;
const LANE_NAME_INSET = 8;
const LANE_ICON = 16;
const LANE_LINE = 20;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

export interface HeaderViews {
  cells: CellView[];
  phases: PhaseView[];
  stages: StageView[];
  lanes: LaneHeaderView[];
  groups: LaneGroupView[];
  lines: BlueprintLineView[];
}

function cellViews(ctx: ViewContext, layout: GridLayout): CellView[] {
  return layout.lanes.flatMap((row) => {
    const internal = laneView(ctx.map.lanes[row.index]?.type ?? 'notes') === 'internal';
    const alt = row.index % 2 === 1;
    const fill = internal ? (alt ? '#f2f5f8' : '#f7f9fb') : alt ? '#fbfbfc' : '#ffffff';
    return layout.stages.map((stage) => ({ x: stage.x, y: row.y, width: stage.width, height: row.height, fill }));
  });
}

function phaseViews(ctx: ViewContext, layout: GridLayout): PhaseView[] {
  return layout.phases.map((column) => {
    const phase = ctx.map.phases?.find((p) => p.id === column.id);
    const color = phase?.color ?? '#bfbfbf';
    const width = column.width - PAD_LEFT - PAD_RIGHT;
    const font = { size: 13, weight: 700 } as const;
    const text = singleLine(phase?.name ?? '', width, font, ctx.measure);
    return {
      id: column.id,
      x: column.x,
      y: 0,
      width: column.width,
      height: PHASE_HEADER_HEIGHT,
      // The canvas tints with the colour at alpha 0x2e; print mixes the same share with white.
      fill: tint(color, 0x2e / 255),
      border: color,
      name: textBlock({ text, x: column.x + PAD_LEFT, top: 0, maxWidth: width + 1, maxLines: 1, lineHeight: PHASE_HEADER_HEIGHT - 3, font, color: HEADER_TEXT }, ctx.measure),
    };
  });
}

function stageViews(ctx: ViewContext, layout: GridLayout): StageView[] {
  return layout.stages.map((column) => {
    const stage = ctx.map.stages[column.index];
    const top = layout.stageHeaderY;
    const bodyTop = top + STAGE_ACCENT;
    const bodyHeight = STAGE_HEADER_HEIGHT - STAGE_ACCENT - 1;
    const gap = stage ? ctx.stageGaps.get(stage.id) : undefined;
    const specs: Spec[] = stage?.moment
      ? [{ text: ctx.t(`present:moments.short.${stage.moment}`), style: { fill: '#ffffff', stroke: MOMENT_VISUALS[stage.moment].color, textColor: MOMENT_VISUALS[stage.moment].color, icon: MOMENT_ICONS[stage.moment], iconColor: MOMENT_VISUALS[stage.moment].color } }]
      : [];
    specs.push(...markSpecs(ctx, gap, stage ? ctx.openThreads({ kind: 'stage', id: stage.id }) : 0));
    const badges: Pill[] = rightAlignedPills(specs, column.x + column.width - PAD_RIGHT - 2, bodyTop + (bodyHeight - 18) / 2, ctx.measure, 6);
    const nameRight = (badges[0]?.x ?? column.x + column.width - PAD_RIGHT) - 6;
    const nameWidth = nameRight - column.x - PAD_LEFT;
    const text = singleLine(stage?.name ?? '', nameWidth, NAME_FONT, ctx.measure);
    return {
      id: column.id,
      x: column.x,
      y: top,
      width: column.width,
      height: STAGE_HEADER_HEIGHT,
      accent: stage?.color ?? '#d9d9d9',
      name: textBlock({ text, x: column.x + PAD_LEFT, top: bodyTop, maxWidth: nameWidth + 1, maxLines: 1, lineHeight: bodyHeight, font: NAME_FONT, color: HEADER_TEXT }, ctx.measure),
      badges,
      gapColor: gap ? GAP_SEVERITY_COLORS[gap.severity] : undefined,
    };
  });
}

function laneViews(ctx: ViewContext, layout: GridLayout): LaneHeaderView[] {
  return layout.lanes.flatMap((row) => {
    const lane = ctx.map.lanes[row.index];
    if (!lane) return [];
    const left = LANE_GROUP_WIDTH + LANE_NAME_INSET;
    const nameX = left + LANE_ICON + 6;
    const comments = ctx.openThreads({ kind: 'lane', id: lane.id });
    const badge = comments > 0 ? [makePill(String(comments), markSpecs(ctx, undefined, comments)[0]?.style ?? { fill: '#fff', textColor: '#000' }, 0, row.y + 13, ctx.measure)] : [];
    const badgeWidth = badge[0] ? badge[0].width + 4 : 0;
    if (badge[0]) badge[0].x = LANE_HEADER_WIDTH - PAD_RIGHT - badge[0].width;
    const maxLines = Math.max(1, Math.floor((row.height - 12 - 8) / LANE_LINE));
    return [
      {
        id: lane.id,
        type: lane.type,
        x: 0,
        y: row.y,
        width: LANE_HEADER_WIDTH,
        height: row.height,
        icon: { icon: LANE_TYPE_ICONS[lane.type], x: left, y: row.y + 12 + 2, size: LANE_ICON, color: LANE_TYPE_VISUALS[lane.type].color },
        name: textBlock({ text: lane.name, x: nameX, top: row.y + 12, maxWidth: LANE_HEADER_WIDTH - PAD_RIGHT - nameX - badgeWidth, maxLines, lineHeight: LANE_LINE, font: NAME_FONT, color: HEADER_TEXT }, ctx.measure),
        badges: badge,
      },
    ];
  });
}

function groupViews(ctx: ViewContext, layout: GridLayout): LaneGroupView[] {
  return layout.groups.map((band) => {
    const label = ctx.t(`editor:laneGroups.${band.view}`);
    const customer = band.view === 'customer';
    return {
      view: band.view,
      x: 0,
      y: band.y,
      width: LANE_GROUP_WIDTH,
      height: band.height,
      fill: customer ? '#e6f4ff' : '#e8ecf2',
      color: customer ? '#0958d9' : '#3d4f66',
      label: singleLine(label, band.height - 12, { size: 12, weight: 700 }, ctx.measure),
      upright: CJK.test(label),
    };
  });
}

const LINE_COLORS = { interaction: '#2f54eb', visibility: '#d46b08' } as const;

function lineViews(ctx: ViewContext, layout: GridLayout): BlueprintLineView[] {
  return layout.lines.map((line) => {
    const color = LINE_COLORS[line.kind];
    const label = makePill(ctx.t(`editor:blueprint.${line.kind}`), { fill: '#ffffff', stroke: color, textColor: color }, LANE_HEADER_WIDTH + 8, line.y - 9, ctx.measure);
    return { kind: line.kind, y: line.y, x1: LANE_HEADER_WIDTH, x2: layout.width, color, label };
  });
}

export function buildHeaderViews(ctx: ViewContext, layout: GridLayout): HeaderViews {
  return {
    cells: cellViews(ctx, layout),
    phases: phaseViews(ctx, layout),
    stages: stageViews(ctx, layout),
    lanes: laneViews(ctx, layout),
    groups: groupViews(ctx, layout),
    lines: lineViews(ctx, layout),
  };
}
