import { describe, expect, it } from 'vitest';
import { MapLayoutSchema, PageSetupSchema, type MapLayout, type PageSetup } from '../../../src/export/exportOptions';
import { contentBox, MAX_TILES, MM_PER_PX, PageLayoutError, paperSize, planMapPages, tileCount } from '../../../src/export/pages';

const page = (input: Partial<PageSetup>): PageSetup => PageSetupSchema.parse(input);
const layout = (input: Partial<MapLayout>): MapLayout => MapLayoutSchema.parse(input);
/** Map pixels that measure `mm` on paper at scale 1. */
const px = (mm: number): number => mm / MM_PER_PX;

describe('paperSize and contentBox', () => {
  it('turns named papers by orientation', () => {
    expect(paperSize(page({ paper: 'A3', orientation: 'landscape' }))).toEqual({ widthMm: 420, heightMm: 297 });
    expect(paperSize(page({ paper: 'A4', orientation: 'portrait' }))).toEqual({ widthMm: 210, heightMm: 297 });
    expect(paperSize(page({ paper: 'Letter', orientation: 'landscape' }))).toEqual({ widthMm: 279.4, heightMm: 215.9 });
    expect(paperSize(page({ paper: 'Tabloid', orientation: 'portrait' }))).toEqual({ widthMm: 279.4, heightMm: 431.8 });
  });

  it('applies the orientation to a custom size whichever way it was given', () => {
    expect(paperSize(page({ paper: 'custom', widthMm: 300, heightMm: 200, orientation: 'portrait' }))).toEqual({ widthMm: 200, heightMm: 300 });
    expect(paperSize(page({ paper: 'custom', widthMm: 300, heightMm: 200, orientation: 'landscape' }))).toEqual({ widthMm: 300, heightMm: 200 });
  });

  it('takes the margin off every side', () => {
    expect(contentBox(page({ paper: 'A3', orientation: 'landscape', marginMm: 10 }))).toEqual({ widthMm: 400, heightMm: 277 });
    expect(contentBox(page({ paper: 'A4', orientation: 'portrait', marginMm: 0 }))).toEqual({ widthMm: 210, heightMm: 297 });
  });

  it('refuses margins that leave no printable area, naming the field', () => {
    const tiny = page({ paper: 'custom', widthMm: 60, heightMm: 60, marginMm: 30 });
    expect(() => contentBox(tiny)).toThrow(PageLayoutError);
    expect(() => contentBox(tiny)).toThrow(/margin of 30 mm/);
    try {
      contentBox(tiny);
    } catch (error) {
      expect((error as PageLayoutError).field).toBe('page.marginMm');
    }
  });
});

describe('tileCount', () => {
  it('needs one page when the length fits, however closely', () => {
    expect(tileCount(400, 400, 10)).toBe(1);
    expect(tileCount(px(400) * MM_PER_PX, 400, 10)).toBe(1);
  });

  it('adds a page per step of content less overlap', () => {
    // 400 + 390 = 790 covers 790; 791 needs a third page.
    expect(tileCount(790, 400, 10)).toBe(2);
    expect(tileCount(791, 400, 10)).toBe(3);
    expect(tileCount(1180, 400, 10)).toBe(3);
  });
});

describe('planMapPages: fit', () => {
  it('shrinks a wide map to the printable width on one page', () => {
    // 3000 x 1000 px = 793.75 x 264.58 mm into 400 x 277 mm: the width decides, 400 / 793.75.
    const plan = planMapPages(3000, 1000, page({ paper: 'A3', orientation: 'landscape', marginMm: 10 }), layout({ mode: 'fit' }));
    expect(plan.tiles).toHaveLength(1);
    expect(plan.page).toEqual({ widthMm: 420, heightMm: 297 });
    expect(plan.scale).toBeCloseTo(400 / 793.75, 6);
    expect(plan.tiles[0]).toEqual({ row: 1, col: 1, x: 0, y: 0, width: 3000, height: 1000 });
  });

  it('lets the height decide for a tall map, so nothing is cut', () => {
    // 1000 x 2000 px = 264.58 x 529.17 mm into 190 x 277 mm: 277 / 529.17.
    const plan = planMapPages(1000, 2000, page({ paper: 'A4', orientation: 'portrait', marginMm: 10 }), layout({ mode: 'fit' }));
    expect(plan.scale).toBeCloseTo(277 / (2000 * MM_PER_PX), 6);
    expect(1000 * MM_PER_PX * plan.scale).toBeLessThanOrEqual(190);
  });
});

describe('planMapPages: poster', () => {
  it('makes one page the map size at the scale plus margins', () => {
    // 1200 x 800 px at scale 2 = 635 x 423.33 mm, plus 2 x 15 mm.
    const plan = planMapPages(1200, 800, page({ paper: 'A4', marginMm: 15 }), layout({ mode: 'poster', scale: 2 }));
    expect(plan.tiles).toHaveLength(1);
    expect(plan.page.widthMm).toBeCloseTo(665, 6);
    expect(plan.page.heightMm).toBeCloseTo(453.333, 3);
    expect(plan.scale).toBe(2);
  });

  it('refuses a poster larger than a PDF page can be, naming the scale', () => {
    const attempt = () => planMapPages(20000, 1000, page({ paper: 'A3' }), layout({ mode: 'poster', scale: 2 }));
    expect(attempt).toThrow(/5080 mm/);
    expect(attempt).toThrow(/layout\.scale|scale of at most 0\.9/);
  });
});

describe('planMapPages: tiles', () => {
  it('counts 3 x 1 pages for a 3000 x 1000 px map on A3 landscape', () => {
    // 793.75 mm across 400 mm pages stepping 390: 3 columns; 264.58 mm fits 277: 1 row.
    const plan = planMapPages(3000, 1000, page({ paper: 'A3', orientation: 'landscape', marginMm: 10 }), layout({ mode: 'tiles', overlapMm: 10 }));
    expect([plan.rows, plan.cols, plan.tiles.length]).toEqual([1, 3, 3]);
  });

  it('counts 2 x 3 pages at scale 2 on A4 portrait', () => {
    // 1000 px at scale 2 = 529.17 mm: across 190 stepping 180 -> 3; down 277 stepping 267 -> 2.
    const plan = planMapPages(1000, 1000, page({ paper: 'A4', orientation: 'portrait', marginMm: 10 }), layout({ mode: 'tiles', scale: 2, overlapMm: 10 }));
    expect([plan.rows, plan.cols, plan.tiles.length]).toEqual([2, 3, 6]);
    expect(plan.tiles.map((t) => `${t.row},${t.col}`)).toEqual(['1,1', '1,2', '1,3', '2,1', '2,2', '2,3']);
  });

  it('overlaps neighbours by exactly overlapMm and covers the map to its edge', () => {
    const plan = planMapPages(1000, 1000, page({ paper: 'A4', orientation: 'portrait', marginMm: 10 }), layout({ mode: 'tiles', scale: 1, overlapMm: 10 }));
    expect([plan.rows, plan.cols]).toEqual([1, 2]);
    const [first, second] = plan.tiles;
    // A tile is 190 mm = 718.11 px wide; the next starts 180 mm = 680.31 px on.
    expect(first!.width).toBeCloseTo(px(190), 6);
    expect(second!.x).toBeCloseTo(px(180), 6);
    expect((first!.x + first!.width - second!.x) * MM_PER_PX).toBeCloseTo(10, 6);
    expect(second!.x + second!.width).toBeCloseTo(1000, 6);
    expect(first!.height).toBe(1000);
  });

  it('allows exactly MAX_TILES pages', () => {
    // 20 columns x 20 rows of 100 x 100 mm boxes with no overlap: a 2000 mm square.
    const plan = planMapPages(px(2000), px(2000), page({ paper: 'custom', widthMm: 100, heightMm: 100, marginMm: 0 }), layout({ mode: 'tiles', overlapMm: 0 }));
    expect(plan.tiles).toHaveLength(MAX_TILES);
  });

  it('needs one page for a map exactly as wide as the printable box', () => {
    const plan = planMapPages(px(400), px(277), page({ paper: 'A3', orientation: 'landscape', marginMm: 10 }), layout({ mode: 'tiles', overlapMm: 10 }));
    expect(plan.tiles).toHaveLength(1);
  });

  it('refuses a scale that would need more than MAX_TILES pages, naming the scale', () => {
    // 20000 px at scale 4 = 21166.7 mm: across 1 + ceil(20976.7 / 180) = 118, down 1 + ceil(20889.7 / 267) = 80.
    const attempt = () => planMapPages(20000, 20000, page({ paper: 'A4', orientation: 'portrait', marginMm: 10 }), layout({ mode: 'tiles', scale: 4 }));
    expect(attempt).toThrow(PageLayoutError);
    expect(attempt).toThrow(/80 x 118 = 9440 pages/);
  });

  it('refuses an overlap as large as half the page', () => {
    const attempt = () =>
      planMapPages(3000, 1000, page({ paper: 'custom', widthMm: 100, heightMm: 100, marginMm: 20 }), layout({ mode: 'tiles', overlapMm: 40 }));
    expect(attempt).toThrow(PageLayoutError);
    expect(attempt).toThrow(/overlap of 40 mm/);
  });
});
