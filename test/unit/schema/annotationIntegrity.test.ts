import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../src/model/journey';
import { DocumentError } from '../../../src/schema/projectDocumentError';
import { readProjectDocument, toProjectDocument } from '../../../src/schema/projectDocument';
import { findMapProblem } from '../../../src/schema/projectDocumentIntegrity';
import { annotatedMap, comment, painVote } from '../commands/annotatedMap';

const withComments = (extra: Record<string, ReturnType<typeof comment>>): JourneyMap => ({ ...annotatedMap(true), comments: { ...annotatedMap(true).comments, ...extra } });
const withVote = (vote: ReturnType<typeof painVote>): JourneyMap => ({ ...annotatedMap(true), votes: { [vote.id]: vote } });

describe('findMapProblem on comments, votes and views', () => {
  it('accepts a map with threads, votes and views', () => {
    expect(findMapProblem(annotatedMap(true))).toBeUndefined();
  });

  it('reports a reply whose root is missing, is itself a reply, or is about another target', () => {
    expect(findMapProblem(withComments({ x: comment('x', { parentId: 'gone' }) }))).toEqual({
      path: 'comments.x.parentId',
      message: 'reply "x" answers comment "gone", which does not exist',
    });
    expect(findMapProblem(withComments({ x: comment('x', { parentId: 'r2' }) }))).toEqual({
      path: 'comments.x.parentId',
      message: 'reply "x" answers comment "r2", which is itself a reply: replies answer the first comment of a thread',
    });
    expect(findMapProblem(withComments({ x: comment('x', { parentId: 'r3' }) }))).toEqual({
      path: 'comments.x.target',
      message: 'reply "x" is about card "a" but its thread is about stage "s2"',
    });
  });

  it('reports a ballot of an unknown participant, a ballot over budget and a participant id used twice', () => {
    expect(findMapProblem(withVote(painVote({ ballots: { zed: { p1: 1 } } })))).toEqual({
      path: 'votes.v1.ballots.zed',
      message: 'ballot of "zed", who is not a participant of vote "Top pains"',
    });
    expect(findMapProblem(withVote(painVote({ ballots: { b1: { p1: 2, p2: 2 } } })))).toEqual({
      path: 'votes.v1.ballots.b1',
      message: 'participant "Bo" placed 4 dots but vote "Top pains" gives 3 per participant',
    });
    const twice = painVote({ participants: [{ id: 'a1', name: 'Ana' }, { id: 'a1', name: 'Ann' }] });
    expect(findMapProblem(withVote(twice))?.path).toBe('votes.v1.participants[1].id');
  });

  it('reports records whose key differs from the id', () => {
    expect(findMapProblem({ ...annotatedMap(true), votes: { other: painVote() } })).toEqual({ path: 'votes.other.id', message: 'vote id "v1" differs from its key "other"' });
    expect(findMapProblem(withComments({ y: comment('x') }))?.path).toBe('comments.y.id');
  });

  it('allows soft references to cards, stages and lanes that are gone', () => {
    const map = annotatedMap(true);
    const cards = { ...map.cards };
    delete cards.a;
    const soft: JourneyMap = {
      ...map,
      stages: map.stages.filter((stage) => stage.id !== 's3'),
      cards: {
        ...cards,
        p1: { ...cards.p1!, pain: { aboutCardId: 'deleted-touchpoint', severity: 3 } },
        o1: { ...cards.o1!, opportunity: { addresses: ['deleted-pain'] } },
      },
      comments: { ...map.comments, s: comment('s', { target: { kind: 'stage', id: 's3' } }), l: comment('l', { target: { kind: 'lane', id: 'no-lane' } }) },
      votes: { v1: painVote({ ballots: { a1: { 'deleted-card': 3 } } }) },
      views: { w1: { ...map.views!.w1!, filter: { ...map.views!.w1!.filter, hiddenLaneIds: ['no-lane'] } } },
      connections: {},
    };
    expect(findMapProblem(soft)).toBeUndefined();
  });

  it('refuses a project file with a broken thread, naming its full path', () => {
    const stamps = { createdAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-02-01T00:00:00.000Z' };
    const project = { id: 'p1', name: 'Retail', createdAt: stamps.createdAt };
    const good = toProjectDocument(project, [{ ...annotatedMap(true), ...stamps }], '0.4.0', stamps.updatedAt);
    expect(readProjectDocument(JSON.stringify(good))).toStrictEqual(good);
    const broken = toProjectDocument(project, [{ ...withComments({ x: comment('x', { parentId: 'gone' }) }), ...stamps }], '0.4.0', stamps.updatedAt);
    expect(() => readProjectDocument(JSON.stringify(broken))).toThrow(DocumentError);
    expect(() => readProjectDocument(JSON.stringify(broken))).toThrow(
      'Invalid project document at maps[0].comments.x.parentId: reply "x" answers comment "gone", which does not exist',
    );
  });
});
