/**
 * A persistent hash array mapped trie (Bagwell's HAMT, as in Clojure's and
 * Immutable.js's maps) from string keys to values: setting or removing one key
 * copies only the path to it (at most 7 nodes of at most 32 slots), so a
 * version costs O(log32 n) and shares everything else with the one it came
 * from. Every entry carries the sequence number it was first added under, so
 * the keys can be listed in insertion order, like a plain object's.
 *
 * Nodes made during one `TrieEdit` belong to it and are changed in place by
 * later steps of the same edit (Clojure's "transients"); once the edit is over
 * no one holds it, so every node is immutable from then on.
 */

const BITS = 5;
const MASK = 31;

const LEAF = 0;
const BRANCH = 1;
const COLLISION = 2;

export interface TrieLeaf<T> {
  readonly kind: typeof LEAF;
  readonly hash: number;
  readonly key: string;
  readonly value: T;
  readonly seq: number;
}

interface Branch<T> {
  readonly kind: typeof BRANCH;
  owner: TrieEdit | null;
  bitmap: number;
  slots: TrieNode<T>[];
}

/** Leaves whose keys have the same 32-bit hash. */
interface Collision<T> {
  readonly kind: typeof COLLISION;
  owner: TrieEdit | null;
  readonly hash: number;
  leaves: TrieLeaf<T>[];
}

export type TrieNode<T> = TrieLeaf<T> | Branch<T> | Collision<T>;

/** One batch of changes: the nodes it made, and what it did to the number of keys. */
export interface TrieEdit {
  /** Sequence number for the next key added. */
  nextSeq: number;
  /** Keys added minus keys removed. */
  sizeChange: number;
}

/** FNV-1a over the UTF-16 code units of `key`. */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function bitCount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 63;
}

const leaf = <T>(hash: number, key: string, value: T, seq: number): TrieLeaf<T> => ({ kind: LEAF, hash, key, value, seq });

const branch = <T>(owner: TrieEdit, bitmap: number, slots: TrieNode<T>[]): Branch<T> => ({ kind: BRANCH, owner, bitmap, slots });

/** The leaf of `key` (whose hash is `hash`) under `node`, if any. */
export function findLeaf<T>(node: TrieNode<T> | undefined, hash: number, key: string): TrieLeaf<T> | undefined {
  let shift = 0;
  while (node !== undefined) {
    if (node.kind === LEAF) return node.key === key ? node : undefined;
    if (node.kind === COLLISION) return node.leaves.find((l) => l.key === key);
    const bit = 1 << ((hash >>> shift) & MASK);
    if ((node.bitmap & bit) === 0) return undefined;
    node = node.slots[bitCount(node.bitmap & (bit - 1))];
    shift += BITS;
  }
  return undefined;
}

/** A node holding both `a` and `b`, whose hashes agree below `shift`. */
function merge<T>(a: TrieLeaf<T> | Collision<T>, b: TrieLeaf<T>, shift: number, edit: TrieEdit): TrieNode<T> {
  if (a.hash === b.hash) return { kind: COLLISION, owner: edit, hash: a.hash, leaves: [...(a.kind === LEAF ? [a] : a.leaves), b] };
  const ia = (a.hash >>> shift) & MASK;
  const ib = (b.hash >>> shift) & MASK;
  if (ia === ib) return branch(edit, 1 << ia, [merge(a, b, shift + BITS, edit)]);
  return branch(edit, (1 << ia) | (1 << ib), ia < ib ? [a, b] : [b, a]);
}

/** `node` itself when this edit made it, else a copy this edit may change. */
function editable<T, N extends Branch<T> | Collision<T>>(node: N, edit: TrieEdit): N {
  if (node.owner === edit) return node;
  return node.kind === BRANCH ? ({ ...node, owner: edit, slots: [...node.slots] } as N) : ({ ...node, owner: edit, leaves: [...(node as Collision<T>).leaves] } as N);
}

/** `node` with `key` set to `value`; a key already present keeps its sequence number. */
export function setKey<T>(node: TrieNode<T> | undefined, shift: number, hash: number, key: string, value: T, edit: TrieEdit): TrieNode<T> {
  if (node === undefined) {
    edit.sizeChange += 1;
    return leaf(hash, key, value, edit.nextSeq++);
  }
  if (node.kind === LEAF) {
    if (node.key === key) return node.value === value ? node : leaf(hash, key, value, node.seq);
    edit.sizeChange += 1;
    return merge(node, leaf(hash, key, value, edit.nextSeq++), shift, edit);
  }
  if (node.kind === COLLISION) {
    if (node.hash !== hash) {
      edit.sizeChange += 1;
      return merge(node, leaf(hash, key, value, edit.nextSeq++), shift, edit);
    }
    const at = node.leaves.findIndex((l) => l.key === key);
    if (at >= 0 && node.leaves[at]!.value === value) return node;
    const next = editable(node, edit);
    if (at >= 0) next.leaves[at] = leaf(hash, key, value, node.leaves[at]!.seq);
    else {
      edit.sizeChange += 1;
      next.leaves.push(leaf(hash, key, value, edit.nextSeq++));
    }
    return next;
  }
  const bit = 1 << ((hash >>> shift) & MASK);
  const at = bitCount(node.bitmap & (bit - 1));
  if ((node.bitmap & bit) === 0) {
    const next = editable(node, edit);
    next.slots.splice(at, 0, setKey(undefined, shift + BITS, hash, key, value, edit));
    next.bitmap |= bit;
    return next;
  }
  const child = node.slots[at]!;
  const changed = setKey(child, shift + BITS, hash, key, value, edit);
  if (changed === child) return node;
  const next = editable(node, edit);
  next.slots[at] = changed;
  return next;
}

/** `node` without `key`; undefined when nothing is left. */
export function removeKey<T>(node: TrieNode<T> | undefined, shift: number, hash: number, key: string, edit: TrieEdit): TrieNode<T> | undefined {
  if (node === undefined) return undefined;
  if (node.kind === LEAF) {
    if (node.key !== key) return node;
    edit.sizeChange -= 1;
    return undefined;
  }
  if (node.kind === COLLISION) {
    const at = node.hash === hash ? node.leaves.findIndex((l) => l.key === key) : -1;
    if (at < 0) return node;
    edit.sizeChange -= 1;
    if (node.leaves.length === 2) return node.leaves[1 - at];
    const next = editable(node, edit);
    next.leaves.splice(at, 1);
    return next;
  }
  const bit = 1 << ((hash >>> shift) & MASK);
  if ((node.bitmap & bit) === 0) return node;
  const at = bitCount(node.bitmap & (bit - 1));
  const child = node.slots[at]!;
  const changed = removeKey(child, shift + BITS, hash, key, edit);
  if (changed === child) return node;
  if (changed === undefined && node.slots.length === 1) return undefined;
  // A branch left with one leaf (or collision) is replaced by it, so lookups stay short.
  if (changed !== undefined && changed.kind !== BRANCH && node.slots.length === 1) return changed;
  const next = editable(node, edit);
  if (changed === undefined) {
    next.slots.splice(at, 1);
    next.bitmap &= ~bit;
    const only = next.slots.length === 1 ? next.slots[0]! : undefined;
    if (only !== undefined && only.kind !== BRANCH) return only;
  } else next.slots[at] = changed;
  return next;
}

/** Every leaf under `node`, in trie order. */
export function collectLeaves<T>(node: TrieNode<T> | undefined, into: TrieLeaf<T>[]): TrieLeaf<T>[] {
  if (node === undefined) return into;
  if (node.kind === LEAF) into.push(node);
  else if (node.kind === COLLISION) into.push(...node.leaves);
  else for (const slot of node.slots) collectLeaves(slot, into);
  return into;
}
