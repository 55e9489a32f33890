import type { ExpectationStatus } from '../../../src/model/gaps';
import type { Card, LaneType } from '../../../src/model/journey';
import { cardReadings } from '../../../src/metrics/readings';
import { GAP_SEVERITY_COLORS, MOMENT_VISUALS, severityColor } from '../../canvas/annotationVisuals';
import { badgeChips, badgeRowWidth, laneHasMetricBadges, packBadges } from '../../canvas/nodes/card/metricBadgeLayout';
import { STATUS_COLORS } from '../../panels/metrics/metricFormat';
import { rightAlignedPills, rowOfPills, type Pill, type PillStyle } from './pills';
import { COMMENT_ICON, EXPECTATION_ICONS, LINK_ICON, MOMENT_ICONS, WARNING_FILLED } from './printIcons';
import type { ViewContext } from './viewContext';

/**
 * The badges of a card for print, as renderer/canvas/nodes/card/CardBadges.tsx,
 * MetricBadges.tsx and the corner marks draw them, with the colours of canvas.css.
 */

// Opaque equivalents of the canvas's rgba(0, 0, 0, 0.05) badge background (print has no transparency).
const TEXT_BADGE: PillStyle = { fill: '#f2f2f2', textColor: '#595959', radius: 4 };
const GREEN_BADGE: PillStyle = { fill: '#d9f7be', textColor: '#237804', radius: 4 };
const BLUE_BADGE: PillStyle = { fill: '#e6f4ff', textColor: '#0958d9', radius: 4 };

export type Spec = { text: string; style: PillStyle };

const momentSpec = (ctx: ViewContext, moment: NonNullable<Card['moment']>): Spec => {
  const { color } = MOMENT_VISUALS[moment];
  return { text: ctx.t(`present:moments.short.${moment}`), style: { fill: '#ffffff', stroke: color, textColor: color, icon: MOMENT_ICONS[moment], iconColor: color } };
};

function painSpecs(ctx: ViewContext, pain: Card['pain']): Spec[] {
  const severity = pain?.severity;
  const color = severityColor(severity);
  const specs: Spec[] = [
    color
      ? { text: String(severity), style: { fill: color, textColor: '#ffffff', icon: WARNING_FILLED, iconColor: '#ffffff', weight: 700 } }
      : { text: '–', style: { fill: '#ffffff', stroke: '#bfbfbf', dash: '3 2', textColor: '#8c8c8c', icon: WARNING_FILLED, iconColor: '#8c8c8c' } },
  ];
  if (pain?.evidence) specs.push({ text: ctx.t(`present:canvas.evidence.${pain.evidence}`), style: TEXT_BADGE });
  const status = pain?.status ?? 'open';
  if (status !== 'open') specs.push({ text: ctx.t(`present:canvas.painStatus.${status}`), style: status === 'solved' ? GREEN_BADGE : status === 'inProgress' ? BLUE_BADGE : TEXT_BADGE });
  return specs;
}

function opportunitySpecs(ctx: ViewContext, opportunity: Card['opportunity']): Spec[] {
  const kind = opportunity?.kind ?? 'opportunity';
  const status = opportunity?.status ?? 'proposed';
  const specs: Spec[] = [
    { text: ctx.t(`present:canvas.kind.${kind}`), style: GREEN_BADGE },
    { text: ctx.t(`present:canvas.opportunityStatus.${status}`), style: status === 'done' ? GREEN_BADGE : TEXT_BADGE },
  ];
  const addresses = opportunity?.addresses?.length ?? 0;
  if (addresses > 0) specs.push({ text: String(addresses), style: { ...TEXT_BADGE, icon: LINK_ICON, iconColor: '#595959' } });
  return specs;
}

/** The badge row under a card's text: severity, evidence, status, kind, moment. */
export function cardBadgePills(ctx: ViewContext, card: Card, laneType: LaneType, x: number, y: number, right: number): Pill[] {
  const specs: Spec[] = [];
  if (laneType === 'painPoints') specs.push(...painSpecs(ctx, card.pain));
  if (laneType === 'opportunities') specs.push(...opportunitySpecs(ctx, card.opportunity));
  if (card.moment) specs.push(momentSpec(ctx, card.moment));
  return rowOfPills(specs, x, y, right, ctx.measure);
}

const CHIP_STYLES: Record<string, { fill: string; stroke: string }> = {
  red: { fill: '#fff2f0', stroke: '#ffccc7' },
  amber: { fill: '#fffbe6', stroke: '#ffe58f' },
  green: { fill: '#f6ffed', stroke: '#d9f7be' },
  none: { fill: '#ffffff', stroke: '#e5e5e5' },
};

const ROW_HEIGHT = 20;
const ROW_GAP = 3;
const MARGIN = 4;

/** The card's metric chips, packed into rows exactly as the canvas packs them (so they fit the room the layout gave). */
export function metricChipPills(ctx: ViewContext, card: Card, laneType: LaneType, x: number, y: number, span: number): { pills: Pill[]; height: number } {
  const data = ctx.data.metrics;
  if (!ctx.content.metrics || !data || !laneHasMetricBadges(laneType)) return { pills: [], height: 0 };
  const readings = cardReadings(data, card, ctx.selection);
  if (readings.length === 0) return { pills: [], height: 0 };
  const rowWidth = badgeRowWidth(laneType, span);
  const packed = packBadges(badgeChips(readings, ctx.language), rowWidth);
  const pills: Pill[] = [];
  packed.rows.forEach((row, i) => {
    const top = y + MARGIN + i * (ROW_HEIGHT + ROW_GAP);
    const specs: Spec[] = row.map((chip) => {
      const colours = CHIP_STYLES[chip.reading.status] ?? CHIP_STYLES.none;
      const text = [chip.name, chip.value, chip.change].filter(Boolean).join(' ');
      return { text, style: { fill: colours?.fill ?? '#ffffff', stroke: colours?.stroke, textColor: '#262626', dot: STATUS_COLORS[chip.reading.status], radius: 10 } };
    });
    if (i === packed.rows.length - 1 && packed.hidden.length > 0) {
      specs.push({ text: ctx.t('metrics:badge.more', { count: packed.hidden.length }), style: { fill: '#ffffff', stroke: '#e5e5e5', textColor: '#8c8c8c', radius: 10 } });
    }
    pills.push(...rowOfPills(specs, x, top, x + rowWidth, ctx.measure));
  });
  return { pills, height: packed.height };
}

// Border and icon colours of an expectation's mark (gapMarks.css).
const EXPECTATION_COLORS: Record<ExpectationStatus, { stroke: string; color: string }> = {
  unknown: { stroke: '#d9d9d9', color: '#8c8c8c' },
  met: { stroke: '#b7eb8f', color: '#389e0d' },
  partlyMet: { stroke: '#ffe58f', color: '#d48806' },
  notMet: { stroke: '#ffa39e', color: '#cf1322' },
};

/** The corner marks: a customer expectation's status, the worst open gap with the number of gaps, open comment threads. */
export function cardMarkPills(ctx: ViewContext, card: Card, right: number, y: number): Pill[] {
  const specs: Spec[] = [];
  if (card.expectation) {
    const status = card.expectation.status ?? 'unknown';
    const colors = EXPECTATION_COLORS[status];
    specs.push({ text: '', style: { fill: '#ffffff', stroke: colors.stroke, textColor: colors.color, icon: EXPECTATION_ICONS[status], iconColor: colors.color } });
  }
  specs.push(...markSpecs(ctx, ctx.cardGaps.get(card.id), ctx.openThreads({ kind: 'card', id: card.id })));
  return rightAlignedPills(specs, right, y, ctx.measure);
}

/** Gap and comment marks shared by cards and stage headers. */
export function markSpecs(ctx: ViewContext, gap: { severity: 'high' | 'medium' | 'low'; count: number } | undefined, comments: number): Spec[] {
  const specs: Spec[] = [];
  if (gap) {
    const text = gap.severity === 'low' ? '#613400' : '#ffffff';
    specs.push({ text: String(gap.count), style: { fill: GAP_SEVERITY_COLORS[gap.severity], textColor: text, icon: WARNING_FILLED, iconColor: text, weight: 700 } });
  }
  if (comments > 0) specs.push({ text: String(comments), style: { fill: '#fffbe6', stroke: '#ffd666', textColor: '#874d00', icon: COMMENT_ICON, iconColor: '#874d00' } });
  return specs;
}

