import type { Card, Id, LaneType } from '../../../src/model/journey';
import { cardReadings } from '../../../src/metrics/readings';
import { EVIDENCE_BORDER, GAP_SEVERITY_COLORS, severityColor } from '../../canvas/annotationVisuals';
import { BODY_LINE_HEIGHT, CARD_BADGES_HEIGHT, CARD_IMAGE_HEIGHT, CARD_PADDING_X, CARD_STRIP_WIDTH, TITLE_LINE_HEIGHT, estimateCardHeight, hasCardBadges, hasCardGlyph, hasCardMeta } from '../../canvas/cardSize';
import { CARD_LOOKS, LANE_TYPE_VISUALS, type CardLook } from '../../canvas/laneTypeVisuals';
import type { GridLayout } from '../../canvas/layout';
import { badgeChips, badgeRowWidth, laneHasMetricBadges, packBadges } from '../../canvas/nodes/card/metricBadgeLayout';
import { cardBadgePills, cardMarkPills, metricChipPills } from './cardBadges';
import { channelRow, metricTile } from './cardExtras';
import type { CardImageView, CardView } from './mapView';
import { LANE_TYPE_ICONS } from './printIcons';
import { textBlock, tint } from './printText';
import type { ViewContext } from './viewContext';

/**
 * Cards for print, box for box the canvas's (renderer/canvas/nodes/CardNode.tsx
 * and canvas.css): the same looks, strip, glyph, picture, title, body, metric
 * tile, badge row, metric chips and channel row, drawn with plain shapes.
 */

const CONTENT_TOP = 7;
const GLYPH_LEFT = 30;
const BODY_GAP = 4;
const IMAGE_GAP = 6;
const BUBBLE_TAIL = 8;

interface Look {
  fill: string;
  stroke: string;
  radius: number;
  text: string;
}

const LOOKS: Record<CardLook, Look> = {
  plain: { fill: '#ffffff', stroke: '#e5e5e5', radius: 6, text: '#262626' },
  bubble: { fill: '#f9f0ff', stroke: '#d3adf7', radius: 14, text: '#262626' },
  pain: { fill: tint('#ff7875', 0.12), stroke: '#ffccc7', radius: 6, text: '#262626' },
  opportunity: { fill: '#f6ffed', stroke: '#b7eb8f', radius: 6, text: '#262626' },
  metric: { fill: '#f7faff', stroke: '#d6e4ff', radius: 6, text: '#434343' },
  sticky: { fill: '#fff8c4', stroke: '#eedc82', radius: 2, text: '#262626' },
  image: { fill: '#ffffff', stroke: '#e5e5e5', radius: 6, text: '#262626' },
  internal: { fill: '#eef2f7', stroke: '#c5d0dc', radius: 0, text: '#1f2d3d' },
};

const DASHES = { solid: undefined, dashed: '6 4', dotted: '1.5 2.5' } as const;

/**
 * How many title and body lines the canvas gave the card room for: the
 * difference the title (body) makes to the canvas's height estimate, so the
 * print text is clamped to exactly the box the canvas drew.
 */
export function roomForText(card: Card, laneType: LaneType, span: number): { titleLines: number; bodyLines: number } {
  const full = estimateCardHeight(card, laneType, span);
  const noTitle = estimateCardHeight({ ...card, title: '' }, laneType, span);
  const noBody = estimateCardHeight({ ...card, body: undefined }, laneType, span);
  return { titleLines: 1 + Math.round((full - noTitle) / TITLE_LINE_HEIGHT), bodyLines: Math.floor((full - noBody) / BODY_LINE_HEIGHT) };
}

/** Extra height per card for its metric badges, as the canvas's useMetricBadgeHeights computes it. */
export function metricBadgeHeights(ctx: ViewContext): ReadonlyMap<Id, number> {
  const heights = new Map<Id, number>();
  const data = ctx.data.metrics;
  if (!ctx.content.metrics || !data || data.series.length === 0) return heights;
  const laneTypes = new Map(ctx.map.lanes.map((lane) => [lane.id, lane.type]));
  for (const card of Object.values(ctx.map.cards)) {
    const laneType = laneTypes.get(card.laneId);
    if (!laneType || !laneHasMetricBadges(laneType)) continue;
    const readings = cardReadings(data, card, ctx.selection);
    if (readings.length > 0) heights.set(card.id, packBadges(badgeChips(readings, ctx.language), badgeRowWidth(laneType, card.span ?? 1)).height);
  }
  return heights;
}

/** The look of a card: a pain point takes its severity's colour and its evidence's border. */
function cardLook(card: Card, laneType: LaneType): Look & { strip?: string; dash?: string; faded: boolean } {
  const look = CARD_LOOKS[laneType];
  const base = LOOKS[look];
  const accent = LANE_TYPE_VISUALS[laneType].color;
  if (look === 'bubble') return { ...base, faded: false };
  if (look !== 'pain') return { ...base, strip: card.color ?? accent, faded: false };
  const severity = severityColor(card.pain?.severity);
  const status = card.pain?.status;
  // The canvas fades solved and dropped pain points with opacity; print mixes their colours with white instead.
  const faded = status === 'solved' || status === 'wontFix';
  const evidence = card.pain?.evidence;
  return {
    fill: severity ? tint(severity, 0.12) : base.fill,
    stroke: severity ?? base.stroke,
    radius: base.radius,
    text: faded ? '#8c8c8c' : base.text,
    strip: severity ?? card.color ?? accent,
    dash: evidence ? DASHES[EVIDENCE_BORDER[evidence]] : undefined,
    faded,
  };
}

function cardImage(ctx: ViewContext, card: Card, x: number, y: number, width: number): CardImageView {
  const href = card.imageId ? ctx.data.images[card.imageId] : undefined;
  const box = { x, y, width, height: CARD_IMAGE_HEIGHT };
  return href ? { ...box, href } : { ...box, placeholder: { icon: LANE_TYPE_ICONS.images, x: x + width / 2 - 14, y: y + CARD_IMAGE_HEIGHT / 2 - 14, size: 28, color: '#bfbfbf' } };
}

function buildCard(ctx: ViewContext, card: Card, laneType: LaneType, box: GridLayout['cards'][string]): CardView {
  const look = CARD_LOOKS[laneType];
  const style = cardLook(card, laneType);
  const glyph = hasCardGlyph(laneType);
  const left = box.x + (look === 'bubble' ? 0 : CARD_STRIP_WIDTH) + (glyph ? GLYPH_LEFT : CARD_PADDING_X);
  const right = box.x + box.width - CARD_PADDING_X;
  const width = right - left;
  const room = roomForText(card, laneType, box.span);
  let y = box.y + CONTENT_TOP;
  const image = look === 'image' ? cardImage(ctx, card, left, y, width) : undefined;
  if (image) y += CARD_IMAGE_HEIGHT + IMAGE_GAP;
  const titleText = look === 'bubble' && card.title.trim() ? `“${card.title}”` : card.title;
  const title = textBlock(
    { text: titleText, x: left, top: y, maxWidth: width, maxLines: room.titleLines, lineHeight: TITLE_LINE_HEIGHT, font: { size: 13, weight: 400 }, color: style.text, strike: card.pain?.status === 'wontFix' },
    ctx.measure,
  );
  y += room.titleLines * TITLE_LINE_HEIGHT;
  const bodyText = card.body?.trim();
  const body = bodyText && room.bodyLines > 0
    ? textBlock({ text: bodyText, x: left, top: y + BODY_GAP, maxWidth: width, maxLines: room.bodyLines, lineHeight: BODY_LINE_HEIGHT, font: { size: 12, weight: 400 }, color: '#8c8c8c' }, ctx.measure)
    : undefined;
  if (body) y += BODY_GAP + room.bodyLines * BODY_LINE_HEIGHT;
  const metric = look === 'metric' ? metricTile(ctx, card, left, y, width) : undefined;
  if (metric) y = metric.bottom;
  const badges = hasCardBadges(card, laneType) ? cardBadgePills(ctx, card, laneType, left, y + 5, right) : [];
  if (hasCardBadges(card, laneType)) y += CARD_BADGES_HEIGHT;
  const chips = metricChipPills(ctx, card, laneType, left, y, box.span);
  y += chips.height;
  const gap = ctx.cardGaps.get(card.id);
  return {
    id: card.id,
    stageId: box.stageId,
    laneId: box.laneId,
    look,
    x: box.x,
    y: box.y,
    width: box.width,
    height: look === 'bubble' ? box.height - BUBBLE_TAIL : box.height,
    fill: style.faded ? tint(style.fill, 0.6) : style.fill,
    stroke: style.faded ? tint(style.stroke, 0.6) : style.stroke,
    dash: style.dash,
    radius: style.radius,
    strip: style.strip && style.faded ? tint(style.strip, 0.5) : style.strip,
    tail: look === 'bubble',
    glyph: glyph ? { icon: LANE_TYPE_ICONS[laneType], x: box.x + CARD_STRIP_WIDTH + CARD_PADDING_X, y: box.y + 10, size: 14, color: LANE_TYPE_VISUALS[laneType].color } : undefined,
    image,
    title,
    body,
    metric: metric?.view,
    badges,
    metricChips: chips.pills,
    channel: hasCardMeta(card) ? channelRow(ctx, card, left, y + 4, width) : undefined,
    marks: cardMarkPills(ctx, card, box.x + box.width - 3, box.y + 3),
    gapColor: gap ? GAP_SEVERITY_COLORS[gap.severity] : undefined,
  };
}

/** Every card the layout placed, in paint order (lane by lane, as the canvas adds them). */
export function buildCardViews(ctx: ViewContext, layout: GridLayout): CardView[] {
  const laneTypes = new Map(ctx.map.lanes.map((lane) => [lane.id, lane.type]));
  return Object.values(layout.cards).flatMap((box) => {
    const card = ctx.map.cards[box.id];
    const laneType = laneTypes.get(box.laneId);
    return card && laneType ? [buildCard(ctx, card, laneType, box)] : [];
  });
}
