import type { TextMeasure } from './mapView';

/**
 * Measures text with a 2D canvas, which shapes it with the same font files the
 * SVG is drawn with. Call it after the bundled font has loaded, or widths are
 * those of a fallback font. Widths are cached: a large map measures the same
 * prefixes many times while wrapping.
 */
export function canvasMeasure(): TextMeasure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('The print view cannot measure text: this browser gives no 2D canvas context.');
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}
