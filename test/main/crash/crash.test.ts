import readline from 'node:readline';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProjectStore, openProjectStore } from '../../../main/services/projectStore';
import { killAtRandom, spawnTs } from '../support/child';
import { tempDir } from '../support/files';

/** Kill-and-reopen rounds; raise CRASH_ITERATIONS for a longer soak run. */
const ITERATIONS = Number(process.env.CRASH_ITERATIONS ?? 25);
/** Longest random wait, after the worker's first committed edit, before SIGKILL. */
const MAX_DELAY_MS = 300;

/** Runs the edit worker, kills it with SIGKILL at a random moment, returns the highest "ok N" it printed. */
async function editUntilKilled(file: string, mapId: string): Promise<number> {
  const child = spawnTs('crash/editWorker.ts', [file, mapId]);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let lastSeen = 0;
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  const firstEdit = new Promise<void>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^ok (\d+)$/.exec(line);
      if (!match) return;
      lastSeen = Math.max(lastSeen, Number(match[1]));
      resolve();
    });
    void exited.then(() => reject(new Error(`worker exited before editing: ${stderr}`)));
  });
  await firstEdit;
  // Lines already in the pipe when the kill landed were committed too.
  await killAtRandom(child, exited, MAX_DELAY_MS, () => stderr);
  return lastSeen;
}

describe('crash safety', () => {
  let temp: ReturnType<typeof tempDir>;
  beforeEach(() => (temp = tempDir()));
  afterEach(() => temp.remove());

  it(`keeps every acknowledged edit and a sound file across ${ITERATIONS} SIGKILLs mid-edit`, async () => {
    const file = temp.file('crash.cjm');
    const created = createProjectStore(file, 'Crash');
    created.createMap('M', { language: 'en', mapId: 'm' });
    created.applyCommands('m', [
      { name: 'stage.add', args: { stage: { id: 's', name: 'Stage 0' } } },
      { name: 'lane.add', args: { lane: { id: 'l', name: 'Lane', type: 'actions' } } },
    ]);
    created.close();

    let acknowledged = 0;
    for (let round = 0; round < ITERATIONS; round++) {
      acknowledged = Math.max(acknowledged, await editUntilKilled(file, 'm'));

      const store = openProjectStore(file);
      const map = store.getMap('m');
      store.close();
      const count = Object.keys(map.cards).length;
      expect(count, `round ${round}: edits acknowledged up to ${acknowledged}`).toBeGreaterThanOrEqual(acknowledged);
      // Each edit's two commands landed together or not at all, with no gaps.
      expect(map.stages[0]?.name).toBe(`Stage ${count}`);
      const orders = Object.values(map.cards).map((card) => [card.id, card.order]);
      expect(orders.sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual(Array.from({ length: count }, (_, i) => [`e${i + 1}`, i]));

      const db = new Database(file, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
      db.close();
    }
    expect(acknowledged).toBeGreaterThan(ITERATIONS);
  });
});
