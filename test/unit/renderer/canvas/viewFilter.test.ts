import { describe, expect, it } from 'vitest';
import type { Card, JourneyMap } from '../../../../src/model/journey';
import { cardMatchesView, matchesSeverities, visibleLanes } from '../../../../src/views/viewFilter';
import { computeLayout, laneIndexAt } from '../../../../renderer/canvas/layout';
import { buildNodes } from '../../../../renderer/canvas/flowElements';

const NO_FILTER = { personaId: null, segmentId: null, severities: [] as number[] };
const pain = (severity?: number): Pick<Card, 'pain'> => ({ pain: severity === undefined ? {} : { severity } });

describe('severity filter', () => {
  it('lets every card through when no severity is chosen', () => {
    expect(matchesSeverities(pain(), 'painPoints', [])).toBe(true);
    expect(matchesSeverities(pain(2), 'painPoints', [])).toBe(true);
  });

  it('keeps pain points of the chosen severities and dims other and unrated ones', () => {
    expect(matchesSeverities(pain(4), 'painPoints', [4, 5])).toBe(true);
    expect(matchesSeverities(pain(3), 'painPoints', [4, 5])).toBe(false);
    expect(matchesSeverities(pain(), 'painPoints', [4, 5])).toBe(false);
    expect(matchesSeverities({}, 'painPoints', [1])).toBe(false);
  });

  it('never dims cards that are not pain points, even with pain details left over', () => {
    expect(matchesSeverities(pain(1), 'actions', [5])).toBe(true);
    expect(matchesSeverities({}, 'opportunities', [5])).toBe(true);
  });
});

describe('cardMatchesView', () => {
  const card = { personaIds: ['p1'], segmentIds: ['s1'], pain: { severity: 5 } };

  it('needs persona, segment and severity to hold together', () => {
    expect(cardMatchesView(card, 'painPoints', NO_FILTER)).toBe(true);
    expect(cardMatchesView(card, 'painPoints', { ...NO_FILTER, personaId: 'p1', severities: [5] })).toBe(true);
    expect(cardMatchesView(card, 'painPoints', { ...NO_FILTER, personaId: 'p2', severities: [5] })).toBe(false);
    expect(cardMatchesView(card, 'painPoints', { ...NO_FILTER, segmentId: 's2' })).toBe(false);
    expect(cardMatchesView(card, 'painPoints', { ...NO_FILTER, severities: [1, 2] })).toBe(false);
  });

  it('treats an untagged card as about every persona and segment', () => {
    expect(cardMatchesView({}, 'actions', { personaId: 'p9', segmentId: 's9', severities: [3] })).toBe(true);
  });
});

describe('hidden lanes', () => {
  const map: JourneyMap = {
    id: 'm',
    name: 'Map',
    stages: [
      { id: 's1', name: 'Aware' },
      { id: 's2', name: 'Buy' },
    ],
    lanes: [
      { id: 'l1', name: 'Actions', type: 'actions' },
      { id: 'l2', name: 'Pains', type: 'painPoints' },
      { id: 'l3', name: 'Ideas', type: 'opportunities' },
    ],
    cards: {
      a: { id: 'a', stageId: 's1', laneId: 'l1', order: 0, title: 'Act' },
      b: { id: 'b', stageId: 's1', laneId: 'l2', order: 0, title: 'Pain' },
      c: { id: 'c', stageId: 's2', laneId: 'l3', order: 0, title: 'Idea' },
    },
    connections: {},
  };

  it('keeps the order of the lanes that stay', () => {
    expect(visibleLanes(map.lanes, ['l2']).map((l) => l.id)).toEqual(['l1', 'l3']);
    expect(visibleLanes(map.lanes, []).map((l) => l.id)).toEqual(['l1', 'l2', 'l3']);
  });

  it('draws no row, header, cell or card for a hidden lane, and closes up the lanes below', () => {
    const full = computeLayout(map);
    const filtered = computeLayout(map, undefined, ['l2']);
    expect(filtered.lanes.map((l) => l.id)).toEqual(['l1', 'l3']);
    expect(filtered.lanes[1]!.y).toBe(full.lanes[1]!.y);
    expect(filtered.height).toBe(full.height - full.lanes[1]!.height);
    expect(filtered.cards.b).toBeUndefined();
    expect(filtered.cards.c!.y).toBe(full.cards.c!.y - full.lanes[1]!.height);
    const nodes = buildNodes(map, filtered);
    expect(nodes.some((n) => n.id === 'b' || n.id === 'lane:l2' || n.id.endsWith(':l2'))).toBe(false);
  });

  it('keeps map indexes on the rows left, so lane commands still name the right place', () => {
    const filtered = computeLayout(map, undefined, ['l2']);
    expect(filtered.lanes.map((l) => l.index)).toEqual([0, 2]);
    expect(laneIndexAt(filtered, filtered.lanes[1]!.y + 1)).toBe(2);
    const header = buildNodes(map, filtered).find((n) => n.id === 'lane:l3');
    expect(header?.type === 'laneHeader' && header.data.index).toBe(2);
  });
});
