import type { Command } from '../commands/schemas';
import type { OpportunityDetails, PainDetails } from '../model/annotations';
import type { Card, JourneyMap } from '../model/journey';

/**
 * The `card.edit` commands behind every pain-point and opportunity form: a
 * field change is merged into the card's whole details object (the command
 * replaces it whole), `updatedAt` is set to `now`, and `createdAt` the first
 * time details are set. A patch value of null, '' or [] removes that field.
 */

type Patch<T> = { [K in keyof T]?: T[K] | null };
export type PainPatch = Patch<Omit<PainDetails, 'createdAt' | 'updatedAt'>>;
export type OpportunityPatch = Patch<Omit<OpportunityDetails, 'createdAt' | 'updatedAt'>>;

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

const same = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

/** The details with the patch merged in, or null when the patch changes nothing. */
function merged<T extends { createdAt?: string; updatedAt?: string }>(current: T | undefined, patch: Patch<T>, now: string): T | null {
  const next: Record<string, unknown> = { ...current };
  let changed = false;
  for (const [key, value] of Object.entries(patch)) {
    if (isEmpty(value)) {
      if (key in next) {
        delete next[key];
        changed = true;
      }
    } else if (!same(next[key], value)) {
      next[key] = value;
      changed = true;
    }
  }
  if (!changed) return null;
  // The keys come from a Patch<T> and every value is one of T's own, so the object is a T.
  return { ...(next as T), createdAt: current?.createdAt ?? now, updatedAt: now };
}

/** The edit that applies `patch` to a pain point's details; null when nothing changes. */
export function painEditCommand(card: Card, patch: PainPatch, now: string): Command | null {
  const pain = merged<PainDetails>(card.pain, patch, now);
  return pain ? { name: 'card.edit', args: { id: card.id, patch: { pain } } } : null;
}

/** The same pain-point change on several cards (bulk edit), one command per card it changes. */
export const painEditCommands = (cards: readonly Card[], patch: PainPatch, now: string): Command[] =>
  cards.flatMap((card) => painEditCommand(card, patch, now) ?? []);

/** The edit that applies `patch` to an opportunity's details; null when nothing changes. */
export function opportunityEditCommand(card: Card, patch: OpportunityPatch, now: string): Command | null {
  const opportunity = merged<OpportunityDetails>(card.opportunity, patch, now);
  return opportunity ? { name: 'card.edit', args: { id: card.id, patch: { opportunity } } } : null;
}

export interface NewPainPoint {
  cardId: string;
  title: string;
  stageId: string;
  severity?: number;
  /** Id and name of the pain-points lane to create when the map has none. */
  lane: { id: string; name: string };
  now: string;
}

/**
 * Adds a pain point at the end of its cell in the map's first pain-points
 * lane; when the map has none, a pain-points lane is added at the bottom in
 * the same batch so one undo removes both.
 */
export function addPainPointCommands(map: JourneyMap, draft: NewPainPoint): Command[] {
  const existing = map.lanes.find((lane) => lane.type === 'painPoints');
  const laneId = existing?.id ?? draft.lane.id;
  const order = Object.values(map.cards).filter((c) => c.laneId === laneId && c.stageId === draft.stageId).length;
  const pain: PainDetails = { status: 'open', createdAt: draft.now, updatedAt: draft.now };
  if (draft.severity !== undefined) pain.severity = draft.severity;
  const addCard: Command = { name: 'card.add', args: { cards: [{ id: draft.cardId, laneId, stageId: draft.stageId, order, title: draft.title, pain }] } };
  if (existing) return [addCard];
  return [{ name: 'lane.add', args: { lane: { id: draft.lane.id, name: draft.lane.name, type: 'painPoints' }, index: map.lanes.length } }, addCard];
}
