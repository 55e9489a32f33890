import { describe, expect, it } from 'vitest';
import { createProjectGates, gateProjectCalls } from '../../../main/services/import/projectGates';

/** A promise with its resolve, to hold a gate as long as a test wants. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('project gates', () => {
  it('runs the holders of one project one after another, and other projects alongside', async () => {
    const gates = createProjectGates();
    const log: string[] = [];
    const first = deferred();
    const a = gates.hold('p', async () => {
      log.push('a starts');
      await first.promise;
      log.push('a ends');
    });
    const b = gates.hold('p', async () => {
      log.push('b runs');
    });
    const other = gates.hold('q', async () => {
      log.push('q runs');
    });
    await other;
    await turn();
    expect(log).toEqual(['a starts', 'q runs']);
    expect([gates.busy('p'), gates.busy('q'), gates.anyBusy()]).toEqual([true, false, true]);
    first.resolve();
    await Promise.all([a, b]);
    expect(log).toEqual(['a starts', 'q runs', 'a ends', 'b runs']);
    expect(gates.anyBusy()).toBe(false);
  });

  it('releases the gate when the holder fails', async () => {
    const gates = createProjectGates();
    await expect(gates.hold('p', () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(gates.busy('p')).toBe(false);
    expect(await gates.hold('p', async () => 'next')).toBe('next');
  });

  it('makes project calls wait while their project is held, except the reads that answer during a commit; calls stay synchronous when nothing is held', async () => {
    const gates = createProjectGates();
    const log: string[] = [];
    const handlers = gateProjectCalls(
      {
        'map.apply': (request: { projectId: string }) => log.push(`apply ${request.projectId}`),
        'map.get': (request: { projectId: string }) => log.push(`get ${request.projectId}`),
        'settings.get': () => log.push('settings'),
      },
      gates,
    );
    expect(handlers['map.apply']({ projectId: 'p' })).toBe(1);

    const commit = deferred();
    const held = gates.hold('p', () => commit.promise);
    const waiting = handlers['map.apply']({ projectId: 'p' });
    handlers['map.apply']({ projectId: 'q' });
    handlers['map.get']({ projectId: 'p' });
    handlers['settings.get']();
    await turn();
    expect(log).toEqual(['apply p', 'apply q', 'get p', 'settings']);
    commit.resolve();
    await held;
    await waiting;
    expect(log.at(-1)).toBe('apply p');
    expect(log).toHaveLength(5);
  });
});
