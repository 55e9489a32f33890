import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../src/model/journey';
import { addPhaseForStage } from '../../../renderer/canvas/editorCommands';

const map: JourneyMap = {
  id: 'm',
  name: 'Map',
  phases: [
    { id: 'attract', name: 'Attract' },
    { id: 'close', name: 'Close' },
  ],
  stages: [
    { id: 's1', name: 'Aware', phaseId: 'attract' },
    { id: 's2', name: 'Friend' },
    { id: 's3', name: 'Lead', phaseId: 'close' },
    { id: 's4', name: 'Customer' },
  ],
  lanes: [],
  cards: {},
  connections: {},
};

describe('addPhaseForStage', () => {
  it('puts the new phase after the phases of earlier stages, holding just that stage', () => {
    expect(addPhaseForStage(map, 's2', 'engage', 'Engage')).toEqual({
      name: 'phase.add',
      args: { phase: { id: 'engage', name: 'Engage' }, index: 1, stageIds: ['s2'] },
    });
    expect(addPhaseForStage(map, 's4', 'keep', 'Keep')).toMatchObject({ args: { index: 2 } });
  });

  it('puts it first when no earlier stage has a phase', () => {
    expect(addPhaseForStage({ ...map, stages: map.stages.map((s) => ({ id: s.id, name: s.name })) }, 's3', 'p', 'P')).toMatchObject({ args: { index: 0 } });
  });

  it('does nothing for a stage that is not there', () => {
    expect(addPhaseForStage(map, 'gone', 'p', 'P')).toBeNull();
  });
});
