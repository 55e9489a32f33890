import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/commands/registry';
import type { Command } from '../../../src/commands/schemas';
import type { JourneyMap } from '../../../src/model/journey';
import { findMapProblem } from '../../../src/schema/projectDocumentIntegrity';
import { annotatedMap, painVote } from './annotatedMap';
import { applyChecked } from './sampleMap';

const cast = (cardId: string, count: number, participantId = 'a1'): Command => ({ name: 'vote.cast', args: { id: 'v1', participantId, cardId, count } });
const run = (map: JourneyMap, command: Command) => () => applyCommand(map, command);

describe('vote.add and vote.delete', () => {
  it('adds a session; undo deletes it and the votes field goes away', () => {
    const map = annotatedMap();
    const { map: next, inverse } = applyChecked(map, { name: 'vote.add', args: { sessions: [painVote({ ballots: {} })] } });
    expect(next.votes?.v1?.participants.map((p) => p.name)).toEqual(['Ana', 'Bo']);
    expect(inverse).toEqual({ name: 'vote.delete', args: { ids: ['v1'] } });
    expect('votes' in applyCommand(next, inverse).map).toBe(false);
  });

  it('deletes a session with its ballots; undo adds it back whole', () => {
    const map = annotatedMap(true);
    const { map: next, inverse } = applyChecked(map, { name: 'vote.delete', args: { ids: ['v1'] } });
    expect('votes' in next).toBe(false);
    expect(inverse).toEqual({ name: 'vote.add', args: { sessions: [map.votes?.v1] } });
  });

  it('refuses a taken id, inconsistent sessions and unknown ids', () => {
    const map = annotatedMap(true);
    expect(run(map, { name: 'vote.add', args: { sessions: [painVote()] } })).toThrow(expect.objectContaining({ code: 'CONFLICT', message: 'vote.add: vote id "v1" is already used' }));
    expect(run(map, { name: 'vote.add', args: { sessions: [painVote({ id: 'v2', ballots: { zed: { p1: 1 } } })] } })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGS',
        message: 'vote.add: vote "v2": ballot of "zed", who is not a participant of vote "Top pains"',
        params: expect.objectContaining({ field: 'sessions[0].ballots.zed' }),
      }),
    );
    expect(run(map, { name: 'vote.add', args: { sessions: [painVote({ id: 'v2', ballots: { a1: { p1: 2, p2: 2 } } })] } })).toThrow(
      'participant "Ana" placed 4 dots but vote "Top pains" gives 3 per participant',
    );
    const twice = painVote({ id: 'v2', participants: [{ id: 'a1', name: 'Ana' }, { id: 'a1', name: 'Ann' }] });
    expect(run(map, { name: 'vote.add', args: { sessions: [twice] } })).toThrow('participant id "a1" is used twice');
    expect(run(map, { name: 'vote.delete', args: { ids: ['nope'] } })).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: 'vote.delete: vote "nope" does not exist' }));
  });
});

describe('vote.cast', () => {
  it('places, raises, lowers and takes back dots; each undo restores the session exactly', () => {
    let map = annotatedMap(true);
    const steps: [string, number, string, Record<string, Record<string, number>>][] = [
      ['p2', 1, 'a1', { a1: { p1: 2, p2: 1 } }],
      ['p3', 3, 'b1', { a1: { p1: 2, p2: 1 }, b1: { p3: 3 } }],
      ['p1', 1, 'a1', { a1: { p1: 1, p2: 1 }, b1: { p3: 3 } }],
      ['p3', 0, 'b1', { a1: { p1: 1, p2: 1 } }],
    ];
    for (const [cardId, count, participantId, ballots] of steps) {
      const before = map;
      const result = applyChecked(map, cast(cardId, count, participantId));
      map = result.map;
      expect(map.votes?.v1?.ballots).toEqual(ballots);
      expect(result.inverse).toEqual({ name: 'vote.set', args: { session: before.votes?.v1 } });
      expect(findMapProblem(map)).toBeUndefined();
    }
    expect(applyCommand(map, cast('p1', 1)).map).toBe(map);
  });

  it('refuses dots beyond the budget, saying how many are left', () => {
    const map = annotatedMap(true);
    expect(run(map, cast('p2', 2))).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGS',
        message: 'vote.cast: participant "Ana" has 1 of 3 dot(s) left in vote "Top pains" and cannot put 2 dot(s) on card "p2"',
        params: expect.objectContaining({ field: 'count' }),
      }),
    );
    expect(applyChecked(map, cast('p1', 3)).map.votes?.v1?.ballots.a1).toEqual({ p1: 3 });
    expect(run(map, cast('p1', 4))).toThrow('has 1 of 3 dot(s) left');
  });

  it('refuses closed sessions, unknown participants and cards, and cards that are not voted on', () => {
    const map = annotatedMap(true);
    const closed = applyCommand(map, { name: 'vote.edit', args: { id: 'v1', patch: { status: 'closed' } } }).map;
    expect(run(closed, cast('p2', 1))).toThrow(expect.objectContaining({ code: 'CONFLICT', message: 'vote.cast: vote "Top pains" is closed: reopen it to change the dots' }));
    expect(run(map, cast('p2', 1, 'zed'))).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'vote.cast: "zed" is not a participant of vote "Top pains"', params: expect.objectContaining({ field: 'participantId' }) }),
    );
    expect(run(map, cast('zz', 1))).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: 'vote.cast: card "zz" does not exist' }));
    expect(run(map, cast('zz', 0))).toThrow('card "zz" does not exist');
    expect(run(map, cast('o1', 1))).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGS',
        message: 'vote.cast: vote "Top pains" is on pain points, but card "o1" is in lane "lo" of type opportunities: only cards of painPoints lanes get dots',
        params: expect.objectContaining({ field: 'cardId' }),
      }),
    );
    expect(run(map, cast('a', 1))).toThrow('card "a" is in lane "l1" of type actions');
    expect(run(map, cast('nope', 1, 'a1'))).toThrow('does not exist');
    expect(run(map, { name: 'vote.cast', args: { id: 'zz', participantId: 'a1', cardId: 'p1', count: 1 } })).toThrow('vote "zz" does not exist');
  });

  it('votes on opportunities in an opportunity session', () => {
    const map = applyCommand(annotatedMap(), { name: 'vote.add', args: { sessions: [painVote({ targetKind: 'opportunity', ballots: {} })] } }).map;
    expect(applyChecked(map, cast('o1', 2)).map.votes?.v1?.ballots).toEqual({ a1: { o1: 2 } });
    expect(run(map, cast('p1', 1))).toThrow('is on opportunities, but card "p1" is in lane "lp" of type painPoints: only cards of opportunities lanes get dots');
  });

  it('lets dots on a deleted card be taken back, and undo puts them back', () => {
    const gone = applyCommand(annotatedMap(true), { name: 'card.delete', args: { ids: ['p1'] } }).map;
    expect(findMapProblem(gone)).toBeUndefined();
    expect(gone.votes?.v1?.ballots).toEqual({ a1: { p1: 2 } });
    const { map: back } = applyChecked(gone, cast('p1', 1));
    expect(back.votes?.v1?.ballots).toEqual({ a1: { p1: 1 } });
    expect(run(gone, cast('p1', 3))).toThrow('card "p1" does not exist');
  });
});

describe('vote.setBallots', () => {
  it('resets a vote; undo brings every ballot back', () => {
    const map = annotatedMap(true);
    const { map: reset, inverse } = applyChecked(map, { name: 'vote.setBallots', args: { id: 'v1', ballots: {} } });
    expect(reset.votes?.v1?.ballots).toEqual({});
    expect(inverse).toEqual({ name: 'vote.set', args: { session: map.votes?.v1 } });
    expect(applyCommand(map, { name: 'vote.setBallots', args: { id: 'v1', ballots: { a1: { p1: 2 } } } }).map).toBe(map);
  });

  it('replaces ballots after checking participants, cards and budgets', () => {
    const map = annotatedMap(true);
    const ballots = { a1: { p1: 1, p2: 2 }, b1: { p3: 3 } };
    expect(applyChecked(map, { name: 'vote.setBallots', args: { id: 'v1', ballots } }).map.votes?.v1?.ballots).toEqual(ballots);
    expect(run(map, { name: 'vote.setBallots', args: { id: 'v1', ballots: { zed: { p1: 1 } } } })).toThrow('"zed" is not a participant of vote "Top pains"');
    expect(run(map, { name: 'vote.setBallots', args: { id: 'v1', ballots: { b1: { o1: 1 } } } })).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ field: 'ballots.b1.o1' }) }),
    );
    expect(run(map, { name: 'vote.setBallots', args: { id: 'v1', ballots: { b1: { p1: 2, p3: 2 } } } })).toThrow(
      expect.objectContaining({ message: 'vote.setBallots: participant "Bo" has 3 of 3 dot(s) left in vote "Top pains" and cannot place 4 dot(s) in all', params: expect.objectContaining({ field: 'ballots.b1' }) }),
    );
    expect(run(map, { name: 'vote.setBallots', args: { id: 'v1', ballots: { a1: { p1: 0 } } } })).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ field: 'ballots.a1.p1' }) }),
    );
  });
});

describe('vote.edit and vote.set', () => {
  it('renames, changes dots and closes with a patch undo', () => {
    const map = annotatedMap(true);
    const { map: next, inverse } = applyChecked(map, { name: 'vote.edit', args: { id: 'v1', patch: { name: '最痛的点', votesPerParticipant: 5, status: 'closed' } } });
    expect(next.votes?.v1).toMatchObject({ name: '最痛的点', votesPerParticipant: 5, status: 'closed', ballots: { a1: { p1: 2 } } });
    expect(inverse).toEqual({ name: 'vote.edit', args: { id: 'v1', patch: { name: 'Top pains', votesPerParticipant: 3, status: 'open' } } });
    const sameParticipants = painVote().participants.map((p) => ({ ...p }));
    expect(applyCommand(map, { name: 'vote.edit', args: { id: 'v1', patch: { participants: sameParticipants } } }).map).toBe(map);
  });

  it('drops the ballot of a removed participant; undo restores participant and ballot exactly', () => {
    const map = annotatedMap(true);
    const { map: next, inverse } = applyChecked(map, { name: 'vote.edit', args: { id: 'v1', patch: { participants: [{ id: 'b1', name: 'Bo' }, { id: 'c1', name: 'Chen' }] } } });
    expect(next.votes?.v1).toMatchObject({ participants: [{ id: 'b1', name: 'Bo' }, { id: 'c1', name: 'Chen' }], ballots: {} });
    expect(inverse).toEqual({ name: 'vote.set', args: { session: map.votes?.v1 } });
    expect(findMapProblem(next)).toBeUndefined();
  });

  it('refuses fewer dots than someone placed, and duplicate participants', () => {
    const map = annotatedMap(true);
    expect(run(map, { name: 'vote.edit', args: { id: 'v1', patch: { votesPerParticipant: 1 } } })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGS',
        message: 'vote.edit: participant "Ana" has already placed 2 dots in vote "Top pains": take some back or reset the vote before lowering the dots per participant to 1',
        params: expect.objectContaining({ field: 'patch.votesPerParticipant' }),
      }),
    );
    const twice = [{ id: 'b1', name: 'Bo' }, { id: 'b1', name: 'Bob' }];
    expect(run(map, { name: 'vote.edit', args: { id: 'v1', patch: { participants: twice } } })).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ field: 'patch.participants[1].id' }) }),
    );
  });

  it('vote.set replaces a whole session and is undone by the old one', () => {
    const map = annotatedMap(true);
    const session = painVote({ name: 'Again', ballots: { b1: { p2: 3 } } });
    const { map: next, inverse } = applyChecked(map, { name: 'vote.set', args: { session } });
    expect(next.votes?.v1).toEqual(session);
    expect(inverse).toEqual({ name: 'vote.set', args: { session: map.votes?.v1 } });
    expect(applyCommand(map, { name: 'vote.set', args: { session: painVote() } }).map).toBe(map);
    expect(run(map, { name: 'vote.set', args: { session: painVote({ id: 'v9' }) } })).toThrow('vote "v9" does not exist');
    expect(run(map, { name: 'vote.set', args: { session: painVote({ ballots: { a1: { p1: 4 } } }) } })).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ field: 'session.ballots.a1' }) }),
    );
  });
});
