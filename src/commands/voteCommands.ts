import type { VoteSession } from '../model/annotations';
import type { Id, JourneyMap } from '../model/journey';
import { dotsPlaced, findVoteSessionProblem } from '../schema/projectDocumentIntegrity';
import { CommandError, conflict, invalidArgs, notFound } from './errors';
import { own, patchFields, sameContent, withRecord } from './fields';
import type { CommandHandlers } from './handler';
import type { Command } from './schemas';

type Ballots = VoteSession['ballots'];

/** The lane type whose cards a session votes on. */
const VOTED_LANE = { painPoint: 'painPoints', opportunity: 'opportunities' } as const;

const sessionOf = (map: JourneyMap, id: Id): VoteSession => own(map.votes ?? {}, id) ?? notFound('vote', id);

const withSession = (map: JourneyMap, session: VoteSession): JourneyMap => ({ ...map, votes: { ...map.votes, [session.id]: session } });

/** Undoing a ballot change puts the whole session back as it was. */
const restore = (session: VoteSession): Command => ({ name: 'vote.set', args: { session } });

/** Refuses a session whose participants or dots do not add up, naming the field. */
function checkSession(session: VoteSession, field: string): void {
  const problem = findVoteSessionProblem(session);
  if (problem) invalidArgs(`vote "${session.id}": ${problem.message}`, `${field}.${problem.path}`);
}

function participantName(session: VoteSession, participantId: Id): string {
  const participant = session.participants.find((p) => p.id === participantId);
  if (!participant) {
    throw new CommandError('NOT_FOUND', `"${participantId}" is not a participant of vote "${session.name}"`, { id: participantId, field: 'participantId' });
  }
  return participant.name;
}

/**
 * Refuses dots on a card that is not in the map or not what the session votes
 * on (pain points or opportunities). Only checked for new dots: dots already
 * on a card that was deleted or moved since may always be taken back.
 */
function checkVotedCard(map: JourneyMap, session: VoteSession, cardId: Id, field: string): void {
  const card = own(map.cards, cardId);
  if (!card) throw new CommandError('NOT_FOUND', `card "${cardId}" does not exist`, { id: cardId, field });
  const wanted = VOTED_LANE[session.targetKind];
  const laneType = map.lanes.find((lane) => lane.id === card.laneId)?.type;
  if (laneType !== wanted) {
    const what = session.targetKind === 'painPoint' ? 'pain points' : 'opportunities';
    invalidArgs(`vote "${session.name}" is on ${what}, but card "${cardId}" is in lane "${card.laneId}" of type ${laneType ?? 'missing'}: only cards of ${wanted} lanes get dots`, field);
  }
}

/** Refuses a participant ending with more dots than the session gives; the message says how many are left. */
function checkBudget(session: VoteSession, participantId: Id, ballot: Readonly<Record<Id, number>>, attempt: string, field: string): void {
  const total = Object.values(ballot).reduce((sum, count) => sum + count, 0);
  if (total <= session.votesPerParticipant) return;
  const name = participantName(session, participantId);
  const left = Math.max(session.votesPerParticipant - dotsPlaced(session, participantId), 0);
  invalidArgs(`participant "${name}" has ${left} of ${session.votesPerParticipant} dot(s) left in vote "${session.name}" and cannot ${attempt}`, field);
}

const ballotOf = (ballots: Ballots, participantId: Id): Readonly<Record<Id, number>> => own(ballots, participantId) ?? {};

/** Commands on dot-voting sessions. Every change of ballots is undone by 'vote.set' with the session as it was. */
export const voteCommands: CommandHandlers<'vote'> = {
  'vote.add': (map, { sessions }) => {
    const votes: Record<Id, VoteSession> = { ...map.votes };
    sessions.forEach((session, index) => {
      if (own(votes, session.id)) conflict('vote', session.id);
      checkSession(session, `sessions[${index}]`);
      votes[session.id] = session;
    });
    return { map: withRecord(map, 'votes', votes), inverse: { name: 'vote.delete', args: { ids: sessions.map((s) => s.id) } } };
  },

  'vote.set': (map, { session }) => {
    const before = sessionOf(map, session.id);
    checkSession(session, 'session');
    return { map: sameContent(before, session) ? map : withSession(map, session), inverse: restore(before) };
  },

  'vote.edit': (map, { id, patch }) => {
    const session = sessionOf(map, id);
    const participants = patch.participants ?? session.participants;
    const kept = new Set(participants.map((p) => p.id));
    const ballots = Object.fromEntries(Object.entries(session.ballots).filter(([participantId]) => kept.has(participantId)));
    const dropped = Object.keys(ballots).length !== Object.keys(session.ballots).length;
    const { next, undo } = patchFields(session, patch);
    const edited = dropped ? { ...next, ballots } : next;
    const limit = patch.votesPerParticipant;
    for (const participant of limit === undefined ? [] : edited.participants) {
      const placed = dotsPlaced(edited, participant.id);
      if (placed > edited.votesPerParticipant) {
        invalidArgs(
          `participant "${participant.name}" has already placed ${placed} dots in vote "${session.name}": take some back or reset the vote before lowering the dots per participant to ${limit}`,
          'patch.votesPerParticipant',
        );
      }
    }
    checkSession(edited, 'patch');
    if (edited === session) return { map, inverse: { name: 'vote.edit', args: { id, patch: undo } } };
    return { map: withSession(map, edited), inverse: dropped ? restore(session) : { name: 'vote.edit', args: { id, patch: undo } } };
  },

  'vote.cast': (map, { id, participantId, cardId, count }) => {
    const session = sessionOf(map, id);
    if (session.status === 'closed') {
      throw new CommandError('CONFLICT', `vote "${session.name}" is closed: reopen it to change the dots`, { id, field: 'id' });
    }
    participantName(session, participantId);
    const ballot = ballotOf(session.ballots, participantId);
    const current = own(ballot, cardId) ?? 0;
    if (current === 0 || count > current) checkVotedCard(map, session, cardId, 'cardId');
    if (count === current) return { map, inverse: restore(session) };
    const nextBallot: Record<Id, number> = { ...ballot, [cardId]: count };
    if (count === 0) delete nextBallot[cardId];
    checkBudget(session, participantId, nextBallot, `put ${count} dot(s) on card "${cardId}"`, 'count');
    const ballots: Record<Id, Record<Id, number>> = { ...session.ballots, [participantId]: nextBallot };
    if (Object.keys(nextBallot).length === 0) delete ballots[participantId];
    return { map: withSession(map, { ...session, ballots }), inverse: restore(session) };
  },

  'vote.setBallots': (map, { id, ballots }) => {
    const session = sessionOf(map, id);
    for (const [participantId, ballot] of Object.entries(ballots)) {
      const field = `ballots.${participantId}`;
      participantName(session, participantId);
      const before = ballotOf(session.ballots, participantId);
      for (const [cardId, count] of Object.entries(ballot)) {
        if (count > (own(before, cardId) ?? 0)) checkVotedCard(map, session, cardId, `${field}.${cardId}`);
      }
      const total = Object.values(ballot).reduce((sum, count) => sum + count, 0);
      checkBudget(session, participantId, ballot, `place ${total} dot(s) in all`, field);
    }
    return { map: sameContent(session.ballots, ballots) ? map : withSession(map, { ...session, ballots }), inverse: restore(session) };
  },

  'vote.delete': (map, { ids }) => {
    const gone = [...new Set(ids)].map((id) => sessionOf(map, id));
    const votes = { ...map.votes };
    for (const session of gone) delete votes[session.id];
    return { map: withRecord(map, 'votes', votes), inverse: { name: 'vote.add', args: { sessions: gone } } };
  },
};
