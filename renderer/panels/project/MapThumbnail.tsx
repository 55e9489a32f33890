import { memo } from 'react';
import type { MapSketch } from '../../../src/model/project';
import { LANE_TYPE_VISUALS } from '../../canvas/laneTypeVisuals';
import { sketchGeometry } from './sketchGeometry';

const WIDTH = 240;
const HEIGHT = 96;

/**
 * A map in miniature: lanes as bands tinted with their lane type's colour
 * (the same as in the editor), stages as columns, and a block in each cell
 * that holds cards, darker the more cards it holds.
 */
export const MapThumbnail = memo(function MapThumbnail({ sketch, className }: { sketch: MapSketch; className?: string }) {
  const { lanes, dividers, cells } = sketchGeometry(sketch, WIDTH, HEIGHT);
  return (
    <svg
      className={className ? `map-thumbnail ${className}` : 'map-thumbnail'}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
      data-testid="map-thumbnail"
      data-cells={cells.length}
    >
      <rect width={WIDTH} height={HEIGHT} fill="#f7f9fb" />
      {lanes.map((lane, index) => (
        <rect key={`lane-${index}`} x={lane.x} y={lane.y} width={lane.width} height={lane.height} fill={LANE_TYPE_VISUALS[lane.type].color} fillOpacity={0.1} />
      ))}
      {dividers.map((x) => (
        <line key={`divider-${x}`} x1={x} x2={x} y1={0} y2={HEIGHT} stroke="#ffffff" strokeWidth={1.5} />
      ))}
      {cells.map((cell) => (
        <rect
          key={`cell-${cell.x}-${cell.y}`}
          x={cell.x}
          y={cell.y}
          width={cell.width}
          height={cell.height}
          rx={2}
          fill={LANE_TYPE_VISUALS[cell.type].color}
          fillOpacity={0.2 + 0.6 * cell.weight}
        />
      ))}
    </svg>
  );
});
