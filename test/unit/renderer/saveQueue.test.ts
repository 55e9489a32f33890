import { describe, expect, it } from 'vitest';
import type { Command } from '../../../src/commands/schemas';
import { createSaveQueue, MAX_BATCH, type SaveTarget } from '../../../renderer/store/saveQueue';

const rename = (name: string): Command => ({ name: 'map.rename', args: { name } });
const target: SaveTarget = { projectId: 'p', mapId: 'm' };

/** A send whose requests stay in flight until the test settles them. */
function controllableSend() {
  const requests: { commands: Command[]; resolve(): void; reject(e: unknown): void }[] = [];
  const send = (_t: SaveTarget, commands: Command[]) =>
    new Promise<void>((resolve, reject) => requests.push({ commands, resolve, reject }));
  return { requests, send };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('save queue', () => {
  it('keeps one request in flight and sends what queued meanwhile as one batch, in order', async () => {
    const { requests, send } = controllableSend();
    const pending: number[] = [];
    const queue = createSaveQueue({ send, onPending: (n) => pending.push(n), onSaved: () => {}, onFailed: () => {} });
    queue.push(target, [rename('a')]);
    queue.push(target, [rename('b')]);
    queue.push(target, [rename('c'), rename('d')]);
    expect(requests).toHaveLength(1);
    expect(queue.pending()).toBe(3);
    requests[0]!.resolve();
    await tick();
    expect(requests).toHaveLength(2);
    expect(requests[1]!.commands.map((c) => c.name === 'map.rename' && c.args.name)).toEqual(['b', 'c', 'd']);
    requests[1]!.resolve();
    await queue.idle();
    expect(queue.pending()).toBe(0);
    expect(pending.at(-1)).toBe(0);
  });

  it('never puts more than the API allows in one request', async () => {
    const { requests, send } = controllableSend();
    const queue = createSaveQueue({ send, onPending: () => {}, onSaved: () => {}, onFailed: () => {} });
    queue.push(target, [rename('first')]);
    for (let i = 0; i < 3; i++) queue.push(target, Array.from({ length: 400 }, (_, j) => rename(`x${i}-${j}`)));
    requests[0]!.resolve();
    await tick();
    expect(requests[1]!.commands.length).toBeLessThanOrEqual(MAX_BATCH);
    requests[1]!.resolve();
    await tick();
    expect(requests[1]!.commands.length + requests[2]!.commands.length).toBe(1200);
  });

  it('drops the queued edits of a map after main refuses one, and reports it', async () => {
    const { requests, send } = controllableSend();
    const failures: { error: unknown; dropped: number }[] = [];
    const queue = createSaveQueue({ send, onPending: () => {}, onSaved: () => {}, onFailed: (_t, error, dropped) => failures.push({ error, dropped }) });
    queue.push(target, [rename('a')]);
    queue.push(target, [rename('b')]);
    queue.push(target, [rename('c')]);
    requests[0]!.reject(new Error('refused'));
    await queue.idle();
    expect(requests).toHaveLength(1);
    expect(failures).toEqual([{ error: new Error('refused'), dropped: 2 }]);
    queue.push(target, [rename('after')]);
    expect(requests).toHaveLength(2);
  });
});
