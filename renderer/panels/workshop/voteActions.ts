import type { Command } from '../../../src/commands/schemas';
import type { VoteParticipant, VoteSession } from '../../../src/model/annotations';
import { newId } from '../../../src/model/ids';
import type { VoteTargetKind } from '../../../src/workshop/votes';
import { useDocumentStore } from '../../store/documentStore';

/** Dot-voting edits, each one undoable step. */

const run = (...commands: Command[]): boolean => useDocumentStore.getState().execute(commands);

export interface VoteSettings {
  name: string;
  targetKind: VoteTargetKind;
  votesPerParticipant: number;
  participantNames: string[];
}

/** Starts a new session; returns its id, or null when it could not be added. */
export function startVote(settings: VoteSettings): string | null {
  const session: VoteSession = {
    id: newId(),
    name: settings.name.trim(),
    targetKind: settings.targetKind,
    votesPerParticipant: settings.votesPerParticipant,
    participants: settings.participantNames.map((name) => ({ id: newId(), name: name.trim() })),
    ballots: {},
    status: 'open',
    createdAt: new Date().toISOString(),
  };
  return run({ name: 'vote.add', args: { sessions: [session] } }) ? session.id : null;
}

/**
 * Changes a session's name, dots and participants in one step. Participants
 * keep their id (and dots) when their name stays; removed participants' dots
 * go with them (vote.edit drops them, undo brings them back).
 */
export function editVote(session: VoteSession, settings: Omit<VoteSettings, 'targetKind'>): boolean {
  const byName = new Map(session.participants.map((p) => [p.name.toLocaleLowerCase(), p]));
  const participants: VoteParticipant[] = settings.participantNames.map((name) => byName.get(name.trim().toLocaleLowerCase()) ?? { id: newId(), name: name.trim() });
  return run({
    name: 'vote.edit',
    args: { id: session.id, patch: { name: settings.name.trim(), votesPerParticipant: settings.votesPerParticipant, participants } },
  });
}

export const setVoteOpen = (session: VoteSession, open: boolean): boolean =>
  run({ name: 'vote.edit', args: { id: session.id, patch: { status: open ? 'open' : 'closed' } } });

/** Takes back every dot; undo gives them back. */
export const resetVote = (session: VoteSession): boolean => run({ name: 'vote.setBallots', args: { id: session.id, ballots: {} } });

export const deleteVote = (session: VoteSession): boolean => run({ name: 'vote.delete', args: { ids: [session.id] } });

export const runVoteCommand = (command: Command): boolean => run(command);
