import { describe, expect, it } from 'vitest';
import { connectionsOfCards, updateConnections } from '../../../src/commands/connectionIndex';
import { inKeyOrder, sharedRecord } from '../../../src/commands/sharedRecord';
import type { Connection } from '../../../src/model/journey';
import { seededRandom } from './randomCommands';

const connection = (id: string, source: string, target: string): Connection => ({ id, source, target });

/** What the index must find: a pass over every connection, in record order. */
const scanned = (connections: Readonly<Record<string, Connection>>, cardIds: string[]) =>
  Object.values(connections).filter((c) => cardIds.includes(c.source) || cardIds.includes(c.target));

describe('connections by card', () => {
  it.each([false, true])('finds the same connections as a scan, in record order, on every derived version (shared record: %s)', (share) => {
    const rng = seededRandom(11);
    const cards = Array.from({ length: 30 }, (_, i) => `c${i}`);
    const start: Record<string, Connection> = {};
    for (let i = 0; i < 40; i++) start[`k${i}`] = connection(`k${i}`, rng.pick(cards), rng.pick(cards));
    let record: Readonly<Record<string, Connection>> = share ? sharedRecord(start) : start;
    connectionsOfCards(record, ['c0']);
    for (let step = 0; step < 200; step++) {
      const id = `k${rng.int(60)}`;
      const change = rng.chance(0.3) ? undefined : connection(id, rng.pick(cards), rng.pick(cards));
      record = updateConnections(record, [[id, change]]);
      const asked = rng.sample(cards, 1 + rng.int(3));
      expect(connectionsOfCards(record, asked), `step ${step}`).toEqual(scanned(record, asked));
    }
  });

  it('puts entries in key order for plain and shared records alike', () => {
    const plain = { b: connection('b', 'x', 'y'), a: connection('a', 'x', 'y'), c: connection('c', 'x', 'y') };
    const wanted = [plain.c, plain.b];
    expect(inKeyOrder(plain, wanted)).toEqual([plain.b, plain.c]);
    expect(inKeyOrder(sharedRecord(plain), wanted)).toEqual([plain.b, plain.c]);
  });
});
