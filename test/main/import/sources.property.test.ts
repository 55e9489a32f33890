import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectFile, parseFile } from '../../../main/services/import/sources';
import { AppError } from '../../../src/api/result';
import type { ImportMapping } from '../../../src/import/mapping';
import { FIXTURES_DIR } from '../../fixtures/generate';
import { tempDir } from '../support/files';

const mapping: ImportMapping = {
  kind: 'metrics',
  headerRow: 0,
  dayFirst: false,
  skipTotals: true,
  target: { kind: 'channel', column: 1 },
  period: 0,
  layout: { layout: 'wide', metrics: [{ column: 2, metric: 'impressions' }, { column: 8, metric: 'dwellTime' }] },
};

/** Reading must end in a result or a BAD_FILE naming the file: nothing else, no crash. */
async function readsOrRefuses(file: string): Promise<void> {
  for (const attempt of [() => inspectFile(file), () => parseFile(file, mapping, {})]) {
    try {
      const result = await attempt();
      if ('problems' in result) {
        for (const problem of result.problems) {
          expect(problem.row).toBeGreaterThanOrEqual(1);
          expect(problem.column).toMatch(/^[A-Z]+$/);
        }
      }
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('BAD_FILE');
      expect((error as AppError).params?.file).toBe(path.basename(file));
    }
  }
}

describe('reading damaged files', () => {
  let temp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    temp = tempDir('journey-import-prop-');
  });
  afterAll(() => temp.remove());

  it('random bytes under any spreadsheet name give a result or BAD_FILE', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('.csv', '.tsv', '.txt', '.xlsx', '.xls'), async (bytes, extension) => {
        const file = temp.file(`random${extension}`);
        fs.writeFileSync(file, bytes);
        await readsOrRefuses(file);
      }),
      { numRuns: 60 },
    );
  });

  it('fixtures cut at any offset give a result or BAD_FILE', async () => {
    const names = fs.readdirSync(FIXTURES_DIR).filter((name) => /\.(csv|tsv|xlsx)$/.test(name));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.double({ min: 0, max: 1, noNaN: true }), async (name, fraction) => {
        const bytes = fs.readFileSync(path.join(FIXTURES_DIR, name));
        const file = temp.file(`cut-${name}`);
        fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * fraction)));
        await readsOrRefuses(file);
      }),
      { numRuns: 80 },
    );
  });

  it('fixtures with random bytes flipped give a result or BAD_FILE', async () => {
    const names = fs.readdirSync(FIXTURES_DIR).filter((name) => /\.(csv|tsv|xlsx)$/.test(name));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (name, flips) => {
        const bytes = Uint8Array.from(fs.readFileSync(path.join(FIXTURES_DIR, name)));
        for (const [at, value] of flips) bytes[Math.floor(at * bytes.length)] = value;
        const file = temp.file(`flip-${name}`);
        fs.writeFileSync(file, bytes);
        await readsOrRefuses(file);
      }),
      { numRuns: 60 },
    );
  });
});
