import { wrapText, fitWithEllipsis } from '../../../src/export/textWrap';
import type { TextMeasure } from './mapView';

/**
 * Text as the print drawing holds it: lines already broken (SVG text does not
 * wrap), each with its baseline, in the bundled font only, so the PDF embeds
 * one font and every glyph is the one measured.
 */

export const PRINT_FONT_FAMILY = 'Noto Sans SC';

/** The bundled font has weights 400 and 700; the canvas's 600 is drawn as 700 (what the browser would pick anyway). */
export interface PrintFont {
  size: number;
  weight: 400 | 700;
}

export interface TextBlock {
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  lineHeight: number;
  font: PrintFont;
  color: string;
  anchor?: 'start' | 'middle' | 'end';
  strike?: boolean;
}

export const cssFont = (font: PrintFont): string => `${font.weight} ${font.size}px "${PRINT_FONT_FAMILY}"`;

// Noto Sans SC's ascent and descent (1.16 em and 0.288 em): where CSS puts the baseline inside a line box.
const ASCENT = 1.16;
const CONTENT = 1.448;

/** The baseline of a line whose box starts at `top` and is `lineHeight` tall, as CSS places it. */
export const baselineIn = (top: number, lineHeight: number, size: number): number => top + (lineHeight - size * CONTENT) / 2 + size * ASCENT;

export interface BlockSpec {
  text: string;
  x: number;
  /** Top of the first line box. */
  top: number;
  maxWidth: number;
  maxLines: number;
  lineHeight: number;
  font: PrintFont;
  color: string;
  anchor?: TextBlock['anchor'];
  strike?: boolean;
}

/** A wrapped block whose lines never exceed `maxWidth` and `maxLines` (the last cut with an ellipsis). */
export function textBlock(spec: BlockSpec, measure: TextMeasure): TextBlock {
  const font = cssFont(spec.font);
  const { lines } = wrapText(spec.text, (text) => measure(text, font), { maxWidth: spec.maxWidth, maxLines: spec.maxLines });
  return {
    lines,
    x: spec.x,
    y: baselineIn(spec.top, spec.lineHeight, spec.font.size),
    lineHeight: spec.lineHeight,
    font: spec.font,
    color: spec.color,
    anchor: spec.anchor,
    strike: spec.strike,
  };
}

/** One line cut with an ellipsis when it is wider than `maxWidth` (header names). */
export function singleLine(text: string, maxWidth: number, font: PrintFont, measure: TextMeasure): string {
  const css = cssFont(font);
  const line = text.replace(/\s+/g, ' ').trim();
  return measure(line, css) <= maxWidth ? line : fitWithEllipsis(line, (t) => measure(t, css), maxWidth);
}

/** Mixes `color` (#rrggbb) with white: `amount` of the colour (the canvas's color-mix and alpha tints, without transparency). */
export function tint(color: string, amount: number): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return color;
  const channel = (i: number) => Math.round(parseInt(hex.slice(i, i + 2), 16) * amount + 255 * (1 - amount));
  return `#${[0, 2, 4].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}
