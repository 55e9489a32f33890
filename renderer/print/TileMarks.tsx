import type { MapPagePlan, MapTile, SizeMm } from '../../src/export/pages';

const MARK_GAP_MM = 1;
const MARK_MAX_MM = 6;
const STROKE = { stroke: '#000', strokeWidth: 0.15 } as const;
const DASHED = { stroke: '#8c8c8c', strokeWidth: 0.2, strokeDasharray: '1.5 1.5' } as const;

interface TileMarksProps {
  page: SizeMm;
  marginMm: number;
  tile: MapTile;
  plan: MapPagePlan;
  overlapMm: number;
  cropMarks: boolean;
}

/**
 * Crop marks at the four trim corners (the printable box's corners), drawn in
 * the margin so they never cover the map, and dashed lines where the strip
 * this tile shares with each neighbour begins: the glue line when assembling
 * the poster. All in millimetres of the sheet.
 */
export function TileMarks({ page, marginMm, tile, plan, overlapMm, cropMarks }: TileMarksProps) {
  const left = marginMm;
  const top = marginMm;
  const right = page.widthMm - marginMm;
  const bottom = page.heightMm - marginMm;
  const length = Math.min(MARK_MAX_MM, marginMm - MARK_GAP_MM);
  const marks =
    cropMarks && length > 0.5
      ? [
          [left, top, -1, -1],
          [right, top, 1, -1],
          [left, bottom, -1, 1],
          [right, bottom, 1, 1],
        ].map(([x, y, dx, dy]) => (
          <g key={`${x},${y}`} data-mark="crop">
            <line x1={x! + dx! * MARK_GAP_MM} y1={y} x2={x! + dx! * (MARK_GAP_MM + length)} y2={y} {...STROKE} />
            <line x1={x} y1={y! + dy! * MARK_GAP_MM} x2={x} y2={y! + dy! * (MARK_GAP_MM + length)} {...STROKE} />
          </g>
        ))
      : null;
  return (
    <>
      {marks}
      {tile.col > 1 && overlapMm > 0 && <line x1={left + overlapMm} y1={top} x2={left + overlapMm} y2={bottom} {...DASHED} data-mark="overlap" />}
      {tile.row > 1 && overlapMm > 0 && <line x1={left} y1={top + overlapMm} x2={right} y2={top + overlapMm} {...DASHED} data-mark="overlap" />}
      {tile.col < plan.cols && overlapMm > 0 && <line x1={right - overlapMm} y1={top} x2={right - overlapMm} y2={bottom} {...DASHED} data-mark="overlap" />}
      {tile.row < plan.rows && overlapMm > 0 && <line x1={left} y1={bottom - overlapMm} x2={right} y2={bottom - overlapMm} {...DASHED} data-mark="overlap" />}
    </>
  );
}

