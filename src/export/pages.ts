import { PAPER_SIZES, type MapLayout, type PageSetup } from './exportOptions';

/**
 * How a map goes onto paper, in millimetres: the paper size a page setup
 * names, the box inside its margins, and the pages a map needs for each map
 * layout. Pure, so page counts are tested by hand without a browser.
 */

/** CSS's fixed ratio: 96 px = 1 in = 25.4 mm. */
export const MM_PER_PX = 25.4 / 96;

/**
 * The largest page a PDF can hold: 14 400 user units = 200 in (PDF 1.7,
 * Annex C.2). A poster larger than this would be cut by the viewer.
 */
export const MAX_PDF_PAGE_MM = 5080;

/** More tiles than this is a mistake (a scale typed wrong), not a poster anyone will glue together. */
export const MAX_TILES = 400;

// Tolerance for sizes that equal a page edge but differ in the last bits after mm/px conversion.
const EPSILON = 1e-6;

export interface SizeMm {
  widthMm: number;
  heightMm: number;
}

/** A page layout that cannot work, naming the option field to change. */
export class PageLayoutError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.name = 'PageLayoutError';
    this.field = field;
  }
}

/** The paper's size with the orientation applied (landscape: the longer side across). */
export function paperSize(page: PageSetup): SizeMm {
  const named = page.paper === 'custom' ? { widthMm: page.widthMm ?? 0, heightMm: page.heightMm ?? 0 } : PAPER_SIZES[page.paper];
  const short = Math.min(named.widthMm, named.heightMm);
  const long = Math.max(named.widthMm, named.heightMm);
  return page.orientation === 'landscape' ? { widthMm: long, heightMm: short } : { widthMm: short, heightMm: long };
}

/** The printable box: the paper less its margin on every side; throws when the margins leave nothing. */
export function contentBox(page: PageSetup): SizeMm {
  const paper = paperSize(page);
  const box = { widthMm: paper.widthMm - 2 * page.marginMm, heightMm: paper.heightMm - 2 * page.marginMm };
  if (box.widthMm < 10 || box.heightMm < 10) {
    throw new PageLayoutError(
      'page.marginMm',
      `A margin of ${page.marginMm} mm leaves ${round1(box.widthMm)} x ${round1(box.heightMm)} mm of a ${round1(paper.widthMm)} x ${round1(paper.heightMm)} mm page: use a smaller margin or a larger paper.`,
    );
  }
  return box;
}

/** One page's part of the map, in map (CSS) pixels; row and col count from 1. */
export interface MapTile {
  row: number;
  col: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapPagePlan {
  mode: MapLayout['mode'];
  /** Size of every map page (the poster's own size for 'poster'). */
  page: SizeMm;
  marginMm: number;
  /** Paper millimetres per map pixel divided by MM_PER_PX: 1 prints the map at screen size. */
  scale: number;
  rows: number;
  cols: number;
  /** Row by row, left to right. */
  tiles: MapTile[];
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** How many pages of `contentMm` cover `lengthMm` when each page after the first adds `contentMm - overlapMm`. */
export function tileCount(lengthMm: number, contentMm: number, overlapMm: number): number {
  if (lengthMm <= contentMm + EPSILON) return 1;
  return 1 + Math.ceil((lengthMm - contentMm) / (contentMm - overlapMm) - EPSILON);
}

/** The offsets and lengths (map px) of `count` tiles of `tilePx`, stepping `stepPx`, covering `lengthPx`. */
function tileSpans(count: number, lengthPx: number, tilePx: number, stepPx: number): { start: number; length: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const start = i * stepPx;
    return { start, length: Math.min(tilePx, lengthPx - start) };
  });
}

function planFit(width: number, height: number, page: PageSetup): MapPagePlan {
  const box = contentBox(page);
  // The largest scale at which the whole map still fits the box: small maps grow to fill it, large ones shrink.
  const scale = Math.min(box.widthMm / (width * MM_PER_PX), box.heightMm / (height * MM_PER_PX));
  return { mode: 'fit', page: paperSize(page), marginMm: page.marginMm, scale, rows: 1, cols: 1, tiles: [{ row: 1, col: 1, x: 0, y: 0, width, height }] };
}

function planPoster(width: number, height: number, page: PageSetup, layout: MapLayout): MapPagePlan {
  const poster = {
    widthMm: width * MM_PER_PX * layout.scale + 2 * page.marginMm,
    heightMm: height * MM_PER_PX * layout.scale + 2 * page.marginMm,
  };
  const longest = Math.max(poster.widthMm, poster.heightMm);
  if (longest > MAX_PDF_PAGE_MM) {
    throw new PageLayoutError(
      'layout.scale',
      `At scale ${layout.scale} the poster would be ${round1(poster.widthMm)} x ${round1(poster.heightMm)} mm, larger than the ${MAX_PDF_PAGE_MM} mm a PDF page can be: use a scale of at most ${Math.floor((layout.scale * (MAX_PDF_PAGE_MM - 2 * page.marginMm) * 100) / (longest - 2 * page.marginMm)) / 100}, or tiles.`,
    );
  }
  return { mode: 'poster', page: poster, marginMm: page.marginMm, scale: layout.scale, rows: 1, cols: 1, tiles: [{ row: 1, col: 1, x: 0, y: 0, width, height }] };
}

function planTiles(width: number, height: number, page: PageSetup, layout: MapLayout): MapPagePlan {
  const box = contentBox(page);
  if (layout.overlapMm >= Math.min(box.widthMm, box.heightMm) / 2) {
    throw new PageLayoutError(
      'layout.overlapMm',
      `An overlap of ${layout.overlapMm} mm is too large for a printable area of ${round1(box.widthMm)} x ${round1(box.heightMm)} mm: use less than half of the shorter side.`,
    );
  }
  const pxPerMm = 1 / (MM_PER_PX * layout.scale);
  const cols = tileCount(width / pxPerMm, box.widthMm, layout.overlapMm);
  const rows = tileCount(height / pxPerMm, box.heightMm, layout.overlapMm);
  if (rows * cols > MAX_TILES) {
    throw new PageLayoutError(
      'layout.scale',
      `At scale ${layout.scale} the map needs ${rows} x ${cols} = ${rows * cols} pages, more than the ${MAX_TILES} a tiled print may have: use a smaller scale or a larger paper.`,
    );
  }
  const across = tileSpans(cols, width, box.widthMm * pxPerMm, (box.widthMm - layout.overlapMm) * pxPerMm);
  const down = tileSpans(rows, height, box.heightMm * pxPerMm, (box.heightMm - layout.overlapMm) * pxPerMm);
  const tiles = down.flatMap((v, r) => across.map((h, c) => ({ row: r + 1, col: c + 1, x: h.start, y: v.start, width: h.length, height: v.length })));
  return { mode: 'tiles', page: paperSize(page), marginMm: page.marginMm, scale: layout.scale, rows, cols, tiles };
}

/**
 * The map pages for a map of `viewWidthPx` x `viewHeightPx` CSS pixels:
 * 'fit' one page of the chosen paper, the map scaled to fill its printable box;
 * 'poster' one page exactly the map's size at `layout.scale` plus margins;
 * 'tiles' the map at `layout.scale` on as few pages of the chosen paper as
 * cover it, neighbours overlapping by `layout.overlapMm`.
 * Throws a PageLayoutError naming the field when the choice cannot work.
 */
export function planMapPages(viewWidthPx: number, viewHeightPx: number, page: PageSetup, layout: MapLayout): MapPagePlan {
  const width = Math.max(1, viewWidthPx);
  const height = Math.max(1, viewHeightPx);
  switch (layout.mode) {
    case 'fit':
      return planFit(width, height, page);
    case 'poster':
      return planPoster(width, height, page, layout);
    case 'tiles':
      return planTiles(width, height, page, layout);
  }
}
