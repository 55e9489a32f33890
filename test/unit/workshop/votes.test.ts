import { describe, expect, it } from 'vitest';
import type { VoteSession } from '../../../src/model/annotations';
import type { Card, JourneyMap } from '../../../src/model/journey';
import {
  castCommand,
  castRefusal,
  dotsLeft,
  dotsUsed,
  parseParticipantNames,
  tally,
  totalDots,
  validateVoteDraft,
  voteItems,
} from '../../../src/workshop/votes';

const card = (id: string, stageId: string, laneId: string, order: number): Card => ({ id, stageId, laneId, order, title: id });

const map: JourneyMap = {
  id: 'm1',
  name: 'Checkout',
  stages: [
    { id: 's1', name: 'Aware' },
    { id: 's2', name: 'Buy' },
  ],
  lanes: [
    { id: 'act', name: 'Actions', type: 'actions' },
    { id: 'pain', name: 'Pain', type: 'painPoints' },
    { id: 'opp', name: 'Ideas', type: 'opportunities' },
    { id: 'pain2', name: 'More pain', type: 'painPoints' },
  ],
  cards: {
    z: card('z', 's2', 'pain', 0),
    y: card('y', 's1', 'pain2', 0),
    x: card('x', 's1', 'pain', 1),
    w: card('w', 's1', 'pain', 0),
    o: card('o', 's1', 'opp', 0),
    a: card('a', 's1', 'act', 0),
  },
  connections: {},
};

const session = (ballots: VoteSession['ballots'], extra: Partial<VoteSession> = {}): VoteSession => ({
  id: 'v1',
  name: 'Top pains',
  targetKind: 'painPoint',
  votesPerParticipant: 3,
  participants: [
    { id: 'p1', name: 'Ann' },
    { id: 'p2', name: 'Bo' },
    { id: 'p3', name: 'Cy' },
  ],
  ballots,
  status: 'open',
  createdAt: '2026-01-05T09:00:00.000Z',
  ...extra,
});

describe('vote items', () => {
  it('are the cards of pain-point lanes (or opportunity lanes), by stage, lane and order', () => {
    expect(voteItems(map, 'painPoint').map((c) => c.id)).toEqual(['w', 'x', 'y', 'z']);
    expect(voteItems(map, 'opportunity').map((c) => c.id)).toEqual(['o']);
  });
});

describe('dots and tallies', () => {
  const s = session({ p1: { w: 2, x: 1 }, p2: { x: 1, z: 2 }, p3: { z: 1, gone: 2 } });

  it('counts dots used and left per participant', () => {
    expect([dotsUsed(s, 'p1'), dotsLeft(s, 'p1')]).toEqual([3, 0]);
    expect([dotsUsed(s, 'p3'), dotsLeft(s, 'p3')]).toEqual([3, 0]);
    expect([dotsUsed(s, 'nobody'), dotsLeft(s, 'nobody')]).toEqual([0, 3]);
    expect(totalDots(s)).toBe(9);
  });

  it('ranks by dots, ties share a rank and the next rank skips, deleted cards left out', () => {
    const items = voteItems(map, 'painPoint').map((c) => c.id);
    expect(tally(s, items)).toEqual([
      { cardId: 'z', dots: 3, voters: 2, rank: 1 },
      { cardId: 'w', dots: 2, voters: 1, rank: 2 },
      { cardId: 'x', dots: 2, voters: 2, rank: 2 },
      { cardId: 'y', dots: 0, voters: 0, rank: 4 },
    ]);
  });

  it('gives everyone rank 1 before any dot is placed', () => {
    expect(tally(session({}), ['w', 'x']).map((r) => r.rank)).toEqual([1, 1]);
  });
});

describe('casting', () => {
  it('adds and takes back one dot as a vote.cast command', () => {
    const s = session({ p1: { w: 1 } });
    expect(castCommand(s, 'p1', 'w', 1)).toEqual({ name: 'vote.cast', args: { id: 'v1', participantId: 'p1', cardId: 'w', count: 2 } });
    expect(castCommand(s, 'p1', 'w', -1)).toEqual({ name: 'vote.cast', args: { id: 'v1', participantId: 'p1', cardId: 'w', count: 0 } });
    expect(castCommand(s, 'p2', 'x', 1)).toEqual({ name: 'vote.cast', args: { id: 'v1', participantId: 'p2', cardId: 'x', count: 1 } });
  });

  it('refuses with a reason: no dots left, none to take back, closed, unknown participant', () => {
    const s = session({ p1: { w: 3 } });
    expect(castRefusal(s, 'p1', 'x', 1)).toBe('noDotsLeft');
    expect(castRefusal(s, 'p1', 'w', -1)).toBeNull();
    expect(castRefusal(s, 'p2', 'w', -1)).toBe('noDotsOnCard');
    expect(castRefusal(s, 'p9', 'w', 1)).toBe('unknownParticipant');
    expect(castRefusal(session({}, { status: 'closed' }), 'p1', 'w', 1)).toBe('closed');
    expect(castCommand(s, 'p1', 'x', 1)).toBe('noDotsLeft');
  });
});

describe('new vote settings', () => {
  it('accepts a name, dots in range and distinct participants', () => {
    expect(validateVoteDraft({ name: 'Top pains', votesPerParticipant: 3, participantNames: ['Ann', 'Bo'] })).toEqual([]);
  });

  it('names the field of each problem', () => {
    expect(validateVoteDraft({ name: '  ', votesPerParticipant: 0, participantNames: [' '] })).toEqual([
      { field: 'name', problem: 'required' },
      { field: 'votesPerParticipant', problem: 'range' },
      { field: 'participants', problem: 'required' },
    ]);
    expect(validateVoteDraft({ name: 'V', votesPerParticipant: 51, participantNames: ['Ann', 'ann '] })).toEqual([
      { field: 'votesPerParticipant', problem: 'range' },
      { field: 'participants', problem: 'duplicate', name: 'ann' },
    ]);
    expect(validateVoteDraft({ name: 'V', votesPerParticipant: 2.5, participantNames: ['x'.repeat(101)] })).toEqual([
      { field: 'votesPerParticipant', problem: 'range' },
      { field: 'participants', problem: 'tooLong', name: 'x'.repeat(101) },
    ]);
  });

  it('reads participant names from lines, commas and Chinese separators', () => {
    expect(parseParticipantNames('Ann\n Bo , Cy\n\n张三，李四、王五')).toEqual(['Ann', 'Bo', 'Cy', '张三', '李四', '王五']);
  });
});
