import type { JourneyMap } from '../../../src/model/journey';
import { JourneyMapSchema } from '../../../src/schema/journey';

const T = '2026-03-01T09:00:00.000Z';

/**
 * A map with every annotation of issue 4: pain-point and opportunity details
 * that point at other cards, moments on a card and a stage, a comment thread
 * on a card plus comments on a stage, a lane and the map, a dot vote with
 * ballots, and a saved view hiding a lane. Unknown fields ride along on each.
 */
export function annotatedMap(id = 'm'): JourneyMap {
  const map: JourneyMap = {
    id,
    name: 'Annotated',
    stages: [
      { id: 's1', name: 'Aware', moment: 'truth' },
      { id: 's2', name: 'Buy' },
    ],
    lanes: [
      { id: 'lt', name: 'Touchpoints', type: 'touchpoints' },
      { id: 'lp', name: 'Pain points', type: 'painPoints' },
      { id: 'lo', name: 'Opportunities', type: 'opportunities' },
    ],
    cards: {
      t1: { id: 't1', stageId: 's1', laneId: 'lt', order: 0, title: 'Website', moment: 'aha' },
      p1: {
        id: 'p1',
        stageId: 's1',
        laneId: 'lp',
        order: 0,
        title: '支付页面加载慢',
        body: 'Checkout takes 9 s',
        span: 2,
        pain: {
          severity: 5,
          frequency: 'often',
          reach: 40,
          impact: 'Lost orders',
          impactMetric: 'conversion rate',
          effort: 'M',
          owner: 'Li Wei',
          status: 'inProgress',
          evidence: 'observed',
          evidenceSource: 'analytics',
          tags: ['speed', '支付'],
          aboutCardId: 't1',
          createdAt: T,
          updatedAt: T,
          futurePainField: 1,
        },
      },
      p2: { id: 'p2', stageId: 's2', laneId: 'lp', order: 0, title: 'Unclear fees', pain: { severity: 2, evidence: 'assumed', effort: 3 } },
      o1: {
        id: 'o1',
        stageId: 's1',
        laneId: 'lo',
        order: 0,
        title: 'Faster checkout',
        opportunity: { kind: 'opportunity', addresses: ['p1', 'p2'], owner: 'Ana', status: 'planned', createdAt: T },
      },
      o2: { id: 'o2', stageId: 's2', laneId: 'lo', order: 0, title: 'One-click pay', opportunity: { kind: 'solution', addresses: ['o1'] } },
    },
    connections: {},
    comments: {
      c1: { id: 'c1', target: { kind: 'card', id: 'p1' }, author: 'Ana', text: 'Seen in 3 interviews', createdAt: T, moodColour: 'red' },
      c2: { id: 'c2', target: { kind: 'card', id: 'p1' }, parentId: 'c1', author: '李伟', text: '同意', createdAt: T, editedAt: T },
      c3: { id: 'c3', target: { kind: 'stage', id: 's2' }, author: 'Ana', text: 'Stage comment', createdAt: T, resolved: true, resolvedAt: T, resolvedBy: 'Ana' },
      c4: { id: 'c4', target: { kind: 'lane', id: 'lo' }, author: '', text: 'Lane comment', createdAt: T },
      c5: { id: 'c5', target: { kind: 'map', id }, author: 'Ana', text: 'Map comment', createdAt: T },
    },
    votes: {
      v1: {
        id: 'v1',
        name: 'Top pains',
        targetKind: 'painPoint',
        votesPerParticipant: 3,
        participants: [
          { id: 'u1', name: 'Ana' },
          { id: 'u2', name: '李伟' },
        ],
        ballots: { u1: { p1: 2, p2: 1 }, u2: { p1: 3 } },
        status: 'open',
        createdAt: T,
      },
    },
    views: {
      w1: { id: 'w1', name: 'Pains only', filter: { hiddenLaneIds: ['lt', 'lo'], personaId: null, segmentId: null, severities: [4, 5] }, createdAt: T },
    },
  };
  return JourneyMapSchema.parse(map);
}
