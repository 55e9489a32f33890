import { describe, expect, it } from 'vitest';
import type { Card, JourneyMap } from '../../../src/model/journey';
import {
  CARD_GAP,
  CELL_PADDING,
  LANE_HEADER_WIDTH,
  LANE_MIN_HEIGHT,
  STAGE_HEADER_HEIGHT,
  STAGE_WIDTH,
  cellAt,
  computeLayout,
  initialViewport,
  laneIndexAt,
  stageIndexAt,
} from '../../../renderer/canvas/layout';
import { estimateCardHeight, estimateLines } from '../../../renderer/canvas/cardSize';

const card = (id: string, stageId: string, laneId: string, order: number, title = 'Card'): Card => ({ id, stageId, laneId, order, title });

function mapWith(cards: Card[], lanes: JourneyMap['lanes'] = [
  { id: 'l1', name: 'Actions', type: 'actions' },
  { id: 'l2', name: 'Pains', type: 'painPoints' },
]): JourneyMap {
  return {
    id: 'm',
    name: 'Map',
    stages: [
      { id: 's1', name: 'Aware' },
      { id: 's2', name: 'Buy' },
      { id: 's3', name: 'Use' },
    ],
    lanes,
    cards: Object.fromEntries(cards.map((c) => [c.id, c])),
    connections: {},
  };
}

describe('computeLayout', () => {
  it('places stage columns after the lane header column and lane rows under the stage header row', () => {
    const layout = computeLayout(mapWith([]));
    expect(layout.stages.map((s) => s.x)).toEqual([LANE_HEADER_WIDTH, LANE_HEADER_WIDTH + STAGE_WIDTH, LANE_HEADER_WIDTH + 2 * STAGE_WIDTH]);
    expect(layout.lanes[0]).toMatchObject({ id: 'l1', y: STAGE_HEADER_HEIGHT, height: LANE_MIN_HEIGHT });
    expect(layout.lanes[1]).toMatchObject({ id: 'l2', y: STAGE_HEADER_HEIGHT + LANE_MIN_HEIGHT });
    expect(layout.width).toBe(LANE_HEADER_WIDTH + 3 * STAGE_WIDTH);
    expect(layout.height).toBe(STAGE_HEADER_HEIGHT + 2 * LANE_MIN_HEIGHT);
  });

  it('stacks a cell’s cards by order, whatever order the record lists them in', () => {
    const layout = computeLayout(mapWith([card('b', 's2', 'l2', 1), card('a', 's2', 'l2', 0)]));
    const a = layout.cards.a!;
    const b = layout.cards.b!;
    expect(a.x).toBe(LANE_HEADER_WIDTH + STAGE_WIDTH + CELL_PADDING);
    expect(a.y).toBe(layout.lanes[1]!.y + CELL_PADDING);
    expect(b.y).toBe(a.y + a.height + CARD_GAP);
    expect(layout.cells.get(`s2\u0000l2`)).toEqual(['a', 'b']);
  });

  it('grows a lane to its fullest cell and moves the lanes below it down', () => {
    const many = Array.from({ length: 6 }, (_, i) => card(`c${i}`, 's1', 'l1', i));
    const layout = computeLayout(mapWith([...many, card('x', 's3', 'l1', 0)]));
    const last = layout.cards.c5!;
    const lane = layout.lanes[0]!;
    expect(lane.height).toBeGreaterThan(LANE_MIN_HEIGHT);
    expect(last.y + last.height).toBeLessThanOrEqual(lane.y + lane.height - CELL_PADDING);
    expect(layout.lanes[1]!.y).toBe(lane.y + lane.height);
  });

  it('keeps a lane at least as tall as its own height, and lets a resize preview override it', () => {
    const lanes: JourneyMap['lanes'] = [{ id: 'l1', name: 'Tall', type: 'notes', height: 300 }];
    expect(computeLayout(mapWith([], lanes)).lanes[0]!.height).toBe(300);
    expect(computeLayout(mapWith([], lanes), new Map([['l1', 150]])).lanes[0]!.height).toBe(150);
  });

  it('skips cards whose stage or lane does not exist instead of drawing them nowhere', () => {
    const layout = computeLayout(mapWith([card('lost', 'gone', 'l1', 0)]));
    expect(layout.cards.lost).toBeUndefined();
  });
});

describe('card height estimate', () => {
  it('makes long titles taller', () => {
    const short = estimateCardHeight({ title: 'Sign up' });
    const long = estimateCardHeight({ title: 'Reads the pricing page twice, then asks a colleague whether the team plan covers guests' });
    expect(long).toBeGreaterThan(short);
  });

  it('counts CJK characters about twice as wide as Latin ones', () => {
    expect(estimateLines('a'.repeat(24), 24)).toBe(1);
    expect(estimateLines('中'.repeat(12), 24)).toBe(1);
    expect(estimateLines('中'.repeat(13), 24)).toBe(2);
    expect(estimateCardHeight({ title: '注册'.repeat(20) })).toBeGreaterThan(estimateCardHeight({ title: 'ab'.repeat(20) }));
  });

  it('counts explicit line breaks and adds at most two body lines', () => {
    expect(estimateLines('one\ntwo\nthree', 30)).toBe(3);
    const noBody = estimateCardHeight({ title: 'T' });
    const shortBody = estimateCardHeight({ title: 'T', body: 'note' });
    const longBody = estimateCardHeight({ title: 'T', body: 'x'.repeat(5000) });
    expect(shortBody).toBeGreaterThan(noBody);
    expect(longBody - noBody).toBeLessThanOrEqual(2 * (shortBody - noBody));
  });
});

describe('cellAt', () => {
  const map = mapWith([card('a', 's2', 'l1', 0), card('b', 's2', 'l1', 1), card('c', 's2', 'l1', 2)]);
  const layout = computeLayout(map);
  const middleOf = (id: string) => layout.cards[id]!.y + layout.cards[id]!.height / 2;
  const x = layout.stages[1]!.x + 20;

  it('finds the cell under a point and the order among the cell’s cards', () => {
    expect(cellAt(layout, { x, y: layout.lanes[0]!.y + 1 })).toEqual({ stageId: 's2', laneId: 'l1', order: 0 });
    expect(cellAt(layout, { x, y: middleOf('b') + 1 })).toEqual({ stageId: 's2', laneId: 'l1', order: 2 });
    expect(cellAt(layout, { x, y: layout.lanes[0]!.y + layout.lanes[0]!.height - 1 })).toMatchObject({ order: 3 });
    expect(cellAt(layout, { x: layout.stages[2]!.x + 5, y: layout.lanes[1]!.y + 5 })).toEqual({ stageId: 's3', laneId: 'l2', order: 0 });
  });

  it('does not count the cards being moved', () => {
    expect(cellAt(layout, { x, y: middleOf('c') + 1 }, new Set(['a']))).toMatchObject({ order: 2 });
  });

  it('is null over the headers and outside the grid', () => {
    expect(cellAt(layout, { x, y: STAGE_HEADER_HEIGHT - 1 })).toBeNull();
    expect(cellAt(layout, { x: LANE_HEADER_WIDTH - 1, y: layout.lanes[0]!.y + 5 })).toBeNull();
    expect(cellAt(layout, { x: layout.width + 1, y: layout.lanes[0]!.y + 5 })).toBeNull();
    expect(cellAt(layout, { x, y: layout.height + 1 })).toBeNull();
  });
});

describe('header drop targets', () => {
  const layout = computeLayout(mapWith([]));
  it('clamps stage and lane indexes to the grid', () => {
    expect(stageIndexAt(layout, 0)).toBe(0);
    expect(stageIndexAt(layout, LANE_HEADER_WIDTH + STAGE_WIDTH * 1.5)).toBe(1);
    expect(stageIndexAt(layout, 1e6)).toBe(2);
    expect(laneIndexAt(layout, -50)).toBe(0);
    expect(laneIndexAt(layout, layout.lanes[1]!.y + 1)).toBe(1);
    expect(laneIndexAt(layout, 1e6)).toBe(1);
  });
});

describe('initialViewport', () => {
  it('shows a small map whole, at most at 100%', () => {
    const layout = computeLayout(mapWith([]));
    const v = initialViewport(layout, 1600, 900);
    expect(v.zoom).toBeLessThanOrEqual(1);
    expect(layout.width * v.zoom).toBeLessThanOrEqual(1600);
    expect(layout.height * v.zoom).toBeLessThanOrEqual(900);
  });

  it('opens a map too big to read when fitted at its top-left corner, readable', () => {
    const many = Array.from({ length: 200 }, (_, i) => card(`c${i}`, 's1', 'l1', i));
    const v = initialViewport(computeLayout(mapWith(many)), 1200, 800);
    expect(v.zoom).toBeGreaterThanOrEqual(0.5);
    expect(v.x).toBeLessThan(100);
    expect(v.y).toBeLessThan(100);
  });
});
