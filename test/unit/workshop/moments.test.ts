import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../src/model/journey';
import { momentGroups } from '../../../src/workshop/moments';

const map: JourneyMap = {
  id: 'm1',
  name: 'Checkout',
  stages: [
    { id: 's1', name: 'Aware' },
    { id: 's2', name: 'Buy', moment: 'truth' },
    { id: 's3', name: 'Use', moment: 'wow' },
  ],
  lanes: [
    { id: 'l1', name: 'Actions', type: 'actions' },
    { id: 'l2', name: 'Touchpoints', type: 'touchpoints' },
  ],
  cards: {
    late: { id: 'late', stageId: 's3', laneId: 'l1', order: 0, title: 'Unboxing', moment: 'truth' },
    second: { id: 'second', stageId: 's2', laneId: 'l2', order: 0, title: 'Pay', moment: 'truth' },
    first: { id: 'first', stageId: 's2', laneId: 'l1', order: 1, title: 'Confirm', moment: 'truth' },
    aha: { id: 'aha', stageId: 's1', laneId: 'l1', order: 0, title: 'Sees the demo', moment: 'aha' },
    plain: { id: 'plain', stageId: 's1', laneId: 'l1', order: 1, title: 'Browse' },
    orphan: { id: 'orphan', stageId: 'gone', laneId: 'l1', order: 0, title: 'Lost', moment: 'wow' },
  },
  connections: {},
};

describe('moments', () => {
  it('groups marked stages and cards by kind, ordered by stage, the stage before its cards', () => {
    const groups = momentGroups(map);
    expect(groups.map((g) => g.moment)).toEqual(['truth', 'aha', 'wow']);
    expect(groups[0]!.entries.map((e) => `${e.kind}:${e.id}`)).toEqual(['stage:s2', 'card:first', 'card:second', 'card:late']);
    expect(groups[0]!.entries[1]).toEqual({ kind: 'card', id: 'first', name: 'Confirm', stageId: 's2', stageName: 'Buy', laneName: 'Actions' });
    expect(groups[1]!.entries.map((e) => e.id)).toEqual(['aha']);
    expect(groups[2]!.entries.map((e) => e.id)).toEqual(['s3']);
  });

  it('leaves out kinds nobody marked', () => {
    expect(momentGroups({ ...map, cards: {}, stages: [{ id: 's1', name: 'A', moment: 'wow' }] }).map((g) => g.moment)).toEqual(['wow']);
    expect(momentGroups({ ...map, cards: {}, stages: [] })).toEqual([]);
  });
});
