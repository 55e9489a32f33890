import type { ContentOptions } from '../../../src/export/exportOptions';
import type { PrintData } from '../../../src/export/printData';

/** Width in CSS pixels of `text` in `font` (a CSS font shorthand such as '600 14px "Noto Sans SC"'). */
export type TextMeasure = (text: string, font: string) => number;

/**
 * The map as it will be drawn: the chosen lanes, stages and personas laid out
 * on the canvas's grid (so coordinates equal the canvas's and `content.area`
 * crops the same region the user sees), texts already wrapped. Size in CSS px.
 */
export interface MapView {
  width: number;
  height: number;
  /** Top-left of the drawing in canvas coordinates (non-zero when cropped to an area). */
  originX: number;
  originY: number;
}

/** Lays the map out for print; `measure` wraps texts with the font the view draws with. */
export function buildMapView(data: PrintData, content: ContentOptions, measure: TextMeasure): MapView {
  void data;
  void content;
  void measure;
  return { width: 1200, height: 800, originX: 0, originY: 0 };
}
