import type { GapSeverity } from '../../../src/model/gaps';
import { GAP_SEVERITY_COLORS } from '../annotationVisuals';
import type { OverviewItems } from './overviewItems';

export interface OverviewMarks {
  severity: ReadonlyMap<string, GapSeverity>;
  selected: ReadonlySet<string>;
  dimmed: ReadonlySet<string>;
}

/** The part of the map in view, in map coordinates. */
export interface ViewRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const TITLE_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", "Noto Sans SC", sans-serif';
/** Titles are drawn at most this size, smaller in short cards, never below TITLE_MIN_PX. */
const TITLE_MAX_PX = 11;
const TITLE_MIN_PX = 8;
/** Roughly the width of one Latin character of TITLE_FONT; wide (CJK) characters count double. */
const CHAR_PX = 6;
const STRIP_PX = 3;
const GAP_DOT_RADIUS = 3.5;
const SELECTED_COLOR = '#1677ff';
const CARD_BORDER = '#d9d9d9';
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/;

/** The title cut to what `width` screen pixels hold, with an ellipsis (one character's room) when cut. */
export function fitTitle(title: string, width: number): string {
  const room = width / CHAR_PX;
  const unitsOf = (ch: string): number => (WIDE.test(ch) ? 2 : 1);
  let total = 0;
  for (const ch of title) total += unitsOf(ch);
  if (total <= room) return title;
  let units = 0;
  let end = 0;
  for (const ch of title) {
    if (units + unitsOf(ch) > room - 1) break;
    units += unitsOf(ch);
    end += ch.length;
  }
  return end > 0 ? `${title.slice(0, end).trimEnd()}…` : '';
}

const intersects = (x: number, y: number, w: number, h: number, view: ViewRect): boolean =>
  x < view.x + view.width && x + w > view.x && y < view.y + view.height && y + h > view.y;

/**
 * Draws the part of the map in `view` at `zoom` into a canvas whose pixel
 * (0, 0) is the view's top-left corner: connections as straight lines, each
 * card as a rect (its lane type's colour when too small for more; else white
 * with its colour strip and its title on one line), gap badges as dots in the
 * gap's severity colour, the selected cards outlined.
 */
export function drawOverview(ctx: CanvasRenderingContext2D, items: OverviewItems, view: ViewRect, zoom: number, pixelRatio: number, marks: OverviewMarks): void {
  const k = zoom * pixelRatio;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(k, 0, 0, k, -view.x * k, -view.y * k);
  ctx.lineWidth = 1 / zoom;
  for (const link of items.links) {
    const x = Math.min(link.x1, link.x2);
    const y = Math.min(link.y1, link.y2);
    if (!intersects(x, y, Math.abs(link.x2 - link.x1) + 1, Math.abs(link.y2 - link.y1) + 1, view)) continue;
    ctx.strokeStyle = link.color;
    ctx.beginPath();
    ctx.moveTo(link.x1, link.y1);
    ctx.lineTo(link.x2, link.y2);
    ctx.stroke();
  }
  const titles: { x: number; y: number; width: number; size: number; text: string; dimmed: boolean }[] = [];
  const dots: { x: number; y: number; color: string }[] = [];
  const outlines: { x: number; y: number; width: number; height: number }[] = [];
  for (const card of items.cards) {
    if (!intersects(card.x, card.y, card.width, card.height, view)) continue;
    const dimmed = marks.dimmed.has(card.id);
    ctx.globalAlpha = dimmed ? 0.35 : 1;
    // Too small for a strip and a border: a plain rect in the card's colour, as on the minimap.
    if (card.height * zoom < 8 || card.width * zoom < 24) {
      ctx.fillStyle = card.color;
      ctx.fillRect(card.x, card.y, card.width, card.height);
    } else {
      ctx.fillStyle = '#fff';
      ctx.fillRect(card.x, card.y, card.width, card.height);
      ctx.strokeStyle = CARD_BORDER;
      ctx.strokeRect(card.x, card.y, card.width, card.height);
      ctx.fillStyle = card.color;
      ctx.fillRect(card.x, card.y, STRIP_PX / zoom, card.height);
      const size = Math.min(TITLE_MAX_PX, Math.floor(card.height * zoom) - 3);
      if (size >= TITLE_MIN_PX && card.title) {
        const sx = (card.x - view.x) * zoom;
        const sy = (card.y - view.y) * zoom;
        const width = card.width * zoom - STRIP_PX - 6 - (marks.severity.has(card.id) ? 10 : 0);
        titles.push({ x: sx + STRIP_PX + 3, y: sy + 2, width: (width * TITLE_MAX_PX) / size, size, text: card.title, dimmed });
      }
    }
    const severity = marks.severity.get(card.id);
    if (severity) dots.push({ x: (card.x + card.width - view.x) * zoom, y: (card.y - view.y) * zoom, color: GAP_SEVERITY_COLORS[severity] });
    if (marks.selected.has(card.id)) outlines.push(card);
  }
  ctx.globalAlpha = 1;
  ctx.strokeStyle = SELECTED_COLOR;
  ctx.lineWidth = 2 / zoom;
  for (const box of outlines) ctx.strokeRect(box.x, box.y, box.width, box.height);

  // Text and dots in screen pixels, so they keep a readable size at any zoom.
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.textBaseline = 'top';
  let font = '';
  for (const title of titles) {
    const text = fitTitle(title.text, title.width);
    if (!text) continue;
    const next = `${title.size}px ${TITLE_FONT_FAMILY}`;
    if (next !== font) ctx.font = font = next;
    ctx.fillStyle = title.dimmed ? 'rgba(38,38,38,0.35)' : '#262626';
    ctx.fillText(text, title.x, title.y);
  }
  for (const dot of dots) {
    ctx.fillStyle = dot.color;
    ctx.beginPath();
    ctx.arc(dot.x - GAP_DOT_RADIUS - 2, dot.y + GAP_DOT_RADIUS + 2, GAP_DOT_RADIUS, 0, 2 * Math.PI);
    ctx.fill();
  }
}
