import type { Command } from '../../../src/commands/schemas';
import type { Comment, VoteSession } from '../../../src/model/annotations';
import type { Card, JourneyMap } from '../../../src/model/journey';
import { FREQUENCIES, MOMENTS, OPPORTUNITY_KINDS, PAIN_STATUSES } from '../../../src/schema/annotations';
import type { Rng } from './randomCommands';

type Maker = (map: JourneyMap) => Command | undefined;
type AnnotationName = Extract<Command['name'], `${'comment' | 'vote' | 'view' | 'gap'}.${string}` | 'stage.setMoment'>;

const T = '2026-01-01T00:00:00.000Z';
const laneTypeOf = (map: JourneyMap, card: Card) => map.lanes.find((lane) => lane.id === card.laneId)?.type;
const votedType = (session: VoteSession) => (session.targetKind === 'painPoint' ? 'painPoints' : 'opportunities');
const placed = (ballot: Record<string, number> | undefined) => Object.values(ballot ?? {}).reduce((sum, n) => sum + n, 0);

/** Random pain / opportunity / moment fields for card.edit, only those the card's lane accepts. */
export function randomDetails(rng: Rng, map: JourneyMap, card: Card): Record<string, unknown> {
  const type = laneTypeOf(map, card);
  const details: Record<string, unknown> = {};
  if (rng.chance(0.2)) details.moment = rng.chance(0.3) ? null : rng.pick(MOMENTS);
  if (rng.chance(0.4) && (type === 'painPoints' || rng.chance(0.3))) {
    details.pain =
      type !== 'painPoints' || rng.chance(0.2)
        ? null
        : {
            severity: 1 + rng.int(5),
            ...(rng.chance(0.5) ? { frequency: rng.pick(FREQUENCIES) } : {}),
            ...(rng.chance(0.5) ? { status: rng.pick(PAIN_STATUSES), tags: ['a', 'b'].slice(rng.int(2)) } : {}),
          };
  }
  if (rng.chance(0.4) && (type === 'opportunities' || rng.chance(0.3))) {
    details.opportunity = type !== 'opportunities' || rng.chance(0.2) ? null : { kind: rng.pick(OPPORTUNITY_KINDS), addresses: rng.sample(Object.keys(map.cards), 2) };
  }
  return details;
}

/** Makers of random valid comment, vote, view and stage-moment commands for the undo property test. */
export function annotationMakers(rng: Rng, id: (prefix: string) => string): Record<AnnotationName, Maker> {
  const comments = (map: JourneyMap) => Object.values(map.comments ?? {});
  const sessions = (map: JourneyMap) => Object.values(map.votes ?? {});
  const views = (map: JourneyMap) => Object.values(map.views ?? {});
  const acceptances = (map: JourneyMap) => Object.values(map.gapAcceptances ?? {});

  const newRoot = (map: JourneyMap): Comment => {
    const targets = [
      ...Object.keys(map.cards).map((cardId) => ({ kind: 'card' as const, id: cardId })),
      ...map.stages.map((stage) => ({ kind: 'stage' as const, id: stage.id })),
      ...map.lanes.map((lane) => ({ kind: 'lane' as const, id: lane.id })),
      { kind: 'map' as const, id: map.id },
    ];
    return { id: id('m'), target: rng.pick(targets), author: rng.pick(['', 'Ana', '王芳']), text: `note ${rng.int(9)}`, createdAt: T };
  };

  /** Dots on cards the session votes on, within each participant's budget. */
  const randomBallots = (map: JourneyMap, session: VoteSession): VoteSession['ballots'] => {
    const cards = Object.values(map.cards).filter((card) => laneTypeOf(map, card) === votedType(session));
    const ballots: VoteSession['ballots'] = {};
    for (const participant of session.participants) {
      if (!cards.length || rng.chance(0.3)) continue;
      const card = rng.pick(cards);
      ballots[participant.id] = { [card.id]: 1 + rng.int(session.votesPerParticipant) };
    }
    return ballots;
  };

  const newSession = (map: JourneyMap): VoteSession => {
    const session: VoteSession = {
      id: id('v'),
      name: 'Vote',
      // Mostly on whatever the map has cards for, so dots can be cast.
      targetKind: Object.values(map.cards).some((card) => laneTypeOf(map, card) === 'painPoints') === rng.chance(0.85) ? 'painPoint' : 'opportunity',
      votesPerParticipant: 1 + rng.int(4),
      participants: Array.from({ length: 1 + rng.int(3) }, (_, i) => ({ id: `u${i}`, name: `Person ${i}` })),
      ballots: {},
      status: rng.chance(0.8) ? 'open' : 'closed',
      createdAt: T,
    };
    return { ...session, ballots: randomBallots(map, session) };
  };

  return {
    'stage.setMoment': (map) => (map.stages.length ? { name: 'stage.setMoment', args: { id: rng.pick(map.stages).id, moment: rng.chance(0.3) ? null : rng.pick(MOMENTS) } } : undefined),
    'comment.add': (map) => {
      const roots = comments(map).filter((c) => c.parentId === undefined);
      if (roots.length && rng.chance(0.5)) {
        const root = rng.pick(roots);
        return { name: 'comment.add', args: { comments: [{ ...newRoot(map), target: root.target, parentId: root.id }] } };
      }
      const root = newRoot(map);
      const reply = rng.chance(0.3) ? [{ ...newRoot(map), target: root.target, parentId: root.id }] : [];
      return { name: 'comment.add', args: { comments: [...reply, root] } };
    },
    'comment.edit': (map) => {
      if (!comments(map).length) return undefined;
      const comment = rng.pick(comments(map));
      const resolve = comment.parentId === undefined && rng.chance(0.5) ? (rng.chance(0.5) ? { resolved: true, resolvedAt: T, resolvedBy: 'Ana' } : { resolved: null, resolvedAt: null, resolvedBy: null }) : {};
      return { name: 'comment.edit', args: { id: comment.id, patch: { ...(rng.chance(0.5) ? { text: `edit ${rng.int(3)}`, editedAt: T } : {}), ...resolve } } };
    },
    'comment.delete': (map) => {
      const ids = rng.sample(comments(map).map((c) => c.id), 1 + rng.int(2));
      return ids.length ? { name: 'comment.delete', args: { ids } } : undefined;
    },
    'vote.add': (map) => ({ name: 'vote.add', args: { sessions: [newSession(map)] } }),
    'vote.edit': (map) => {
      if (!sessions(map).length) return undefined;
      const session = rng.pick(sessions(map));
      const most = Math.max(1, ...session.participants.map((p) => placed(session.ballots[p.id])));
      const participants = rng.chance(0.5) ? session.participants.slice(rng.int(2)) : [...session.participants, { id: id('u'), name: 'Late' }];
      const patch = {
        ...(rng.chance(0.3) ? { name: `Vote ${rng.int(3)}` } : {}),
        ...(rng.chance(0.3) ? { votesPerParticipant: most + rng.int(3) } : {}),
        ...(rng.chance(0.4) ? { participants } : {}),
        ...(rng.chance(0.3) ? { status: rng.pick(['open', 'closed'] as const) } : {}),
      };
      return { name: 'vote.edit', args: { id: session.id, patch } };
    },
    'vote.cast': (map) => {
      const open = sessions(map).filter((s) => s.status === 'open' && s.participants.length);
      if (!open.length) return undefined;
      const session = rng.pick(open);
      const participant = rng.pick(session.participants);
      const ballot = session.ballots[participant.id] ?? {};
      const votable = Object.values(map.cards).filter((card) => laneTypeOf(map, card) === votedType(session)).map((card) => card.id);
      const candidates = [...votable, ...Object.keys(ballot)];
      if (!candidates.length) return undefined;
      const cardId = rng.pick(candidates);
      const current = ballot[cardId] ?? 0;
      const room = session.votesPerParticipant - placed(ballot) + current;
      // Raising dots on a card that is gone or moved out of the voted lane is refused; lowering is not.
      const count = votable.includes(cardId) ? rng.int(room + 1) : rng.int(current + 1);
      return { name: 'vote.cast', args: { id: session.id, participantId: participant.id, cardId, count } };
    },
    'vote.setBallots': (map) => {
      if (!sessions(map).length) return undefined;
      const session = rng.pick(sessions(map));
      return { name: 'vote.setBallots', args: { id: session.id, ballots: rng.chance(0.4) ? {} : randomBallots(map, session) } };
    },
    'vote.set': (map) => {
      if (!sessions(map).length) return undefined;
      const session = rng.pick(sessions(map));
      return { name: 'vote.set', args: { session: { ...session, name: `Renamed ${rng.int(2)}`, ballots: rng.chance(0.5) ? {} : session.ballots } } };
    },
    'vote.delete': (map) => (sessions(map).length ? { name: 'vote.delete', args: { ids: [rng.pick(sessions(map)).id] } } : undefined),
    'view.add': (map) => ({
      name: 'view.add',
      args: {
        views: [
          {
            id: id('w'),
            name: 'View',
            filter: { hiddenLaneIds: rng.sample(map.lanes.map((l) => l.id), rng.int(2)), personaId: rng.chance(0.5) ? 'P1' : null, segmentId: null, severities: rng.sample([1, 2, 3, 4, 5], rng.int(3)) },
            createdAt: T,
          },
        ],
      },
    }),
    'view.edit': (map) => {
      if (!views(map).length) return undefined;
      const view = rng.pick(views(map));
      const filter = rng.chance(0.5) ? { ...view.filter } : { ...view.filter, severities: rng.sample([1, 2, 3, 4, 5], rng.int(3)) };
      return { name: 'view.edit', args: { id: view.id, patch: { ...(rng.chance(0.5) ? { name: `V${rng.int(3)}` } : {}), filter } } };
    },
    'view.delete': (map) => (views(map).length ? { name: 'view.delete', args: { ids: [rng.pick(views(map)).id] } } : undefined),
    'gap.accept': () => ({
      name: 'gap.accept',
      args: { acceptances: [{ id: id('g'), gapKey: `unsupportedTouchpoint:${id('k')}`, rule: 'unsupportedTouchpoint', reason: 'known, planned for Q3', acceptedBy: '', acceptedAt: T }] },
    }),
    'gap.reopen': (map) => (acceptances(map).length ? { name: 'gap.reopen', args: { ids: [rng.pick(acceptances(map)).id] } } : undefined),
  };
}
