import { describe, expect, it } from 'vitest';
import { defaultConnectionKind, displayedKind, pointsBackward } from '../../../renderer/canvas/edges/connectionKinds';
import { connectCards } from '../../../renderer/canvas/editorCommands';
import { applyCommands } from '../../../src/commands/registry';
import type { Card, JourneyMap } from '../../../src/model/journey';

const card = (id: string, stageId: string, laneId: string): Card => ({ id, stageId, laneId, order: 0, title: id });

// Two stages; customer lanes (actions, touchpoints) above internal ones (frontstage, backstage).
const map: JourneyMap = {
  id: 'm',
  name: 'Map',
  stages: [
    { id: 's1', name: 'Visit' },
    { id: 's2', name: 'Buy' },
  ],
  lanes: [
    { id: 'act', name: 'Actions', type: 'actions' },
    { id: 'touch', name: 'Touchpoints', type: 'touchpoints' },
    { id: 'front', name: 'Frontstage', type: 'frontstage' },
    { id: 'back', name: 'Backstage', type: 'backstage' },
  ],
  cards: Object.fromEntries(
    [
      card('act1', 's1', 'act'),
      card('act2', 's2', 'act'),
      card('touch1', 's1', 'touch'),
      card('front1', 's1', 'front'),
      card('back1', 's1', 'back'),
      card('back2', 's2', 'back'),
    ].map((c) => [c.id, c]),
  ),
  connections: {},
};

describe('defaultConnectionKind', () => {
  it('suggests a loop-back for a move to an earlier stage, whatever the lanes', () => {
    expect(defaultConnectionKind(map, 'act2', 'act1')).toBe('loopBack');
    expect(defaultConnectionKind(map, 'back2', 'touch1')).toBe('loopBack');
  });

  it('suggests supports from an internal lane to a customer lane', () => {
    expect(defaultConnectionKind(map, 'back1', 'touch1')).toBe('supports');
    expect(defaultConnectionKind(map, 'front1', 'act2')).toBe('supports');
  });

  it('suggests a handoff between two lanes of the same view', () => {
    expect(defaultConnectionKind(map, 'act1', 'touch1')).toBe('handoff');
    expect(defaultConnectionKind(map, 'front1', 'back2')).toBe('handoff');
  });

  it('suggests a flow along one lane and from the customer view into the internal view', () => {
    expect(defaultConnectionKind(map, 'act1', 'act2')).toBe('flow');
    expect(defaultConnectionKind(map, 'touch1', 'front1')).toBe('flow');
  });
});

describe('displayedKind', () => {
  it('keeps a stored kind and fills in a missing one from the direction', () => {
    expect(displayedKind({ kind: 'handoff' }, true)).toBe('handoff');
    expect(displayedKind({}, true)).toBe('loopBack');
    expect(displayedKind({}, false)).toBe('flow');
    expect(pointsBackward(map, 'act2', 'act1')).toBe(true);
    expect(pointsBackward(map, 'act1', 'act1')).toBe(false);
  });
});

describe('connectCards with a kind', () => {
  it('creates the connection with the chosen kind in one command', () => {
    const command = connectCards(map, 'back1', 'touch1', 'c1', 'supports');
    expect(command).not.toBeNull();
    if (!command) return;
    const { map: next } = applyCommands(map, [command]);
    expect(next.connections.c1).toEqual({ id: 'c1', source: 'back1', target: 'touch1', kind: 'supports' });
  });
});
