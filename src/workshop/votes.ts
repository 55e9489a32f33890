import type { Command } from '../commands/schemas';
import type { VoteSession } from '../model/annotations';
import type { Card, JourneyMap } from '../model/journey';
import { MAX_VOTES_PER_PARTICIPANT } from '../schema/annotations';

/**
 * Dot voting: what can be voted on, how many dots each participant has left,
 * the tally and its ranking. Ballots live in the session
 * (`ballots[participantId][cardId]` = dots); every change is a command.
 */

export type VoteTargetKind = VoteSession['targetKind'];

/** The lane type whose cards a session votes on. */
export const VOTE_LANE_TYPE = { painPoint: 'painPoints', opportunity: 'opportunities' } as const satisfies Record<VoteTargetKind, string>;

/** The cards a session votes on: every card of the map's pain-point (or opportunity) lanes, by stage, then lane, then order. */
export function voteItems(map: JourneyMap, targetKind: VoteTargetKind): Card[] {
  const laneIndex = new Map(map.lanes.filter((l) => l.type === VOTE_LANE_TYPE[targetKind]).map((l, i) => [l.id, i]));
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  return Object.values(map.cards)
    .filter((card) => laneIndex.has(card.laneId) && stageIndex.has(card.stageId))
    .sort(
      (a, b) =>
        stageIndex.get(a.stageId)! - stageIndex.get(b.stageId)! || laneIndex.get(a.laneId)! - laneIndex.get(b.laneId)! || a.order - b.order,
    );
}

/** Dots a participant has placed (on any card, including cards deleted since). */
export function dotsUsed(session: VoteSession, participantId: string): number {
  return Object.values(session.ballots[participantId] ?? {}).reduce((sum, n) => sum + n, 0);
}

/** Dots a participant may still place. */
export function dotsLeft(session: VoteSession, participantId: string): number {
  return Math.max(0, session.votesPerParticipant - dotsUsed(session, participantId));
}

/** Dots a participant placed on one card. */
export const dotsOn = (session: VoteSession, participantId: string, cardId: string): number => session.ballots[participantId]?.[cardId] ?? 0;

export interface TallyRow {
  cardId: string;
  dots: number;
  /** Participants who put at least one dot on the card. */
  voters: number;
  /** 1 for the most dots; cards with equal dots share a rank and the next rank skips ("1, 1, 3"). */
  rank: number;
}

/**
 * The tally of a session over `cardIds` (the current vote items), most dots
 * first, ties kept in the items' order. Dots on cards that are not items
 * (deleted since) are left out. Standard competition ranking.
 */
export function tally(session: VoteSession, cardIds: readonly string[]): TallyRow[] {
  const rows = cardIds.map((cardId, index) => {
    let dots = 0;
    let voters = 0;
    for (const ballot of Object.values(session.ballots)) {
      const n = ballot[cardId] ?? 0;
      dots += n;
      if (n > 0) voters += 1;
    }
    return { cardId, dots, voters, index };
  });
  rows.sort((a, b) => b.dots - a.dots || a.index - b.index);
  let rank = 0;
  return rows.map((row, i) => {
    if (i === 0 || row.dots !== rows[i - 1]!.dots) rank = i + 1;
    return { cardId: row.cardId, dots: row.dots, voters: row.voters, rank };
  });
}

/** Dots placed by everyone in the session. */
export const totalDots = (session: VoteSession): number =>
  Object.keys(session.ballots).reduce((sum, participantId) => sum + dotsUsed(session, participantId), 0);

/** Why a dot cannot be added or taken back; null when it can. */
export type CastRefusal = 'closed' | 'unknownParticipant' | 'noDotsLeft' | 'noDotsOnCard';

/** Checks adding (`delta` +1) or taking back (-1) a dot before it is tried. */
export function castRefusal(session: VoteSession, participantId: string, cardId: string, delta: 1 | -1): CastRefusal | null {
  if (session.status !== 'open') return 'closed';
  if (!session.participants.some((p) => p.id === participantId)) return 'unknownParticipant';
  if (delta > 0 && dotsLeft(session, participantId) === 0) return 'noDotsLeft';
  if (delta < 0 && dotsOn(session, participantId, cardId) === 0) return 'noDotsOnCard';
  return null;
}

/** The command adding or taking back one dot, or why it cannot be done. */
export function castCommand(session: VoteSession, participantId: string, cardId: string, delta: 1 | -1): Command | CastRefusal {
  const refusal = castRefusal(session, participantId, cardId, delta);
  if (refusal) return refusal;
  return { name: 'vote.cast', args: { id: session.id, participantId, cardId, count: dotsOn(session, participantId, cardId) + delta } };
}

export interface VoteDraft {
  name: string;
  votesPerParticipant: number;
  participantNames: readonly string[];
}

/** A problem with a new vote's settings, naming the field. */
export type VoteDraftProblem =
  | { field: 'name'; problem: 'required' | 'tooLong' }
  | { field: 'votesPerParticipant'; problem: 'range' }
  | { field: 'participants'; problem: 'required' | 'duplicate' | 'tooLong' | 'tooMany'; name?: string };

/** Checks a new vote's settings before it is created; empty when they are fine. */
export function validateVoteDraft(draft: VoteDraft): VoteDraftProblem[] {
  const problems: VoteDraftProblem[] = [];
  const name = draft.name.trim();
  if (name === '') problems.push({ field: 'name', problem: 'required' });
  else if (name.length > 200) problems.push({ field: 'name', problem: 'tooLong' });
  const votes = draft.votesPerParticipant;
  if (!Number.isInteger(votes) || votes < 1 || votes > MAX_VOTES_PER_PARTICIPANT) problems.push({ field: 'votesPerParticipant', problem: 'range' });
  const names = draft.participantNames.map((n) => n.trim()).filter((n) => n !== '');
  if (names.length === 0) problems.push({ field: 'participants', problem: 'required' });
  if (names.length > 200) problems.push({ field: 'participants', problem: 'tooMany' });
  const long = names.find((n) => n.length > 100);
  if (long !== undefined) problems.push({ field: 'participants', problem: 'tooLong', name: long });
  const seen = new Set<string>();
  for (const n of names) {
    const key = n.toLocaleLowerCase();
    if (seen.has(key)) {
      problems.push({ field: 'participants', problem: 'duplicate', name: n });
      break;
    }
    seen.add(key);
  }
  return problems;
}

/** Participant names from free text: one per line or separated by commas (also "，" and "、"), trimmed, blanks dropped. */
export const parseParticipantNames = (text: string): string[] =>
  text
    .split(/[\n,，、;；]/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
