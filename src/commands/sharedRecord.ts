import type { Id } from '../model/journey';
import { collectLeaves, findLeaf, hashKey, removeKey, setKey, type TrieEdit, type TrieNode } from './hashTrie';

/**
 * A keyed record (cards, connections) that shares structure between versions:
 * it reads like a plain, read-only object (indexing, `in`, Object.hasOwn,
 * Object.keys/values/entries, spread, JSON.stringify), but lives in a
 * persistent hash trie, so the next version after changing k entries costs
 * O(k log32 n) instead of a copy of all n. Main keeps the maps it edits in
 * this form; the renderer keeps plain objects, which every function here
 * accepts as well (and then copies, as before).
 *
 * Structured clone (Electron IPC, postMessage) refuses proxies: hand a plain
 * copy (`plainRecord`) across such a boundary.
 */

interface RecordState<T> {
  root: TrieNode<T> | undefined;
  size: number;
  nextSeq: number;
  /** The keys in insertion order, once someone listed them. */
  keys: string[] | undefined;
  /** An earlier version with the same keys, whose list this one can borrow. */
  sameKeysAs: RecordState<T> | undefined;
}

const STATE = Symbol('sharedRecordState');

function keysOf<T>(state: RecordState<T>): string[] {
  if (state.keys) return state.keys;
  if (state.sameKeysAs) {
    state.keys = keysOf(state.sameKeysAs);
    state.sameKeysAs = undefined;
    return state.keys;
  }
  state.keys = collectLeaves(state.root, [])
    .sort((a, b) => a.seq - b.seq)
    .map((l) => l.key);
  return state.keys;
}

const leafOf = <T>(state: RecordState<T>, key: string | symbol) =>
  typeof key === 'string' ? findLeaf(state.root, hashKey(key), key) : undefined;

const refuse = () => false;

// One handler for every version; the proxy's target is the version's state,
// whose own fields are configurable, so no proxy invariant requires reporting them.
const handler: ProxyHandler<RecordState<unknown>> = {
  get(state, key, receiver) {
    if (key === STATE) return state;
    const found = leafOf(state, key);
    return found ? found.value : Reflect.get(Object.prototype, key, receiver);
  },
  has: (state, key) => leafOf(state, key) !== undefined || key in Object.prototype,
  ownKeys: (state) => keysOf(state),
  getOwnPropertyDescriptor(state, key) {
    const found = leafOf(state, key);
    return found && { value: found.value, writable: false, enumerable: true, configurable: true };
  },
  set: refuse,
  defineProperty: refuse,
  deleteProperty: refuse,
  setPrototypeOf: refuse,
  preventExtensions: refuse,
};

const stateOf = <T>(record: Readonly<Record<Id, T>>): RecordState<T> | undefined =>
  (record as { [STATE]?: RecordState<T> })[STATE];

function recordOf<T>(state: RecordState<T>): Record<Id, T> {
  return new Proxy(state as RecordState<unknown>, handler) as unknown as Record<Id, T>;
}

/** The own entry of `id` (never something inherited); a shared record's is read from its trie, sparing the proxy's descriptor. */
export function ownEntry<T>(record: Readonly<Record<Id, T>>, id: Id): T | undefined {
  const state = stateOf(record);
  if (state) return findLeaf(state.root, hashKey(id), id)?.value;
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

/** True when `record` is a shared record (made by `sharedRecord` or by editing one). */
export const isSharedRecord = (record: object): boolean => stateOf(record as Record<Id, unknown>) !== undefined;

/** Changes `state`'s trie by `changes` (undefined removes); a new state, or `state` when nothing changed. */
function applyChanges<T>(state: RecordState<T>, changes: Iterable<readonly [Id, T | undefined]>): RecordState<T> {
  const edit: TrieEdit = { nextSeq: state.nextSeq, sizeChange: 0 };
  let root = state.root;
  let keysChanged = false;
  for (const [key, value] of changes) {
    const before = edit.sizeChange;
    root = value === undefined ? removeKey(root, 0, hashKey(key), key, edit) : setKey(root, 0, hashKey(key), key, value, edit);
    // A key added and another removed leave the size as it was but not the keys.
    if (edit.sizeChange !== before) keysChanged = true;
  }
  if (root === state.root) return state;
  return {
    root,
    size: state.size + edit.sizeChange,
    nextSeq: edit.nextSeq,
    keys: keysChanged ? undefined : state.keys,
    sameKeysAs: keysChanged || state.keys ? undefined : (state.sameKeysAs ?? state),
  };
}

const EMPTY: RecordState<never> = { root: undefined, size: 0, nextSeq: 0, keys: [], sameKeysAs: undefined };

/** A shared record holding the entries of `record`, in its key order; `record` itself when it is one already. */
export function sharedRecord<T>(record: Readonly<Record<Id, T>>): Record<Id, T> {
  if (stateOf(record)) return record as Record<Id, T>;
  const keys = Object.keys(record);
  const state = applyChanges<T>(EMPTY, keys.map((key) => [key, record[key]] as const));
  return recordOf(state === EMPTY ? { ...EMPTY, keys: [] } : state);
}

/** A plain object with the entries of `record`, in its key order (a shallow copy when it is plain already). */
export function plainRecord<T>(record: Readonly<Record<Id, T>>): Record<Id, T> {
  const copy: Record<Id, T> = {};
  const state = stateOf(record);
  if (state) {
    // Straight from the trie: listing a proxy's keys asks it for every key's descriptor.
    const leaves = collectLeaves(state.root, []).sort((a, b) => a.seq - b.seq);
    for (let i = 0; i < leaves.length; i++) copy[leaves[i]!.key] = leaves[i]!.value;
    return copy;
  }
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) copy[keys[i]!] = record[keys[i]!] as T;
  return copy;
}

/**
 * `record` with each change applied in order (a value sets its key, undefined
 * removes it); `record` itself when nothing changes. A shared record gives a
 * new version sharing every untouched entry's path; a plain record gives a
 * plain copy (key order as after the same assignments and deletes).
 */
export function updateRecord<T>(record: Readonly<Record<Id, T>>, changes: Iterable<readonly [Id, T | undefined]>): Readonly<Record<Id, T>> {
  const state = stateOf(record);
  if (state) {
    const next = applyChanges(state, changes);
    return next === state ? record : recordOf(next);
  }
  let copy: Record<Id, T> | undefined;
  for (const [key, value] of changes) {
    const has = Object.hasOwn(copy ?? record, key);
    if (value === undefined ? !has : has && (copy ?? record)[key] === value) continue;
    copy ??= plainRecord(record);
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  }
  return copy ?? record;
}

/** The record's values in no particular order; a shared record's straight from its trie, without listing its keys. */
export function valuesInAnyOrder<T>(record: Readonly<Record<Id, T>>): T[] {
  const state = stateOf(record);
  return state ? collectLeaves(state.root, []).map((l) => l.value) : Object.values(record);
}

/**
 * Entries of `record` (by their ids) in the record's key order: by sequence
 * number for a shared record, by one pass over the keys of a plain one.
 */
export function inKeyOrder<T extends { id: Id }>(record: Readonly<Record<Id, T>>, entries: readonly T[]): T[] {
  if (entries.length < 2) return [...entries];
  const state = stateOf(record);
  if (state) {
    const seq = (entry: T) => findLeaf(state.root, hashKey(entry.id), entry.id)?.seq ?? Infinity;
    return entries
      .map((entry) => [seq(entry), entry] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, entry]) => entry);
  }
  const wanted = new Map(entries.map((entry) => [entry.id, entry]));
  return Object.keys(record).flatMap((id) => wanted.get(id) ?? []);
}

/** The value `indexes` holds for `record`, built (and kept) on first use: for indexes over records, which are never modified. */
export function indexOfRecord<R extends object, I>(indexes: WeakMap<R, I>, record: R, build: (record: R) => I): I {
  let index = indexes.get(record);
  if (index === undefined) {
    index = build(record);
    indexes.set(record, index);
  }
  return index;
}

/** The number of entries, without listing the keys of a shared record. */
export function recordSize(record: Readonly<Record<Id, unknown>>): number {
  return stateOf(record)?.size ?? Object.keys(record).length;
}
