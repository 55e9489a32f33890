import { describe, expect, it } from 'vitest';
import type { Card, JourneyMap, LaneType } from '../../../src/model/journey';
import { LANE_TYPES } from '../../../src/schema/journey';
import { estimateCardHeight } from '../../../renderer/canvas/cardSize';
import {
  CELL_PADDING,
  EMOTION_LANE_MIN_HEIGHT,
  PHASE_HEADER_HEIGHT,
  STAGE_HEADER_HEIGHT,
  STAGE_WIDTH,
  cellAt,
  computeLayout,
  type CardBox,
} from '../../../renderer/canvas/layout';
import { seededRandom } from '../commands/randomCommands';

const card = (id: string, stageId: string, laneId: string, order: number, extra: Partial<Card> = {}): Card => ({
  id,
  stageId,
  laneId,
  order,
  title: `Card ${id}`,
  ...extra,
});

const map = (cards: Card[], lanes: { id: string; type: LaneType }[] = [{ id: 'l1', type: 'actions' }], stageCount = 4): JourneyMap => ({
  id: 'm',
  name: 'Map',
  stages: Array.from({ length: stageCount }, (_, i) => ({ id: `s${i + 1}`, name: `Stage ${i + 1}` })),
  lanes: lanes.map((l) => ({ ...l, name: l.id })),
  cards: Object.fromEntries(cards.map((c) => [c.id, c])),
  connections: {},
});

const intersects = (a: CardBox, b: CardBox): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('cards spanning stages', () => {
  it('covers n stage columns and pushes the cards of the covered cells below it', () => {
    const layout = computeLayout(map([card('wide', 's1', 'l1', 0, { span: 3 }), card('under', 's2', 'l1', 0), card('free', 's4', 'l1', 0)]));
    const wide = layout.cards.wide!;
    expect(wide.span).toBe(3);
    expect(wide.width).toBe(3 * STAGE_WIDTH - 2 * CELL_PADDING);
    expect(layout.cards.under!.y).toBeGreaterThanOrEqual(wide.y + wide.height);
    // A cell the span does not reach starts at the top as usual.
    expect(layout.cards.free!.y).toBe(wide.y);
  });

  it('sits below the cards already in a covered cell when it starts lower in its own cell', () => {
    const layout = computeLayout(map([card('a', 's1', 'l1', 0), card('wide', 's1', 'l1', 1, { span: 2 }), card('tall', 's2', 'l1', 0)]));
    expect(layout.cards.wide!.y).toBeGreaterThanOrEqual(layout.cards.a!.y + layout.cards.a!.height);
    // The card of the covered cell goes under the wide one, since the wide card was placed first.
    expect(layout.cards.tall!.y).toBeGreaterThanOrEqual(layout.cards.wide!.y + layout.cards.wide!.height);
  });

  it('is clamped to the stages that exist', () => {
    const layout = computeLayout(map([card('wide', 's3', 'l1', 0, { span: 10 })]));
    expect(layout.cards.wide!.span).toBe(2);
    expect(layout.cards.wide!.x + layout.cards.wide!.width).toBe(layout.width - CELL_PADDING);
  });

  it('wraps a wide card’s title in fewer lines', () => {
    const title = 'A long description of what the customer does here, over several stages at once';
    expect(estimateCardHeight({ title }, 'actions', 3)).toBeLessThan(estimateCardHeight({ title }, 'actions', 1));
  });

  it('drops onto a covered cell count only that cell’s own cards', () => {
    const layout = computeLayout(map([card('wide', 's1', 'l1', 0, { span: 2 }), card('under', 's2', 'l1', 0)]));
    const under = layout.cards.under!;
    const target = cellAt(layout, { x: layout.stages[1]!.x + 20, y: under.y + under.height + 2 });
    expect(target).toEqual({ stageId: 's2', laneId: 'l1', order: 1 });
  });

  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('seed %i: no two card boxes intersect and every card stays in its lane', (seed) => {
    const rng = seededRandom(seed);
    const stageCount = 1 + rng.int(6);
    const lanes = Array.from({ length: 1 + rng.int(4) }, (_, i) => ({ id: `l${i + 1}`, type: rng.pick(LANE_TYPES) }));
    const counts = new Map<string, number>();
    const cards = Array.from({ length: rng.int(40) }, (_, i) => {
      const stageId = `s${1 + rng.int(stageCount)}`;
      const laneId = rng.pick(lanes).id;
      const key = `${stageId}/${laneId}`;
      const order = counts.get(key) ?? 0;
      counts.set(key, order + 1);
      const extra: Partial<Card> = { span: rng.int(3) === 0 ? 1 + rng.int(4) : undefined, url: rng.int(4) === 0 ? 'example.com' : undefined };
      return card(`c${i}`, stageId, laneId, order, { ...extra, title: 'word '.repeat(rng.int(30)) });
    });
    const layout = computeLayout(map(cards, lanes, stageCount));
    const boxes = Object.values(layout.cards);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(intersects(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
      const lane = layout.lanes.find((l) => l.id === a.laneId)!;
      expect(a.y).toBeGreaterThanOrEqual(lane.y + CELL_PADDING);
      expect(a.y + a.height).toBeLessThanOrEqual(lane.y + lane.height - CELL_PADDING);
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
    }
    const emotionLanes = new Set(lanes.filter((l) => l.type === 'emotions').map((l) => l.id));
    expect(boxes.length).toBe(cards.filter((c) => !emotionLanes.has(c.laneId)).length);
  });
});

describe('emotions lanes', () => {
  it('lay out no cards (the lane shows its curve) and keep room for the curve', () => {
    const layout = computeLayout(map([card('e', 's1', 'l1', 0)], [{ id: 'l1', type: 'emotions' }]));
    expect(layout.cards.e).toBeUndefined();
    expect(layout.cells.get(`s1\u0000l1`)).toEqual([]);
    expect(layout.lanes[0]!.height).toBe(EMOTION_LANE_MIN_HEIGHT);
  });
});

describe('phases', () => {
  const withPhases = (m: JourneyMap): JourneyMap => ({
    ...m,
    phases: [
      { id: 'p1', name: 'Attract' },
      { id: 'p2', name: 'Close', color: '#52c41a' },
      { id: 'empty', name: 'Nothing yet' },
    ],
    stages: m.stages.map((s, i) => ({ ...s, ...(i < 2 ? { phaseId: 'p1' } : i === 2 ? { phaseId: 'p2' } : {}) })),
  });

  it('add a phase row above the stage headers, each phase over its stages', () => {
    const layout = computeLayout(withPhases(map([card('a', 's1', 'l1', 0)])));
    expect(layout.stageHeaderY).toBe(PHASE_HEADER_HEIGHT);
    expect(layout.headerHeight).toBe(PHASE_HEADER_HEIGHT + STAGE_HEADER_HEIGHT);
    expect(layout.lanes[0]!.y).toBe(layout.headerHeight);
    expect(layout.cards.a!.y).toBe(layout.headerHeight + CELL_PADDING);
    expect(layout.phases).toEqual([
      { id: 'p1', index: 0, x: layout.stages[0]!.x, width: 2 * STAGE_WIDTH, stageIds: ['s1', 's2'] },
      { id: 'p2', index: 1, x: layout.stages[2]!.x, width: STAGE_WIDTH, stageIds: ['s3'] },
    ]);
  });

  it('leave no phase row when the map has none', () => {
    const layout = computeLayout(map([]));
    expect(layout.phases).toEqual([]);
    expect(layout.stageHeaderY).toBe(0);
    expect(layout.lanes[0]!.y).toBe(STAGE_HEADER_HEIGHT);
  });
});

describe('card height by lane type', () => {
  const plain = estimateCardHeight({ title: 'Visits' }, 'notes');
  it('adds the picture of image cards, the value of metric tiles and the tail of thought bubbles', () => {
    expect(estimateCardHeight({ title: 'Visits' }, 'images')).toBeGreaterThan(plain + 100);
    expect(estimateCardHeight({ title: 'Visits' }, 'metrics')).toBeGreaterThan(plain);
    expect(estimateCardHeight({ title: 'Visits' }, 'thoughts')).toBeGreaterThan(plain);
  });

  it('adds the meta row when a card has a channel, a link or a sub-journey', () => {
    for (const extra of [{ channelId: 'ch' }, { url: 'https://example.com' }, { linkedMapId: 'm2' }]) {
      expect(estimateCardHeight({ title: 'Visits', ...extra }, 'touchpoints')).toBeGreaterThan(estimateCardHeight({ title: 'Visits' }, 'touchpoints'));
    }
  });
});
