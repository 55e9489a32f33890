import { EMOTION_VARIANTS } from '../../../src/schema/journey';
import type { EmotionPoint, Id } from '../../../src/model/journey';
import { EMOTION_LEVELS, curvePoints, formatEmotion, monotonePath, placePoints, valueToY, type CurveColumn } from '../../canvas/emotion/emotionGeometry';
import type { GridLayout } from '../../canvas/layout';
import type { Box } from './mapView';
import { cssFont, singleLine, textBlock, type TextBlock } from './printText';
import type { ViewContext } from './viewContext';

type EmotionVariant = EmotionPoint['variant'];

/**
 * The emotion curves of emotions lanes for print, with the canvas's geometry
 * (renderer/canvas/emotion/emotionGeometry.ts): the level lines, the smooth
 * monotone path through the points, the points and their labels, and a legend
 * naming the persona whose curve is shown.
 */
export interface EmotionView extends Box {
  laneId: Id;
  levels: { y: number; label: string; zero: boolean }[];
  series: { variant: EmotionVariant; path: string; points: { x: number; y: number; label?: TextBlock; labelBox?: Box }[] }[];
  legend: { persona: TextBlock; keys: { variant: EmotionVariant; x: number; y: number; text: TextBlock }[] };
}

export const EMOTION_COLORS: Record<EmotionVariant, { stroke: string; width: number; dash?: string }> = {
  asIs: { stroke: '#eb2f96', width: 3 },
  toBe: { stroke: '#13a8a8', width: 2, dash: '7 5' },
};

const LABEL_CHARS = 24;
const shortLabel = (label: string): string => (label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label);

/**
 * Whose curve is printed: the first chosen persona that has points, else the
 * curve drawn for no persona (the map's general curve), else the first of the
 * map's personas with points. The canvas shows the toolbar's persona; an
 * export has no toolbar, so it takes the persona the options name.
 */
export function curvePersona(ctx: ViewContext, laneId: Id): Id | null {
  const has = (personaId: Id | null) => EMOTION_VARIANTS.some((v) => curvePoints(ctx.map.emotions, laneId, personaId, v).length > 0);
  const chosen = ctx.content.personaIds ?? [];
  const chosenWithPoints = chosen.find(has);
  if (chosenWithPoints) return chosenWithPoints;
  if (has(null) || chosen.length > 0) return has(null) ? null : (chosen[0] ?? null);
  const withPoints = Object.values(ctx.map.emotions ?? {}).filter((p) => p.laneId === laneId && p.personaId !== null);
  const order = ctx.map.personaIds ?? [];
  return [...withPoints].sort((a, b) => order.indexOf(a.personaId ?? '') - order.indexOf(b.personaId ?? ''))[0]?.personaId ?? null;
}

function legend(ctx: ViewContext, personaId: Id | null, x: number, y: number): EmotionView['legend'] {
  const personaName = personaId ? ctx.data.catalog.personas.find((p) => p.id === personaId)?.name : undefined;
  const font = { size: 11, weight: 700 } as const;
  const name = singleLine(personaName ?? ctx.t('editor:emotion.noPersona'), 240, font, ctx.measure);
  const persona = textBlock({ text: name, x: x + 28, top: y + 4, maxWidth: 241, maxLines: 1, lineHeight: 14, font, color: '#595959' }, ctx.measure);
  let at = x + 28 + ctx.measure(name, `700 11px "Noto Sans SC"`) + 10;
  const keys = EMOTION_VARIANTS.map((variant) => {
    const label = ctx.t(`editor:emotion.${variant}`);
    const key = { variant, x: at, y: y + 11, text: textBlock({ text: label, x: at + 20, top: y + 4, maxWidth: 200, maxLines: 1, lineHeight: 14, font: { size: 11, weight: 400 }, color: '#8c8c8c' }, ctx.measure) };
    at += 20 + ctx.measure(label, `400 11px "Noto Sans SC"`) + 10;
    return key;
  });
  return { persona, keys };
}

const LABEL_FONT = { size: 11, weight: 400 } as const;

/**
 * A point's label centred over (x, baseline) on a white ground: the canvas
 * haloes it with a white stroke painted under the fill, which a PDF can only
 * keep as a Type 3 font; a white box keeps the text plain and searchable.
 */
function pointLabel(ctx: ViewContext, label: string | undefined, x: number, baseline: number, maxWidth: number): { label?: TextBlock; labelBox?: Box } {
  if (!label) return {};
  const block = textBlock({ text: shortLabel(label), x, top: baseline - 11, maxWidth, maxLines: 1, lineHeight: 14, font: LABEL_FONT, color: '#595959', anchor: 'middle' }, ctx.measure);
  const width = ctx.measure(block.lines[0] ?? '', cssFont(LABEL_FONT)) + 6;
  return { label: block, labelBox: { x: x - width / 2, y: baseline - 11, width, height: 14 } };
}

export function buildEmotionViews(ctx: ViewContext, layout: GridLayout): EmotionView[] {
  const first = layout.stages[0];
  const last = layout.stages.at(-1);
  if (!first || !last) return [];
  const columns: CurveColumn[] = layout.stages.map((stage) => ({ stageId: stage.id, x: stage.x, width: stage.width }));
  return layout.lanes.flatMap((row): EmotionView[] => {
    if (ctx.map.lanes[row.index]?.type !== 'emotions') return [];
    const personaId = curvePersona(ctx, row.id);
    const height = row.height;
    const local = (y: number) => row.y + y;
    const series = EMOTION_VARIANTS.map((variant) => {
      const placed = placePoints(curvePoints(ctx.map.emotions, row.id, personaId, variant), columns, height).map((p) => ({ ...p, y: local(p.y) }));
      return {
        variant,
        path: monotonePath(placed),
        points: placed.map(({ point, x, y }) => ({ x, y, ...pointLabel(ctx, point.label, x, variant === 'asIs' ? y - 12 : y + 20, first.width - 8) })),
      };
    });
    return [
      {
        laneId: row.id,
        x: first.x,
        y: row.y,
        width: last.x + last.width - first.x,
        height,
        levels: EMOTION_LEVELS.map((level) => ({ y: local(valueToY(level, height)), label: formatEmotion(level), zero: level === 0 })),
        series: series.filter((s) => s.points.length > 0),
        legend: legend(ctx, personaId, first.x, row.y),
      },
    ];
  });
}
