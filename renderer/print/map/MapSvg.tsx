import type { PrintData } from '../../../src/export/printData';
import { cropView, type MapView } from './mapView';
import { PRINT_FONT_FAMILY } from './printText';
import { SvgCard } from './SvgCard';
import { SvgEdges, SvgEmotions } from './SvgFlow';
import { SvgBlueprintLines, SvgCells, SvgLaneGroups, SvgLaneHeaders, SvgPhases, SvgStages } from './SvgGrid';

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

/**
 * The map as plain SVG (vector, no filters or shadows), for paper, PNG and SVG
 * export. Painted in the canvas's order: cells, blueprint lines, connections,
 * emotion curves, cards, then the headers around the grid (the lane column last). Every text is a
 * <text> in the bundled font, so PDF text stays selectable and searchable.
 */
export function MapSvg({ view: whole, clip, width, height, id }: MapSvgProps) {
  const box = clip ?? { x: 0, y: 0, width: whole.width, height: whole.height };
  // A tile draws only what shows in it (the clip is in view coordinates, the view's boxes in the canvas's).
  const view = clip ? cropView(whole, { ...clip, x: clip.x + whole.originX, y: clip.y + whole.originY }) : whole;
  const idPrefix = id ? `${id}-` : 'map-';
  return (
    <svg
      id={id}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
      width={width ?? box.width}
      height={height ?? box.height}
      fontFamily={PRINT_FONT_FAMILY}
    >
      <g transform={view.originX !== 0 || view.originY !== 0 ? `translate(${-view.originX} ${-view.originY})` : undefined}>
        {view.cells.length > 0 ? <SvgCells view={view} /> : null}
        <SvgBlueprintLines view={view} />
        <SvgEdges edges={view.edges} />
        <SvgEmotions emotions={view.emotions} />
        {view.cards.map((card) => (
          <SvgCard key={card.id} card={card} idPrefix={idPrefix} />
        ))}
        <SvgStages view={view} />
        <SvgPhases view={view} />
        {view.corner ? <rect x={view.corner.x} y={view.corner.y} width={view.corner.width} height={view.corner.height} fill="#ffffff" /> : null}
        {/* The lane header column lies over the stage headers, as on the canvas. */}
        <SvgLaneHeaders view={view} />
        <SvgLaneGroups view={view} />
      </g>
    </svg>
  );
}
