import type { LaneType } from '../../../../src/model/journey';
import { formatMetricValue, type MetricLanguage } from '../../../../src/metrics/definitions';
import type { MetricReading } from '../../../../src/metrics/readings';
import { displayName, formatChange } from '../../../panels/metrics/metricFormat';
import { CARD_PADDING_X, CARD_STRIP_WIDTH, cardWidth, hasCardGlyph } from '../../cardSize';

/**
 * Where a card's metric badges go: chips packed into at most three rows, at
 * most three chips and a "+n". The canvas lays cards out before they render,
 * so the same packing gives the layout the room the badges take.
 */

export const MAX_BADGES = 3;
const MAX_ROWS = 3;
export const BADGE_ROW_HEIGHT = 20;
const BADGE_ROW_GAP = 3;
const BADGES_MARGIN = 4;
const CHIP_GAP = 4;
/** Chip padding, dot and gaps around the text. */
const CHIP_CHROME = 26;
const MORE_WIDTH = 30;
const FONT = '11px -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/u;

let context: CanvasRenderingContext2D | null | undefined;
/** Width of `text` in the badges' font: measured on a canvas, estimated where there is none. */
function textWidth(text: string): number {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context) {
    context.font = FONT;
    return context.measureText(text).width;
  }
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 11 : 6.2;
  return width;
}

export interface BadgeChip {
  reading: MetricReading;
  name: string;
  value: string;
  change: string | null;
}

export interface BadgeRows {
  rows: BadgeChip[][];
  /** Readings left out (shown as "+n" at the end of the last row). */
  hidden: MetricReading[];
  height: number;
}

/** The chips of a card's readings as text. */
export function badgeChips(readings: readonly MetricReading[], language: MetricLanguage): BadgeChip[] {
  return readings.map((reading) => ({
    reading,
    name: displayName(reading.definition, reading.metric, language),
    value: formatMetricValue(reading.value, reading.definition, language),
    change: reading.change === null ? null : formatChange(reading.change),
  }));
}

const chipWidth = (chip: BadgeChip): number => CHIP_CHROME + textWidth([chip.name, chip.value, chip.change].filter(Boolean).join(' '));

/** Packs chips left to right into rows `rowWidth` wide (a chip wider than a row gets a row and is cut with an ellipsis). */
export function packBadges(chips: readonly BadgeChip[], rowWidth: number): BadgeRows {
  if (chips.length === 0) return { rows: [], hidden: [], height: 0 };
  const rows: BadgeChip[][] = [[]];
  let used = 0;
  let shown = 0;
  for (const chip of chips) {
    if (shown === MAX_BADGES) break;
    const width = Math.min(chipWidth(chip), rowWidth);
    const row = rows[rows.length - 1] as BadgeChip[];
    if (row.length === 0 || used + CHIP_GAP + width <= rowWidth) {
      used += (row.length === 0 ? 0 : CHIP_GAP) + width;
      row.push(chip);
    } else if (rows.length < MAX_ROWS) {
      rows.push([chip]);
      used = width;
    } else break;
    shown++;
  }
  const hidden = chips.slice(shown).map((chip) => chip.reading);
  if (hidden.length > 0 && used + CHIP_GAP + MORE_WIDTH > rowWidth) {
    if (rows.length < MAX_ROWS) rows.push([]);
    else {
      const last = rows[rows.length - 1] as BadgeChip[];
      if (last.length > 1) hidden.unshift((last.pop() as BadgeChip).reading);
    }
  }
  const height = BADGES_MARGIN + rows.length * BADGE_ROW_HEIGHT + (rows.length - 1) * BADGE_ROW_GAP;
  return { rows, hidden, height };
}

/** Width of the text column of a card spanning `span` stages. */
export const badgeRowWidth = (laneType: LaneType, span: number): number =>
  cardWidth(span) - CARD_STRIP_WIDTH - 2 * CARD_PADDING_X - 2 - (hasCardGlyph(laneType) ? 20 : 0);

/** Lanes whose cards carry metric badges (metrics tiles show their own value; emotion lanes draw a curve). */
export const laneHasMetricBadges = (laneType: LaneType): boolean => laneType !== 'metrics' && laneType !== 'emotions';
