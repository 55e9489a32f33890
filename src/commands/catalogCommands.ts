import type { ProjectCatalog } from '../model/catalog';
import type { Id } from '../model/journey';
import { conflict, notFound } from './errors';
import { indexOfId, insertAt, moveTo, patchFields, replaceAt } from './fields';
import type { CatalogCommand, CatalogCommandArgs, CatalogCommandName } from './catalogSchemas';

/** A new catalog and the command that turns it back into the old one. */
export interface CatalogCommandResult {
  catalog: ProjectCatalog;
  inverse: CatalogCommand;
}

type CatalogHandlers = { [N in CatalogCommandName]: (catalog: ProjectCatalog, args: CatalogCommandArgs<N>) => CatalogCommandResult };
type ListKey = 'channels' | 'personas' | 'segments';
type Item = { id: Id };

/** The catalog with this list; the same catalog when the list is the same. */
function withList(catalog: ProjectCatalog, key: ListKey, list: readonly Item[]): ProjectCatalog {
  return list === catalog[key] ? catalog : { ...catalog, [key]: [...list] };
}

function addItem<T extends Item>(list: readonly T[], noun: string, item: T, index: number | undefined): T[] {
  if (list.some((existing) => existing.id === item.id)) conflict(noun, item.id);
  return insertAt(list, index ?? list.length, item);
}

function editItem<T extends Item, P extends object>(list: readonly T[], noun: string, id: Id, patch: P): { list: readonly T[]; undo: P } {
  const index = indexOfId(list, id, noun);
  const { next, undo } = patchFields(list[index] as T, patch);
  return { list: replaceAt(list, index, next), undo };
}

function moveItem<T extends Item>(list: readonly T[], noun: string, id: Id, toIndex: number): { list: readonly T[]; from: number } {
  const from = indexOfId(list, id, noun);
  return { list: moveTo(list, from, toIndex), from };
}

function removeItem<T extends Item>(list: readonly T[], noun: string, id: Id): { list: T[]; item: T; index: number } {
  const index = list.findIndex((item) => item.id === id);
  const item = list[index] ?? notFound(noun, id);
  return { list: list.filter((other) => other.id !== id), item, index };
}

/**
 * Every catalog command. Channels, personas and segments are edited alike:
 * ordered lists of entities with ids. Maps may still refer to a deleted
 * entity (cards keep its id), so undoing the delete brings every reference back.
 */
export const catalogHandlers: CatalogHandlers = {
  'channel.add': (catalog, { channel, index }) => ({
    catalog: withList(catalog, 'channels', addItem(catalog.channels, 'channel', channel, index)),
    inverse: { name: 'channel.delete', args: { id: channel.id } },
  }),
  'channel.edit': (catalog, { id, patch }) => {
    const { list, undo } = editItem(catalog.channels, 'channel', id, patch);
    return { catalog: withList(catalog, 'channels', list), inverse: { name: 'channel.edit', args: { id, patch: undo } } };
  },
  'channel.move': (catalog, { id, toIndex }) => {
    const { list, from } = moveItem(catalog.channels, 'channel', id, toIndex);
    return { catalog: withList(catalog, 'channels', list), inverse: { name: 'channel.move', args: { id, toIndex: from } } };
  },
  'channel.delete': (catalog, { id }) => {
    const { list, item, index } = removeItem(catalog.channels, 'channel', id);
    return { catalog: withList(catalog, 'channels', list), inverse: { name: 'channel.add', args: { channel: item, index } } };
  },

  'persona.add': (catalog, { persona, index }) => ({
    catalog: withList(catalog, 'personas', addItem(catalog.personas, 'persona', persona, index)),
    inverse: { name: 'persona.delete', args: { id: persona.id } },
  }),
  'persona.edit': (catalog, { id, patch }) => {
    const { list, undo } = editItem(catalog.personas, 'persona', id, patch);
    return { catalog: withList(catalog, 'personas', list), inverse: { name: 'persona.edit', args: { id, patch: undo } } };
  },
  'persona.move': (catalog, { id, toIndex }) => {
    const { list, from } = moveItem(catalog.personas, 'persona', id, toIndex);
    return { catalog: withList(catalog, 'personas', list), inverse: { name: 'persona.move', args: { id, toIndex: from } } };
  },
  'persona.delete': (catalog, { id }) => {
    const { list, item, index } = removeItem(catalog.personas, 'persona', id);
    return { catalog: withList(catalog, 'personas', list), inverse: { name: 'persona.add', args: { persona: item, index } } };
  },

  'segment.add': (catalog, { segment, index }) => ({
    catalog: withList(catalog, 'segments', addItem(catalog.segments, 'segment', segment, index)),
    inverse: { name: 'segment.delete', args: { id: segment.id } },
  }),
  'segment.edit': (catalog, { id, patch }) => {
    const { list, undo } = editItem(catalog.segments, 'segment', id, patch);
    return { catalog: withList(catalog, 'segments', list), inverse: { name: 'segment.edit', args: { id, patch: undo } } };
  },
  'segment.move': (catalog, { id, toIndex }) => {
    const { list, from } = moveItem(catalog.segments, 'segment', id, toIndex);
    return { catalog: withList(catalog, 'segments', list), inverse: { name: 'segment.move', args: { id, toIndex: from } } };
  },
  'segment.delete': (catalog, { id }) => {
    const { list, item, index } = removeItem(catalog.segments, 'segment', id);
    return { catalog: withList(catalog, 'segments', list), inverse: { name: 'segment.add', args: { segment: item, index } } };
  },
};
