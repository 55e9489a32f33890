import { describe, expect, it } from 'vitest';
import { buildEdges, ROUTE_HANDLES } from '../../../renderer/canvas/flowElements';
import type { JourneyMap } from '../../../src/model/journey';

const map: JourneyMap = {
  id: 'm',
  name: 'Map',
  stages: [
    { id: 's1', name: 'Aware' },
    { id: 's2', name: 'Buy' },
  ],
  lanes: [
    { id: 'actions', name: 'Actions', type: 'actions' },
    { id: 'back', name: 'Backstage', type: 'backstage' },
  ],
  cards: {
    a1: { id: 'a1', stageId: 's1', laneId: 'actions', order: 0, title: 'Sees ad' },
    b1: { id: 'b1', stageId: 's1', laneId: 'back', order: 0, title: 'Targeting' },
    a2: { id: 'a2', stageId: 's2', laneId: 'actions', order: 0, title: 'Buys' },
  },
  connections: {
    down: { id: 'down', source: 'a1', target: 'b1' },
    up: { id: 'up', source: 'b1', target: 'a1' },
    forward: { id: 'forward', source: 'a1', target: 'a2' },
    back: { id: 'back', source: 'a2', target: 'a1', label: 'again' },
  },
};

describe('buildEdges', () => {
  const edges = new Map(buildEdges(map, new Set(['up'])).map((e) => [e.id, e]));

  it('runs an edge inside one stage from the bottom of the upper card to the top of the lower one', () => {
    expect(edges.get('down')).toMatchObject({ sourceHandle: ROUTE_HANDLES.downOut, targetHandle: ROUTE_HANDLES.downIn });
    expect(edges.get('up')).toMatchObject({ sourceHandle: ROUTE_HANDLES.upOut, targetHandle: ROUTE_HANDLES.upIn, selected: true });
  });

  it('keeps side handles across stages and marks connections to an earlier stage as backward', () => {
    expect(edges.get('forward')?.sourceHandle).toBeUndefined();
    expect(edges.get('forward')?.data).toEqual({ backward: false, label: '' });
    expect(edges.get('back')?.data).toEqual({ backward: true, label: 'again' });
  });
});
