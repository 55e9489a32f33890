import type { Id, JourneyMap } from '../model/journey';
import { notFound } from './errors';
import { ownEntry } from './sharedRecord';

/** Index of the item with this id, or a NOT_FOUND refusal naming it. */
export function indexOfId(list: readonly { id: Id }[], id: Id, noun: string): number {
  const index = list.findIndex((item) => item.id === id);
  return index >= 0 ? index : notFound(noun, id);
}

/** A copy of `list` with `item` inserted at `index`, clamped to the list's bounds. */
export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const at = Math.min(index, list.length);
  return [...list.slice(0, at), item, ...list.slice(at)];
}

/** A copy of `list` with the item at `from` moved to `to` (clamped); the same list when nothing moves. */
export function moveTo<T>(list: readonly T[], from: number, to: number): readonly T[] {
  const target = Math.min(to, list.length - 1);
  if (target === from) return list;
  const rest = [...list.slice(0, from), ...list.slice(from + 1)];
  return [...rest.slice(0, target), list[from] as T, ...rest.slice(target)];
}

/** A copy of `list` with the item at `index` replaced; the same list when the item is the same object. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): readonly T[] {
  if (list[index] === item) return list;
  const copy = [...list];
  copy[index] = item;
  return copy;
}

/**
 * `obj` with an optional field set, or removed when `value` is null. Returns
 * `obj` itself when nothing changes, so unchanged entities keep their identity.
 */
export function setOptional<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | null): T {
  if (value === null) {
    if (!(key in obj)) return obj;
    const copy = { ...obj };
    delete copy[key];
    return copy;
  }
  return obj[key] === value ? obj : { ...obj, [key]: value };
}

/** True when both objects have the same keys holding identical values. */
export function sameFields(a: object, b: object): boolean {
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && Reflect.get(a, key) === Reflect.get(b, key));
}

/** The record's own entry for `id`; never something inherited such as `constructor`. A shared record is read without going through its proxy. */
export function own<T>(record: Readonly<Record<Id, T>>, id: Id): T | undefined {
  return ownEntry(record, id);
}

/** True when two JSON-like values hold the same content (arrays item by item, objects key by key). */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameContent(item, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && sameContent(Reflect.get(a, key), Reflect.get(b, key)))
  );
}

/**
 * `obj` with every field of `patch` set (null removes an optional field), plus
 * the patch that undoes it (null for fields that were absent). Returns `obj`
 * itself when nothing changes; arrays and objects with the same content count as
 * unchanged (the old value is kept, so unchanged entities keep their identity).
 */
export function patchFields<T extends object, P extends object>(obj: T, patch: P): { next: T; undo: P } {
  let next = obj;
  const undo: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    undo[key] = (Object.hasOwn(obj, key) ? Reflect.get(obj, key) : undefined) ?? null;
    if (value === null) {
      if (!Object.hasOwn(next, key)) continue;
      const copy = { ...next };
      Reflect.deleteProperty(copy, key);
      next = copy;
    } else if (!sameContent(Reflect.get(next, key), value)) {
      next = { ...next, [key]: value };
    }
  }
  // The undo holds, for each key of the patch, the value the object had: the same shape as the patch.
  return { next, undo: undo as P };
}

/**
 * The map with this record of comments, votes or views; the field is left out
 * when the record is empty (as in maps that never had any).
 */
export function withRecord<K extends 'comments' | 'votes' | 'views' | 'gapAcceptances'>(map: JourneyMap, key: K, record: NonNullable<JourneyMap[K]>): JourneyMap {
  if (Object.keys(record).length > 0) return { ...map, [key]: record };
  if (!Object.hasOwn(map, key)) return map;
  const copy = { ...map };
  Reflect.deleteProperty(copy, key);
  return copy;
}
