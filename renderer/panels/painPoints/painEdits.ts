import type { Command } from '../../../src/commands/schemas';
import type { Card } from '../../../src/model/journey';
import { opportunityEditCommand, painEditCommand, type OpportunityPatch, type PainPatch } from '../../../src/painPoints/edits';
import { useDocumentStore } from '../../store/documentStore';

/**
 * The open map's pain-point and opportunity edits: each change is one undoable
 * batch through the document store, stamped with the current time.
 */

/** Now as the ISO timestamp commands carry (they never read the clock themselves, so main replays them exactly). */
export const nowIso = (): string => new Date().toISOString();

export function runCommands(commands: Command[]): void {
  if (commands.length > 0) useDocumentStore.getState().execute(commands);
}

const runOne = (command: Command | null): void => {
  if (command) runCommands([command]);
};

export const editPain = (card: Card, patch: PainPatch): void => runOne(painEditCommand(card, patch, nowIso()));

export const editOpportunity = (card: Card, patch: OpportunityPatch): void => runOne(opportunityEditCommand(card, patch, nowIso()));
