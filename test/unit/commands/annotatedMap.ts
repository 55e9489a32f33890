import type { Comment, VoteSession } from '../../../src/model/annotations';
import type { JourneyMap } from '../../../src/model/journey';
import { deepFreeze, sampleMap } from './sampleMap';

export const T0 = '2026-03-01T09:00:00.000Z';
export const T1 = '2026-03-01T10:30:00.000Z';

/** A comment on card "a" by Ana; `extra` sets the target, parent or anything else. */
export const comment = (id: string, extra: Partial<Comment> = {}): Comment => ({
  id,
  target: { kind: 'card', id: 'a' },
  author: 'Ana',
  text: `text of ${id}`,
  createdAt: T0,
  ...extra,
});

/** An open pain-point vote "v1" (3 dots each) for Ana (a1) and Bo (b1); Ana put 2 dots on p1. */
export const painVote = (extra: Partial<VoteSession> = {}): VoteSession => ({
  id: 'v1',
  name: 'Top pains',
  targetKind: 'painPoint',
  votesPerParticipant: 3,
  participants: [
    { id: 'a1', name: 'Ana' },
    { id: 'b1', name: 'Bo' },
  ],
  ballots: { a1: { p1: 2 } },
  status: 'open',
  createdAt: T0,
  ...extra,
});

/**
 * The sample map plus a pain-points lane "lp" (cards p1, p2 in s1, p3 in s2)
 * and an opportunities lane "lo" (card o1 in s1, addressing p1).
 * p1 carries pain details. With `annotations`: a thread r1 on card a with
 * reply r2, a thread r3 on stage s2, vote v1 and view w1.
 */
export function annotatedMap(annotations = false): JourneyMap {
  const base = sampleMap();
  const card = (id: string, stageId: string, laneId: string, order: number) => ({ id, stageId, laneId, order, title: `Card ${id}` });
  return deepFreeze({
    ...base,
    lanes: [...base.lanes, { id: 'lp', name: 'Pain points', type: 'painPoints' as const }, { id: 'lo', name: 'Ideas', type: 'opportunities' as const }],
    cards: {
      ...base.cards,
      p1: { ...card('p1', 's1', 'lp', 0), pain: { severity: 4, frequency: 'often' as const, status: 'open' as const, tags: ['checkout'] } },
      p2: card('p2', 's1', 'lp', 1),
      p3: card('p3', 's2', 'lp', 0),
      o1: { ...card('o1', 's1', 'lo', 0), opportunity: { kind: 'opportunity' as const, addresses: ['p1'] } },
    },
    ...(annotations
      ? {
          comments: {
            r1: comment('r1'),
            r2: comment('r2', { parentId: 'r1', author: 'Bo' }),
            r3: comment('r3', { target: { kind: 'stage', id: 's2' } }),
          },
          votes: { v1: painVote() },
          views: { w1: { id: 'w1', name: 'Severe only', filter: { hiddenLaneIds: ['l2'], personaId: null, segmentId: null, severities: [4, 5] }, createdAt: T0 } },
        }
      : {}),
  });
}
