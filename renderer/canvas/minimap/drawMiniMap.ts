import { laneView } from '../laneGroups';
import { LANE_TYPE_VISUALS } from '../laneTypeVisuals';
import type { OverviewItems } from '../overview/overviewItems';

export const MINIMAP_WIDTH = 200;
export const MINIMAP_HEIGHT = 150;
/** Room around the map inside the minimap, in minimap pixels. */
const MINIMAP_PADDING = 6;

/** How the map sits in the minimap: `scale` map units per minimap pixel, the map's origin at (`x`, `y`). */
export interface MiniMapFrame {
  scale: number;
  x: number;
  y: number;
}

export function miniMapFrame(width: number, height: number): MiniMapFrame {
  const inner = { width: MINIMAP_WIDTH - 2 * MINIMAP_PADDING, height: MINIMAP_HEIGHT - 2 * MINIMAP_PADDING };
  const scale = Math.max(width / inner.width, height / inner.height, 1e-6);
  return { scale, x: (MINIMAP_WIDTH - width / scale) / 2, y: (MINIMAP_HEIGHT - height / scale) / 2 };
}

const BAND_COLORS = { customer: '#f5f5f5', internal: '#edf1f7' } as const;

/** The whole map once: lane bands, then every card as a rect in its lane type's colour. Drawn again only when the layout changes. */
export function drawMiniMap(ctx: CanvasRenderingContext2D, items: OverviewItems, frame: MiniMapFrame, pixelRatio: number): void {
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.clearRect(0, 0, MINIMAP_WIDTH, MINIMAP_HEIGHT);
  const k = 1 / frame.scale;
  ctx.setTransform(pixelRatio * k, 0, 0, pixelRatio * k, pixelRatio * frame.x, pixelRatio * frame.y);
  for (const band of items.bands) {
    ctx.fillStyle = BAND_COLORS[laneView(band.laneType)];
    ctx.fillRect(0, band.y, items.width, band.height);
  }
  // At least half a minimap pixel, so a map of thousands of cards still shows each of them.
  const minSize = frame.scale / 2;
  let fill = '';
  for (const card of items.cards) {
    const color = LANE_TYPE_VISUALS[card.laneType].color;
    if (color !== fill) ctx.fillStyle = fill = color;
    ctx.fillRect(card.x, card.y, Math.max(card.width, minSize), Math.max(card.height, minSize));
  }
}
