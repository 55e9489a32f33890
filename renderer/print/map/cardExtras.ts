import type { Card } from '../../../src/model/journey';
import { definitionOf, formatMetricValue } from '../../../src/metrics/definitions';
import { goalFor } from '../../../src/metrics/goals';
import { tileReading } from '../../../src/metrics/readings';
import { CARD_META_HEIGHT, METRIC_DETAIL_HEIGHT, METRIC_VALUE_HEIGHT } from '../../canvas/cardSize';
import { channelDisplayName } from '../../panels/catalog/ChannelIcon';
import { STATUS_COLORS, formatChange } from '../../panels/metrics/metricFormat';
import type { CardView } from './mapView';
import { CHANNEL_PRINT_ICONS } from './printIcons';
import { textBlock } from './printText';
import type { ViewContext } from './viewContext';

/**
 * The parts of a card particular to its lane: a metrics-lane tile's value for
 * its stage (renderer/canvas/nodes/card/MetricTile.tsx) and a touchpoint's
 * channel (CardMeta.tsx).
 */

const DOT = 8;

/** The big value and its target line; '—' while the card has no metric or the period no value. */
export function metricTile(ctx: ViewContext, card: Card, x: number, y: number, width: number): { view: NonNullable<CardView['metric']>; bottom: number } {
  const data = ctx.data.metrics;
  const key = card.metricKey;
  const reading = key && ctx.content.metrics ? tileReading(data, card.stageId, key, ctx.selection) : undefined;
  const definition = key ? (reading?.definition ?? (data ? definitionOf(data.definitions, key) : undefined)) : undefined;
  const valueFont = { size: 26, weight: 700 } as const;
  const line = (text: string, left: number, color: string) =>
    textBlock({ text, x: left, top: y, maxWidth: width - (left - x), maxLines: 1, lineHeight: METRIC_VALUE_HEIGHT, font: valueFont, color }, ctx.measure);
  const bottom = y + METRIC_VALUE_HEIGHT + (key ? METRIC_DETAIL_HEIGHT : 0);
  if (!reading) {
    // The goal the stage's own figure would be compared with (src/metrics/goals.ts).
    const goal = definition && goalFor(definition, { target: { kind: 'stage', id: card.stageId }, segment: ctx.selection.segment });
    const target = goal?.target !== undefined ? ctx.t('metrics:tile.target', { value: formatMetricValue(goal.target, definition, ctx.language) }) : ctx.t('metrics:tile.noValue');
    const detail = key ? detailLine(ctx, target, x, y + METRIC_VALUE_HEIGHT, width) : undefined;
    return { view: { value: line('—', x, '#8c8c8c'), detail }, bottom };
  }
  const color = STATUS_COLORS[reading.status];
  const valueColor = reading.status === 'none' ? '#262626' : color;
  const target = reading.goal?.target !== undefined ? ctx.t('metrics:tile.target', { value: formatMetricValue(reading.goal.target, definition, ctx.language) }) : ctx.t('metrics:tile.noTarget');
  const change = reading.change !== null ? ` · ${formatChange(reading.change)}` : '';
  return {
    view: {
      value: line(formatMetricValue(reading.value, definition, ctx.language), x + DOT + 6, valueColor),
      detail: detailLine(ctx, target + change, x, y + METRIC_VALUE_HEIGHT, width),
      dot: { x: x + DOT / 2, y: y + METRIC_VALUE_HEIGHT / 2, color },
    },
    bottom,
  };
}

const detailLine = (ctx: ViewContext, text: string, x: number, top: number, width: number) =>
  textBlock({ text, x, top, maxWidth: width, maxLines: 1, lineHeight: METRIC_DETAIL_HEIGHT, font: { size: 12, weight: 400 }, color: '#8c8c8c' }, ctx.measure);

const ICON = 14;

/** The channel's icon in its colour and its name; a channel missing from the catalog is named as such. */
export function channelRow(ctx: ViewContext, card: Card, x: number, top: number, width: number): CardView['channel'] {
  if (!card.channelId) return undefined;
  const channel = ctx.data.catalog.channels.find((c) => c.id === card.channelId);
  const rowHeight = CARD_META_HEIGHT - 4;
  const name = channel ? channelDisplayName(channel, ctx.language) : ctx.t('editor:card.channelMissing');
  const textX = channel ? x + ICON + 4 : x;
  return {
    icon: channel ? { icon: CHANNEL_PRINT_ICONS[channel.icon], x, y: top + (rowHeight - ICON) / 2, size: ICON, color: channel.color } : undefined,
    name: textBlock({ text: name, x: textX, top, maxWidth: width - (textX - x), maxLines: 1, lineHeight: rowHeight, font: { size: 12, weight: 400 }, color: channel ? '#595959' : '#bfbfbf' }, ctx.measure),
  };
}
