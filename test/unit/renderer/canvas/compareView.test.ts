import { describe, expect, it } from 'vitest';
import { buildEdges, ROUTE_HANDLES } from '../../../../renderer/canvas/edges/buildEdges';
import { CONNECTION_KIND_COLORS } from '../../../../renderer/canvas/edges/connectionKinds';
import { CROSSING_COLORS, markCrossings } from '../../../../renderer/canvas/compare/compareEdges';
import { compareLaneOrder, crossedLine } from '../../../../renderer/canvas/compare/compareLanes';
import { computeLayout } from '../../../../renderer/canvas/layout';
import type { JourneyMap, LaneType } from '../../../../src/model/journey';

const lanesOf = (types: LaneType[]) => types.map((type, i) => ({ id: `l${i}`, name: type, type }));
const typesOf = (lanes: { type: LaneType }[]) => lanes.map((l) => l.type);

describe('compareLaneOrder', () => {
  it('puts the customer lanes first, then the frontstage, then backstage and support, keeping the order within each band', () => {
    const lanes = lanesOf(['backstage', 'actions', 'support', 'frontstage', 'thoughts', 'backstage']);
    expect(compareLaneOrder(lanes).map((l) => l.id)).toEqual(['l1', 'l4', 'l3', 'l0', 'l2', 'l5']);
  });

  it('leaves a map already grouped as a blueprint as it is', () => {
    const lanes = lanesOf(['actions', 'touchpoints', 'emotions', 'frontstage', 'backstage', 'support']);
    expect(compareLaneOrder(lanes)).toEqual(lanes);
    expect(compareLaneOrder([])).toEqual([]);
  });

  it('does not change the lanes it is given', () => {
    const lanes = lanesOf(['frontstage', 'actions']);
    compareLaneOrder(lanes);
    expect(typesOf(lanes)).toEqual(['frontstage', 'actions']);
  });
});

describe('crossedLine', () => {
  it('is the line of interaction between the customer view and any internal lane, either way', () => {
    expect(crossedLine('touchpoints', 'frontstage')).toBe('interaction');
    expect(crossedLine('backstage', 'actions')).toBe('interaction');
    expect(crossedLine('painPoints', 'support')).toBe('interaction');
  });

  it('is the line of visibility between the frontstage and the backstage or support', () => {
    expect(crossedLine('frontstage', 'backstage')).toBe('visibility');
    expect(crossedLine('support', 'frontstage')).toBe('visibility');
  });

  it('is null on one side of both lines', () => {
    expect(crossedLine('actions', 'touchpoints')).toBeNull();
    expect(crossedLine('frontstage', 'frontstage')).toBeNull();
    expect(crossedLine('backstage', 'support')).toBeNull();
  });
});

// Document order: internal lanes first, the customer's last.
const map: JourneyMap = {
  id: 'm',
  name: 'Map',
  stages: [{ id: 's1', name: 'Buy' }],
  lanes: [
    { id: 'back', name: 'Back office', type: 'backstage' },
    { id: 'front', name: 'Staff', type: 'frontstage' },
    { id: 'touch', name: 'Touchpoints', type: 'touchpoints' },
    { id: 'act', name: 'Actions', type: 'actions' },
  ],
  cards: {
    b: { id: 'b', stageId: 's1', laneId: 'back', order: 0, title: 'Check stock' },
    f: { id: 'f', stageId: 's1', laneId: 'front', order: 0, title: 'Clerk' },
    t: { id: 't', stageId: 's1', laneId: 'touch', order: 0, title: 'Counter' },
    a: { id: 'a', stageId: 's1', laneId: 'act', order: 0, title: 'Pays' },
  },
  connections: {
    supports: { id: 'supports', source: 'f', target: 't', kind: 'supports' },
    behind: { id: 'behind', source: 'b', target: 'f' },
    customer: { id: 'customer', source: 'a', target: 't' },
  },
};

describe('the compare view of a map', () => {
  const layout = computeLayout(map, undefined, [], undefined, compareLaneOrder);

  it('draws the customer lanes above the internal ones, with each row keeping its lane index in the document', () => {
    expect(layout.lanes.map((row) => [row.id, row.index])).toEqual([
      ['touch', 2],
      ['act', 3],
      ['front', 1],
      ['back', 0],
    ]);
    expect(layout.lines.map((line) => [line.kind, line.y])).toEqual([
      ['interaction', layout.lanes[2]!.y],
      ['visibility', layout.lanes[3]!.y],
    ]);
    expect(layout.cards.a!.y).toBeLessThan(layout.cards.f!.y);
    expect(computeLayout(map).lanes.map((row) => row.id)).toEqual(['back', 'front', 'touch', 'act']);
  });

  it('routes an edge inside one stage by the order the lanes are drawn in', () => {
    const drawn = layout.lanes.map((row) => row.id);
    const supports = buildEdges(map, new Set(), drawn).find((e) => e.id === 'supports');
    expect(supports).toMatchObject({ sourceHandle: ROUTE_HANDLES.upOut, targetHandle: ROUTE_HANDLES.upIn });
    const asInDocument = buildEdges(map, new Set()).find((e) => e.id === 'supports');
    expect(asInDocument).toMatchObject({ sourceHandle: ROUTE_HANDLES.downOut, targetHandle: ROUTE_HANDLES.downIn });
  });

  it('marks the connections crossing each line, colours their arrowheads, and dims the rest', () => {
    const edges = new Map(markCrossings(map, buildEdges(map, new Set(['behind']))).map((e) => [e.id, e]));
    expect(edges.get('supports')).toMatchObject({ data: { crossing: 'interaction' }, markerEnd: { color: CROSSING_COLORS.interaction } });
    expect(edges.get('supports')?.data?.dimmed).toBeUndefined();
    // A selected edge keeps the selection's colour.
    expect(edges.get('behind')).toMatchObject({ data: { crossing: 'visibility' }, markerEnd: { color: '#1677ff' } });
    expect(edges.get('customer')).toMatchObject({ data: { dimmed: true }, markerEnd: { color: CONNECTION_KIND_COLORS.flow } });
    expect(edges.get('customer')?.data?.crossing).toBeUndefined();
  });
});
