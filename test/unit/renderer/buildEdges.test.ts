import { MarkerType } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { buildEdges, ROUTE_HANDLES } from '../../../renderer/canvas/edges/buildEdges';
import { CONNECTION_KIND_COLORS } from '../../../renderer/canvas/edges/connectionKinds';
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
    expect(edges.get('forward')?.data).toEqual({ kind: 'flow', backward: false, label: '' });
    expect(edges.get('back')?.data).toMatchObject({ backward: true, label: 'again' });
  });

  it('draws a connection without a kind as a flow, or as a loop-back when it goes to an earlier stage (as issue-2 maps did)', () => {
    expect(edges.get('down')?.data?.kind).toBe('flow');
    expect(edges.get('back')?.data?.kind).toBe('loopBack');
  });

  it('passes the stored kind, keeps the loop routing of a backward connection whatever its kind, and colours arrowheads by kind', () => {
    const kinded: JourneyMap = {
      ...map,
      connections: {
        up: { id: 'up', source: 'b1', target: 'a1', kind: 'supports' },
        hand: { id: 'hand', source: 'a1', target: 'a2', kind: 'handoff' },
        backFlow: { id: 'backFlow', source: 'a2', target: 'a1', kind: 'flow' },
      },
    };
    const byId = new Map(buildEdges(kinded, new Set(['hand'])).map((e) => [e.id, e]));
    expect(byId.get('up')).toMatchObject({
      sourceHandle: ROUTE_HANDLES.upOut,
      targetHandle: ROUTE_HANDLES.upIn,
      data: { kind: 'supports', backward: false },
      markerEnd: { type: MarkerType.Arrow, color: CONNECTION_KIND_COLORS.supports },
    });
    expect(byId.get('hand')).toMatchObject({ data: { kind: 'handoff' }, markerEnd: { type: MarkerType.ArrowClosed, color: '#1677ff' } });
    expect(byId.get('backFlow')).toMatchObject({ data: { kind: 'flow', backward: true }, markerEnd: { color: CONNECTION_KIND_COLORS.flow } });
  });

  it('leaves out connections whose cards are gone', () => {
    const broken: JourneyMap = { ...map, connections: { ghost: { id: 'ghost', source: 'a1', target: 'nope' } } };
    expect(buildEdges(broken, new Set())).toEqual([]);
  });
});
