import { describe, expect, it } from 'vitest';
import { ContentOptionsSchema, type PdfOptions } from '../../../../src/export/exportOptions';
import type { JourneyMap } from '../../../../src/model/journey';
import { chosenIds, contentProblem, lanesByView, pruneContent, toChoice } from '../../../../renderer/panels/export/contentChoices';
import { exportFileName } from '../../../../renderer/panels/export/exportFileName';
import { optionProblem } from '../../../../renderer/panels/export/optionProblems';
import { defaultImageOptions, defaultPdfOptions } from '../../../../renderer/panels/export/savedOptions';
import { visibleArea } from '../../../../renderer/panels/export/visibleArea';
import { sampleMap } from '../../commands/sampleMap';

/** The sample map (lanes l1 actions, l2 touchpoints) with a backstage lane between them and a support lane last. */
function blueprintMap(): JourneyMap {
  const map = sampleMap();
  return {
    ...map,
    lanes: [map.lanes[0]!, { id: 'l3', name: 'Warehouse', type: 'backstage' }, map.lanes[1]!, { id: 'l4', name: 'IT', type: 'support' }],
  };
}

const content = ContentOptionsSchema.parse({});

describe('visibleArea', () => {
  it('maps the canvas rectangle back through the viewport: panned 200 px right and 100 px down at 50 %', () => {
    // Screen x = map x * zoom + vx, so the screen's left edge 0 is map x -vx / zoom.
    expect(visibleArea({ x: 200, y: 100, zoom: 0.5 }, { width: 800, height: 600 })).toEqual({ x: -400, y: -200, width: 1600, height: 1200 });
    expect(visibleArea({ x: -300, y: -150, zoom: 2 }, { width: 1000, height: 500 })).toEqual({ x: 150, y: 75, width: 500, height: 250 });
  });

  it('is unknown while the canvas has no size', () => {
    expect(visibleArea({ x: 0, y: 0, zoom: 1 }, { width: 0, height: 600 })).toBeNull();
  });
});

describe('lane, stage and persona choices', () => {
  it('groups lanes by customer and internal view, keeping map order', () => {
    const groups = lanesByView(blueprintMap()).map(({ view, lanes }) => [view, lanes.map((lane) => lane.id)]);
    expect(groups).toEqual([
      ['customer', ['l1', 'l2']],
      ['internal', ['l3', 'l4']],
    ]);
  });

  it('turns a full checklist into null ("all", so later lanes are included) and a partial one into ids in map order', () => {
    const all = ['l1', 'l3', 'l2'];
    expect(toChoice(['l2', 'l1', 'l3'], all)).toBeNull();
    expect(toChoice(['l2', 'l1'], all)).toEqual(['l1', 'l2']);
    expect(toChoice([], all)).toEqual([]);
    expect(chosenIds(null, all)).toEqual(all);
    expect(chosenIds(['l2', 'gone'], all)).toEqual(['l2']);
  });

  it('drops remembered lanes, stages and personas that are gone, and says "all" when what is left is everything', () => {
    const remembered = { ...content, laneIds: ['l1', 'deleted'], stageIds: ['s1', 's2', 's3', 'old'], personaIds: ['p1'] };
    const pruned = pruneContent(remembered, blueprintMap(), ['p1', 'p2']);
    expect(pruned.laneIds).toEqual(['l1']);
    expect(pruned.stageIds).toBeNull();
    expect(pruned.personaIds).toEqual(['p1']);
  });

  it('refuses an export with no lane or no stage ticked', () => {
    expect(contentProblem({ ...content, laneIds: [] })).toBe('noLanes');
    expect(contentProblem({ ...content, stageIds: [] })).toBe('noStages');
    expect(contentProblem(content)).toBeNull();
  });
});

describe('optionProblem', () => {
  it('names the field of a custom paper without a size', () => {
    const pdf: PdfOptions = { ...defaultPdfOptions(), page: { paper: 'custom', orientation: 'landscape', marginMm: 10 } };
    expect(optionProblem(pdf)).toEqual({ kind: 'field', field: 'page.widthMm', message: 'A custom paper size needs widthMm and heightMm.' });
  });

  it('names a number out of range, and accepts the defaults', () => {
    const pdf = defaultPdfOptions();
    expect(optionProblem({ ...pdf, layout: { ...pdf.layout, overlapMm: 80 } })).toMatchObject({ kind: 'field', field: 'layout.overlapMm' });
    expect(optionProblem({ ...defaultImageOptions(), content: { ...content, laneIds: [] } })).toEqual({ kind: 'noLanes' });
    expect(optionProblem(pdf)).toBeNull();
    expect(optionProblem(defaultImageOptions())).toBeNull();
  });
});

describe('exportFileName', () => {
  it('names the file after the map, Chinese kept, characters a filesystem refuses replaced', () => {
    expect(exportFileName('Checkout', 'pdf')).toBe('Checkout.pdf');
    expect(exportFileName('结账 / 退款', 'png')).toBe('结账 - 退款.png');
    expect(exportFileName('Checkout', 'csv', 'pain points')).toBe('Checkout pain points.csv');
    expect(exportFileName('???', 'svg')).toBe('map.svg');
  });
});
