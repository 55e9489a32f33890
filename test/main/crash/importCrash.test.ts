import fs from 'node:fs';
import readline from 'node:readline';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProjectStore } from '../../../main/services/projectStore';
import { STAGE_MAPPING } from '../import/importSupport';
import { killAtRandom, spawnTs, waitForLine } from '../support/child';
import { tempDir } from '../support/files';

/** Kill rounds; raise IMPORT_CRASH_ITERATIONS for a longer soak run. */
const ITERATIONS = Number(process.env.IMPORT_CRASH_ITERATIONS ?? 4);
const STAGES = [
  ['aw', 'Awareness'],
  ['co', 'Consideration'],
  ['won', 'Won'],
] as const;
const DAYS = 4000;
/** Every (stage, day) gives impressions and clicks. */
const VALUES = STAGES.length * DAYS * 2;

/** Runs the child until it prints "writing", kills it after a random wait (mid-commit or after), and tells whether it said "committed". */
async function commitUntilKilled(file: string, csv: string, dataDir: string, maxDelayMs: number): Promise<boolean> {
  const child = spawnTs('crash/importCommitChild.ts', [file, csv, 'm', dataDir, JSON.stringify(STAGE_MAPPING)]);
  let committed = false;
  readline.createInterface({ input: child.stdout! }).on('line', (line) => (committed ||= line === 'committed'));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  await waitForLine(child, 'writing', 120_000);
  // A "committed" already in the pipe when the kill landed counts.
  await killAtRandom(child, exited, maxDelayMs);
  return committed;
}

describe('crash safety of an import commit', () => {
  let temp: ReturnType<typeof tempDir>;
  beforeEach(() => (temp = tempDir()));
  afterEach(() => temp.remove());

  it(`leaves the project as before the import or with all of it across ${ITERATIONS} SIGKILLs while the commit writes`, async () => {
    const file = temp.file('crash.cjm');
    const lines = ['日期,阶段,展示量,点击量'];
    for (let d = 0; d < DAYS; d++) {
      const day = new Date(Date.UTC(2015, 0, 1 + d)).toISOString().slice(0, 10);
      for (const [, name] of STAGES) lines.push(`${day},${name},${1000 + d},${d % 97}`);
    }
    const csv = temp.file('daily.csv');
    fs.writeFileSync(csv, lines.join('\n'));

    const outcomes: boolean[] = [];
    for (let round = 0; round < ITERATIONS; round++) {
      fs.rmSync(file, { force: true });
      const created = createProjectStore(file, 'Crash');
      created.createMap('M', { language: 'en', mapId: 'm' });
      created.applyCommands('m', STAGES.map(([id, name]) => ({ name: 'stage.add', args: { stage: { id, name } } })));
      created.close();

      // Early rounds kill soon after the first slice, later ones anywhere up to well past the commit.
      const saidCommitted = await commitUntilKilled(file, csv, temp.file(`data-${round}`), round < ITERATIONS / 2 ? 50 : 1500);
      const db = new Database(file);
      const imports = db.prepare('SELECT count(*) FROM imports').pluck().get() as number;
      const values = db.prepare('SELECT count(*) FROM metric_values').pluck().get() as number;
      expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
      db.close();
      expect([imports, values], `round ${round}: nothing or the whole import`).toEqual(imports === 0 ? [0, 0] : [1, VALUES]);
      if (saidCommitted) expect(imports, `round ${round}: an acknowledged import is kept`).toBe(1);
      outcomes.push(imports === 1);
    }
    expect(outcomes).toHaveLength(ITERATIONS);
  }, 240_000);
});
