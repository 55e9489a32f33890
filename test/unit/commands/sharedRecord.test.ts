import { describe, expect, it } from 'vitest';
import { collectLeaves, findLeaf, removeKey, setKey, type TrieEdit, type TrieNode } from '../../../src/commands/hashTrie';
import { isSharedRecord, ownEntry, plainRecord, recordSize, sharedRecord, updateRecord, valuesInAnyOrder } from '../../../src/commands/sharedRecord';
import { seededRandom } from './randomCommands';

interface Entry {
  id: string;
  n: number;
}

const entry = (id: string, n = 0): Entry => ({ id, n });
const plainOf = (ids: string[]): Record<string, Entry> => Object.fromEntries(ids.map((id) => [id, entry(id)]));
const ids = (count: number, prefix = 'k') => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

describe('hash trie', () => {
  // Hashes chosen by hand: equal low bits send keys down the same branches, equal hashes make a collision node.
  const edit = (): TrieEdit => ({ nextSeq: 0, sizeChange: 0 });
  const put = (root: TrieNode<number> | undefined, hash: number, key: string, value: number) => setKey(root, 0, hash, key, value, edit());

  it('keeps keys whose hashes share every bit, or all but the top ones, apart', () => {
    let root = put(undefined, 0x12345678, 'a', 1);
    root = put(root, 0x12345678, 'b', 2);
    root = put(root, 0x52345678, 'c', 3);
    root = put(root, 0x02345678, 'd', 4);
    const before = root;
    root = put(root, 0x12345678, 'a', 10);
    expect(findLeaf(root, 0x12345678, 'a')?.value).toBe(10);
    expect(findLeaf(before, 0x12345678, 'a')?.value).toBe(1);
    for (const [hash, key, value] of [[0x12345678, 'b', 2], [0x52345678, 'c', 3], [0x02345678, 'd', 4]] as const) {
      expect(findLeaf(root, hash, key)?.value).toBe(value);
    }
    expect(findLeaf(root, 0x12345678, 'e')).toBeUndefined();

    const removal = edit();
    let left = removeKey(root, 0, 0x12345678, 'a', removal);
    left = removeKey(left, 0, 0x12345678, 'b', removal);
    left = removeKey(left, 0, 0x02345678, 'd', removal);
    expect(removal.sizeChange).toBe(-3);
    // One key left: the branches above it collapse into its leaf.
    expect(left).toEqual(expect.objectContaining({ kind: 0, key: 'c' }));
    expect(removeKey(left, 0, 0x52345678, 'c', removal)).toBeUndefined();
    expect(collectLeaves(root, []).map((l) => l.key).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the first sequence number of a key whose value changes', () => {
    const e = edit();
    let root = setKey<number>(undefined, 0, 1, 'x', 1, e);
    root = setKey(root, 0, 2, 'y', 2, e);
    root = setKey(root, 0, 1, 'x', 3, e);
    expect(findLeaf(root, 1, 'x')?.seq).toBe(0);
    expect(findLeaf(root, 2, 'y')?.seq).toBe(1);
    expect(e.sizeChange).toBe(2);
  });
});

describe('shared record', () => {
  it('reads like the plain object it was made from', () => {
    const plain = plainOf(['b', 'a', 'c']);
    const shared = sharedRecord(plain);
    expect(isSharedRecord(shared)).toBe(true);
    expect(isSharedRecord(plain)).toBe(false);
    expect(Object.keys(shared)).toEqual(['b', 'a', 'c']);
    expect(Object.values(shared)).toEqual(Object.values(plain));
    expect(Object.entries(shared)).toEqual(Object.entries(plain));
    expect({ ...shared }).toEqual(plain);
    expect(JSON.stringify(shared)).toBe(JSON.stringify(plain));
    expect(shared).toStrictEqual(plain);
    expect(shared.a).toBe(plain.a);
    expect('a' in shared && Object.hasOwn(shared, 'a') && !Object.hasOwn(shared, 'z')).toBe(true);
    // Inherited members are found the way a plain object finds them, and are not entries.
    expect('toString' in shared && !Object.hasOwn(shared, 'toString')).toBe(true);
    expect(ownEntry(shared, 'constructor')).toBeUndefined();
    expect(Object.getPrototypeOf(shared)).toBe(Object.prototype);
    expect(recordSize(shared)).toBe(3);
    expect(valuesInAnyOrder(shared).sort((x, y) => x.id.localeCompare(y.id))).toEqual([plain.a, plain.b, plain.c]);
    expect(plainRecord(shared)).toEqual(plain);
    expect(isSharedRecord(plainRecord(shared))).toBe(false);
    expect(structuredClone(plainRecord(shared))).toEqual(plain);
    expect(sharedRecord(shared)).toBe(shared);
  });

  it('refuses writes', () => {
    const shared = sharedRecord(plainOf(['a'])) as Record<string, Entry>;
    expect(() => {
      shared.b = entry('b');
    }).toThrow(TypeError);
    expect(() => delete shared.a).toThrow(TypeError);
    expect(() => Object.defineProperty(shared, 'c', { value: entry('c') })).toThrow(TypeError);
    expect(Object.keys(shared)).toEqual(['a']);
  });

  it('gives a new version that shares every untouched entry and leaves the old one as it was', () => {
    const base = sharedRecord(plainOf(ids(3000)));
    const changed = entry('k7', 1);
    const next = updateRecord(base, [
      ['k7', changed],
      ['k8', undefined],
      ['new', entry('new')],
    ]);
    expect(next).not.toBe(base);
    expect(isSharedRecord(next)).toBe(true);
    expect(next.k7).toBe(changed);
    expect(Object.hasOwn(next, 'k8')).toBe(false);
    expect(next.new).toEqual(entry('new'));
    for (const id of ids(3000)) if (id !== 'k7' && id !== 'k8') expect(next[id]).toBe(base[id]);
    expect(base.k7).toEqual(entry('k7'));
    expect(Object.hasOwn(base, 'k8') && !Object.hasOwn(base, 'new')).toBe(true);
    expect(recordSize(base)).toBe(3000);
    expect(recordSize(next)).toBe(3000);
    // Key order: a changed key keeps its place, a removed one leaves, a new one comes last.
    expect(Object.keys(next)).toEqual([...ids(3000).filter((id) => id !== 'k8'), 'new']);
    expect(updateRecord(next, [['k7', changed]])).toBe(next);
    expect(updateRecord(next, [['absent', undefined]])).toBe(next);
  });

  it('puts back exactly what an inverse change puts back', () => {
    const base = sharedRecord(plainOf(ids(500)));
    const next = updateRecord(base, [
      ['k1', entry('k1', 5)],
      ['k2', undefined],
    ]);
    const back = updateRecord(next, [
      ['k1', base.k1],
      ['k2', base.k2],
    ]);
    expect(back).toStrictEqual(base);
    expect(back.k1).toBe(base.k1);
    expect(back.k2).toBe(base.k2);
  });

  it('copies a plain record as before, keeping it when nothing changes', () => {
    const plain = plainOf(['a', 'b']);
    const next = updateRecord(plain, [['b', undefined], ['c', entry('c')]]);
    expect(isSharedRecord(next)).toBe(false);
    expect(next).toEqual({ a: plain.a, c: entry('c') });
    expect(next.a).toBe(plain.a);
    expect(plain).toEqual(plainOf(['a', 'b']));
    expect(updateRecord(plain, [['a', plain.a], ['z', undefined]])).toBe(plain);
  });

  it('agrees with a Map on random sets and removes, version by version', () => {
    const rng = seededRandom(7);
    const keys = ids(400, 'id-');
    let record = sharedRecord<Entry>({});
    let model = new Map<string, Entry>();
    const versions: [Readonly<Record<string, Entry>>, Map<string, Entry>][] = [];
    for (let step = 0; step < 300; step++) {
      const changes: [string, Entry | undefined][] = Array.from({ length: 1 + rng.int(20) }, () => {
        const key = rng.pick(keys);
        return [key, rng.chance(0.3) ? undefined : entry(key, step)];
      });
      record = updateRecord(record, changes);
      model = new Map(model);
      for (const [key, value] of changes) {
        // A Map keeps a key's place when its value changes and puts a re-added key last, like a plain object.
        if (value === undefined) model.delete(key);
        else model.set(key, value);
      }
      versions.push([record, model]);
    }
    for (const [version, expected] of versions) {
      expect(recordSize(version)).toBe(expected.size);
      expect(Object.keys(version)).toEqual([...expected.keys()]);
      for (const key of keys) expect(ownEntry(version, key)).toBe(expected.get(key));
    }
  });
});
