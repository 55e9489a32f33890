import type { PrintData } from '../../../src/export/printData';
import type { MapView } from './mapView';

export interface MapSvgProps {
  data: PrintData;
  view: MapView;
  /** The part of the drawing to show, in view coordinates (a tile); the whole view when absent. */
  clip?: { x: number; y: number; width: number; height: number };
  /** Rendered size; the clip (or view) size in CSS px when absent. */
  width?: number | string;
  height?: number | string;
  id?: string;
}

/** The map as plain SVG (vector, no filters or shadows), for paper, PNG and SVG export. */
export function MapSvg({ view, clip, width, height, id }: MapSvgProps) {
  const box = clip ?? { x: 0, y: 0, width: view.width, height: view.height };
  return (
    <svg id={id} xmlns="http://www.w3.org/2000/svg" viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`} width={width ?? box.width} height={height ?? box.height}>
      <rect x={0} y={0} width={view.width} height={view.height} fill="none" stroke="#999" />
    </svg>
  );
}
