import type { JourneyMap } from '../../../src/model/journey';

/**
 * Stages s1 Aware, s2 Consider, s3 Buy; lanes lt touchpoints, lp pain points, lo opportunities.
 * Priorities (hand-computed with 100 × sev/5 × freq/4 × reach/100 ÷ effort):
 *   p2 Hidden fees    5, always 4, 100 %, S 1  -> 100
 *   p1 Slow checkout  4, often 3,  30 %,  M 2  -> 100 × 0.8 × 0.75 × 0.3 ÷ 2 = 9
 *   p4 Tiny font      3, assumed sometimes 2, 50 %, M 2 -> 100 × 0.6 × 0.5 × 0.5 ÷ 2 = 7.5
 *   p3 Confusing form no details -> no score
 * o1 addresses p1 and p2, o3 (idea) addresses p2, o2 (solution) realises o1.
 */
export function painMap(): JourneyMap {
  return {
    id: 'm1',
    name: 'Checkout',
    stages: [
      { id: 's1', name: 'Aware' },
      { id: 's2', name: 'Consider' },
      { id: 's3', name: 'Buy' },
    ],
    lanes: [
      { id: 'lt', name: 'Touchpoints', type: 'touchpoints' },
      { id: 'lp', name: 'Pain points', type: 'painPoints' },
      { id: 'lo', name: 'Opportunities', type: 'opportunities' },
    ],
    cards: {
      t1: { id: 't1', stageId: 's2', laneId: 'lt', order: 0, title: 'Checkout page' },
      p1: {
        id: 'p1',
        stageId: 's2',
        laneId: 'lp',
        order: 0,
        title: 'Slow checkout',
        span: 2,
        personaIds: ['per1'],
        pain: {
          severity: 4,
          frequency: 'often',
          reach: 30,
          effort: 'M',
          status: 'inProgress',
          owner: 'Ana',
          tags: ['speed'],
          evidence: 'observed',
          aboutCardId: 't1',
          updatedAt: '2026-02-01T10:00:00.000Z',
        },
      },
      p2: {
        id: 'p2',
        stageId: 's1',
        laneId: 'lp',
        order: 0,
        title: 'Hidden fees',
        segmentIds: ['seg1'],
        pain: { severity: 5, frequency: 'always', reach: 100, effort: 'S', owner: 'Bo', tags: ['price', 'trust'], evidence: 'assumed', updatedAt: '2026-01-01T10:00:00.000Z' },
      },
      p4: { id: 'p4', stageId: 's1', laneId: 'lp', order: 1, title: 'Tiny font', personaIds: ['per2'], pain: { severity: 3 } },
      p3: { id: 'p3', stageId: 's3', laneId: 'lp', order: 0, title: 'Confusing form' },
      o1: { id: 'o1', stageId: 's2', laneId: 'lo', order: 0, title: 'One-page checkout', opportunity: { addresses: ['p1', 'p2'] } },
      o2: { id: 'o2', stageId: 's3', laneId: 'lo', order: 0, title: 'Solution X', opportunity: { kind: 'solution', addresses: ['o1'] } },
      o3: { id: 'o3', stageId: 's1', laneId: 'lo', order: 0, title: 'Fee calculator', opportunity: { kind: 'idea', addresses: ['p2'] } },
    },
    connections: {},
  };
}
