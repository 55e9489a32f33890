import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../../src/model/journey';
import { buildNodes, cardHandles, reconcileNodes } from '../../../../renderer/canvas/flowElements';
import { computeLayout } from '../../../../renderer/canvas/layout';
import { fitTitle } from '../../../../renderer/canvas/overview/drawOverview';
import { overviewItems } from '../../../../renderer/canvas/overview/overviewItems';
import { OVERVIEW_MIN_CARDS, OVERVIEW_ZOOM, showsOverview } from '../../../../renderer/canvas/overview/overviewZoom';

const map: JourneyMap = {
  id: 'm',
  name: 'Map',
  stages: [
    { id: 's1', name: 'Aware' },
    { id: 's2', name: 'Buy' },
  ],
  lanes: [
    { id: 'l1', name: 'Actions', type: 'actions' },
    { id: 'l2', name: 'Feelings', type: 'emotions' },
    { id: 'l3', name: 'Pains', type: 'painPoints' },
  ],
  cards: {
    a: { id: 'a', stageId: 's1', laneId: 'l1', order: 0, title: 'Search' },
    b: { id: 'b', stageId: 's2', laneId: 'l3', order: 0, title: 'Hidden fees', color: '#123456' },
    e: { id: 'e', stageId: 's1', laneId: 'l2', order: 0, title: 'Happy' },
  },
  connections: { c: { id: 'c', source: 'a', target: 'b' } },
};

describe('nodes known before they are drawn', () => {
  const layout = computeLayout(map);
  const nodes = buildNodes(map, layout);

  it('gives every node its size as measured and its handles, so React Flow draws only what is on screen from the first frame', () => {
    for (const node of nodes) {
      expect(node.measured).toEqual({ width: node.width, height: node.height });
      expect(node.handles).toBeDefined();
    }
    const card = nodes.find((node) => node.id === 'a')!;
    expect(card.handles).toEqual(cardHandles(card.width!, card.height!));
    expect(nodes.filter((node) => node.type !== 'card').every((node) => node.handles?.length === 0)).toBe(true);
  });

  it('puts the side handles on the middle of the left and right edges and the route handles on the middle of the top and bottom', () => {
    const [left, right, downOut, downIn] = cardHandles(224, 52);
    // The numbers React Flow measures from CardNode's DOM (14 px side handles, 1 px route handles).
    expect(left).toMatchObject({ id: null, type: 'target', position: 'left', x: -7, y: 19, width: 14, height: 14 });
    expect(right).toMatchObject({ id: null, type: 'source', position: 'right', x: 217, y: 19 });
    expect(downOut).toMatchObject({ id: 'down-out', type: 'source', position: 'bottom', x: 111.5, y: 51.5, width: 1 });
    expect(downIn).toMatchObject({ id: 'down-in', type: 'target', position: 'top', x: 111.5, y: -0.5 });
  });

  it('takes the new size as measured when a node changes size, and keeps the measured one otherwise', () => {
    const prev = reconcileNodes([], nodes, new Set());
    const measured = prev.map((node) => (node.id === 'a' ? { ...node, measured: { width: 224, height: 60 } } : node));
    const taller = computeLayout({ ...map, cards: { ...map.cards, a: { ...map.cards.a!, title: 'Search '.repeat(12) } } });
    const next = reconcileNodes(measured, buildNodes(map, taller), new Set(['a']));
    const card = next.find((node) => node.id === 'a')!;
    expect(card.measured).toEqual({ width: card.width, height: card.height });
    const same = reconcileNodes(measured, buildNodes(map, layout), new Set(['a'])).find((node) => node.id === 'a')!;
    expect(same.measured).toEqual({ width: 224, height: 60 });
  });
});

describe('overview layer', () => {
  const layout = computeLayout(map);
  const items = overviewItems(map, layout);

  it('draws the cards of card lanes in their colour, not those of emotions lanes, and connections edge to edge', () => {
    expect(items.cards.map((card) => card.id).sort()).toEqual(['a', 'b']);
    expect(items.cards.find((card) => card.id === 'b')?.color).toBe('#123456');
    const a = layout.cards.a!;
    const b = layout.cards.b!;
    expect(items.links).toEqual([expect.objectContaining({ x1: a.x + a.width, y1: a.y + a.height / 2, x2: b.x, y2: b.y + b.height / 2 })]);
    expect(items.bands.map((band) => band.laneType)).toEqual(['actions', 'emotions', 'painPoints']);
  });

  it('starts below the zoom where a 13 px title is under 6 screen pixels, on maps too large to mount every card', () => {
    expect(OVERVIEW_ZOOM).toBeCloseTo(6 / 13);
    expect(showsOverview(0.3, OVERVIEW_MIN_CARDS + 1)).toBe(true);
    expect(showsOverview(0.5, OVERVIEW_MIN_CARDS + 1)).toBe(false);
    expect(showsOverview(0.3, OVERVIEW_MIN_CARDS)).toBe(false);
  });

  it('cuts titles to the room they have, counting wide characters double', () => {
    expect(fitTitle('Search', 60)).toBe('Search');
    expect(fitTitle('Search for a product', 60)).toBe('Search fo…');
    expect(fitTitle('认知阶段的用户', 30)).toBe('认知…');
    expect(fitTitle('Search', 3)).toBe('');
  });
});
