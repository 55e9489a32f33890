import type { PrintIcon } from './printIcons';
import { cssFont, type PrintFont } from './printText';
import type { TextMeasure } from './mapView';

/**
 * Small rounded labels with an optional icon: the canvas's severity, status,
 * moment, gap and comment badges and metric chips, laid out for print.
 */
export interface Pill {
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
  fill: string;
  stroke?: string;
  dash?: string;
  text: string;
  textColor: string;
  font: PrintFont;
  icon?: PrintIcon;
  iconColor?: string;
  /** A filled dot before the text (metric status). */
  dot?: string;
}

export interface PillStyle {
  fill: string;
  stroke?: string;
  dash?: string;
  textColor: string;
  icon?: PrintIcon;
  iconColor?: string;
  dot?: string;
  weight?: 400 | 700;
  radius?: number;
}

export const PILL_HEIGHT = 18;
const PAD = 6;
const ICON = 11;
const GAP = 3;
const DOT = 6;

/** A pill at (x, y) sized to its text; no wider than `maxWidth` when given (the text is cut to fit). */
export function makePill(text: string, style: PillStyle, x: number, y: number, measure: TextMeasure, maxWidth = Infinity, height = PILL_HEIGHT): Pill {
  const font: PrintFont = { size: 11, weight: style.weight ?? 400 };
  const lead = (style.icon ? ICON + (text ? GAP : 0) : 0) + (style.dot ? DOT + GAP + 1 : 0);
  let shown = text;
  const room = maxWidth - 2 * PAD - lead;
  while (shown.length > 1 && measure(shown, cssFont(font)) > room) shown = `${Array.from(shown).slice(0, -2).join('')}…`;
  const width = 2 * PAD + lead + (shown ? measure(shown, cssFont(font)) : 0);
  return { x, y, width, height, radius: style.radius ?? height / 2, fill: style.fill, stroke: style.stroke, dash: style.dash, text: shown, textColor: style.textColor, font, icon: style.icon, iconColor: style.iconColor, dot: style.dot };
}

/** Places pills left to right from `x` with `gap` between them, dropping those that would pass `right`. */
export function rowOfPills(specs: { text: string; style: PillStyle }[], x: number, y: number, right: number, measure: TextMeasure, gap = 4): Pill[] {
  const pills: Pill[] = [];
  let at = x;
  for (const spec of specs) {
    const pill = makePill(spec.text, spec.style, at, y, measure, right - at);
    if (pill.x + pill.width > right + 0.5) break;
    pills.push(pill);
    at += pill.width + gap;
  }
  return pills;
}

/** Places pills right to left ending at `right` (a card's or header's corner marks). */
export function rightAlignedPills(specs: { text: string; style: PillStyle }[], right: number, y: number, measure: TextMeasure, gap = 3): Pill[] {
  const pills: Pill[] = [];
  let end = right;
  for (const spec of [...specs].reverse()) {
    const pill = makePill(spec.text, spec.style, 0, y, measure);
    pill.x = end - pill.width;
    end = pill.x - gap;
    pills.unshift(pill);
  }
  return pills;
}
