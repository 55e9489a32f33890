import { applyCommand } from '../../../src/commands/registry';
import type { Command, CommandArgs } from '../../../src/commands/schemas';
import type { Card, JourneyMap, LaneType } from '../../../src/model/journey';

/**
 * Pure helpers behind the inspector's forms: which command a form change
 * becomes, and what a field may offer. Kept apart from the components so they
 * can be tested without a DOM.
 */

export type CardPatch = CommandArgs<'card.edit'>['patch'];
type PatchKey = keyof CardPatch;

const sameValue = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

/** Normalises "remove": empty strings and empty lists are stored as absent. */
const normalise = (value: unknown): unknown => (value === '' || (Array.isArray(value) && value.length === 0) ? null : value);

/** The `card.edit` that applies `patch` to the card, keeping only fields that change; null when nothing changes. */
export function cardEditCommand(card: Card, patch: CardPatch): Command | null {
  const changed: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(patch) as [PatchKey, unknown][]) {
    const value = key === 'title' ? raw : normalise(raw);
    const current = card[key] ?? null;
    if (!sameValue(current, value)) changed[key] = value;
  }
  if (Object.keys(changed).length === 0) return null;
  // The keys come from a CardPatch and the values are the patch's own (or null, which every optional key accepts).
  return { name: 'card.edit', args: { id: card.id, patch: changed as CardPatch } };
}

/** One `card.edit` per card that the patch changes (several selected cards edited together). */
export function cardsEditCommands(cards: readonly Card[], patch: CardPatch): Command[] {
  return cards.flatMap((card) => cardEditCommand(card, patch) ?? []);
}

/** The value every card shares, or undefined when they differ (the form shows it as mixed). */
export function sharedValue<T>(cards: readonly Card[], read: (card: Card) => T): T | undefined {
  const [first, ...rest] = cards;
  if (!first) return undefined;
  const value = read(first);
  return rest.every((card) => sameValue(read(card), value)) ? value : undefined;
}

/** Ids every card carries, for a multi-select shared by several cards. */
export function commonIds(cards: readonly Card[], read: (card: Card) => readonly string[] | undefined): string[] {
  const [first, ...rest] = cards;
  if (!first) return [];
  return (read(first) ?? []).filter((id) => rest.every((card) => (read(card) ?? []).includes(id)));
}

/**
 * Adds and removes ids on each card's list while keeping ids only some cards
 * have: `before` is what the multi-select showed, `after` what the user left.
 */
export function editIdLists(cards: readonly Card[], key: 'personaIds' | 'segmentIds', before: readonly string[], after: readonly string[]): Command[] {
  const added = after.filter((id) => !before.includes(id));
  const removed = new Set(before.filter((id) => !after.includes(id)));
  return cards.flatMap((card) => {
    const current = card[key] ?? [];
    const next = [...current.filter((id) => !removed.has(id)), ...added.filter((id) => !current.includes(id))];
    return cardEditCommand(card, { [key]: next }) ?? [];
  });
}

/** How many stages a card may span: from its own stage to the last one. */
export function maxSpan(map: JourneyMap, card: Card): number {
  const index = map.stages.findIndex((stage) => stage.id === card.stageId);
  return index < 0 ? 1 : map.stages.length - index;
}

/** True for an absolute http(s) address; an empty field is valid too (it removes the URL). */
export function isWebUrl(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return true;
  try {
    const url = new URL(trimmed);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Lane types whose cards carry a channel. */
export const CHANNEL_LANE_TYPES: readonly LaneType[] = ['touchpoints', 'channels'];

/**
 * Turns a lane into another type, keeping its cards and their connections: the
 * lane is deleted and added back with the new type in one undoable step. The
 * emotions lane holds curve points, not cards, so it is neither source nor target.
 */
export function changeLaneTypeCommands(map: JourneyMap, laneId: string, type: LaneType): Command[] {
  const lane = map.lanes.find((l) => l.id === laneId);
  if (!lane || lane.type === type || lane.type === 'emotions' || type === 'emotions') return [];
  const remove: Command = { name: 'lane.delete', args: { id: laneId } };
  const { inverse } = applyCommand(map, remove);
  if (inverse.name !== 'lane.add') return [];
  return [remove, { name: 'lane.add', args: { ...inverse.args, lane: { ...inverse.args.lane, type } } }];
}
