import type { Area } from '../../../src/export/exportOptions';

/** React Flow's viewport: the screen position of the map's origin and the zoom. */
export interface FlowViewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The part of the map the canvas shows, in map coordinates (the same ones the
 * grid layout and the print view use): the screen rectangle (0, 0, width,
 * height) mapped back through the viewport's translate and zoom. Null while
 * the canvas has no size yet (not laid out, or hidden).
 */
export function visibleArea(viewport: FlowViewport, size: { width: number; height: number }): Area | null {
  if (!(size.width > 0 && size.height > 0 && viewport.zoom > 0)) return null;
  return {
    x: -viewport.x / viewport.zoom,
    y: -viewport.y / viewport.zoom,
    width: size.width / viewport.zoom,
    height: size.height / viewport.zoom,
  };
}
