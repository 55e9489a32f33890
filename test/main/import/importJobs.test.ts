import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFixture, STAGE_MAPPING, type ImportFixture } from './importSupport';

describe('import jobs', () => {
  let f: ImportFixture;
  beforeEach(async () => (f = await importFixture()));
  afterEach(() => f.dispose());

  it('reports progress while reading a large file, and a cancelled job writes nothing to the project file', async () => {
    const rows = 400_000;
    const lines = ['日期,阶段,展示量,点击量'];
    for (let i = 0; i < rows; i++) lines.push(`2026-03-${String((i % 28) + 1).padStart(2, '0')},Awareness,${i},${i % 97}`);
    const file = f.temp.file('large.csv');
    fs.writeFileSync(file, lines.join('\n'));
    const size = fs.statSync(file).size;

    const { jobId } = await f.call('import.start', { projectId: f.projectId, mapId: f.mapId, path: file, read: {}, mapping: STAGE_MAPPING });
    let state = await f.call('import.status', { jobId });
    while (state.phase === 'reading' && state.rowsRead === 0) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      state = await f.call('import.status', { jobId });
    }
    expect(state.phase, 'the job was still reading when the first progress came').toBe('reading');
    expect(state.totalBytes).toBe(size);
    expect(state.bytesRead).toBeGreaterThan(0);
    expect(state.rowsRead).toBeLessThan(rows);

    const cancelled = await f.call('import.cancel', { jobId });
    expect(cancelled.phase).toBe('cancelled');
    expect(cancelled.rowsRead).toBeLessThan(rows);
    expect((await f.call('import.status', { jobId })).phase).toBe('cancelled');
    const refusal = await f.refused('import.commit', { jobId, matches: {} });
    expect(refusal.message).toMatch(/"large\.csv" is cancelled/);

    await f.reopen(() => {
      const db = new Database(f.projectFile, { readonly: true });
      const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
      expect([count('imports'), count('metric_values'), count('metric_value_history'), count('transitions')]).toEqual([0, 0, 0, 0]);
      db.close();
    });
    expect(await f.call('import.history', { projectId: f.projectId, mapId: f.mapId })).toEqual([]);
  });

  it('fails a job on a file that is not a spreadsheet, naming the file', async () => {
    const file = f.temp.file('report.xlsx');
    fs.writeFileSync(file, 'PK\u0003\u0004 this is not a zip archive at all');
    const { state } = await f.read(file, STAGE_MAPPING);
    expect(state.phase).toBe('failed');
    expect(state.error?.code).toBe('BAD_FILE');
    expect(state.error?.message).toContain('report.xlsx');
  });

  it('refuses to start on a file that does not exist, or for a map that does not, naming them', async () => {
    const missing = await f.refused('import.start', { projectId: f.projectId, mapId: f.mapId, path: f.temp.file('nope.csv'), read: {}, mapping: STAGE_MAPPING });
    expect(missing).toMatchObject({ code: 'NOT_FOUND' });
    expect(missing.message).toContain('nope.csv');
    const noMap = await f.refused('import.start', { projectId: f.projectId, mapId: 'zz', path: f.writeCsv('a.csv', [['a']]), read: {}, mapping: STAGE_MAPPING });
    expect(noMap.message).toContain('"zz"');
    expect((await f.refused('import.status', { jobId: 'unknown' })).code).toBe('NOT_FOUND');
  });

  it('imports a stage-transition log: repeated entries match their stage, velocity in map-stage order, and a re-import replaces the log', async () => {
    const log = [
      ['线索ID', '阶段', '时间'],
      ['L1', 'MQL', '2026-03-01'],
      ['L1', 'SQL', '2026-03-05'],
      ['L2', 'MQL-01', '2026-03-02'],
      ['L2', 'SQL', '2026-03-04'],
      ['L2', 'MQL-02', '2026-03-10'],
      ['L3', 'Lost', '2026-03-03'],
    ];
    const mapping = { kind: 'transitions', headerRow: 0, dayFirst: false, skipTotals: true, entity: 0, stage: 1, timestamp: 2 } as const;
    const { jobId, state } = await f.read(f.writeCsv('leads.csv', log), mapping);
    expect(state.result).toMatchObject({ kind: 'transitions', entities: 3 });
    expect(state.suggestedMatches).toEqual({
      MQL: { kind: 'stage', id: 'mql' },
      SQL: { kind: 'stage', id: 'sql' },
      'MQL-01': { kind: 'stage', id: 'mql' },
      'MQL-02': { kind: 'stage', id: 'mql' },
      Lost: null,
    });
    expect(await f.call('import.diff', { jobId, matches: {} })).toMatchObject({ added: 5, removed: 0, unmatched: 1 });
    const first = await f.call('import.commit', { jobId, matches: {} });
    expect(first).toMatchObject({ kind: 'transitions', rows: 5, added: 5 });
    expect((await f.call('metrics.get', { projectId: f.projectId, mapId: f.mapId, grain: 'month' })).hasTransitions).toBe(true);

    const velocity = await f.call('metrics.velocity', { projectId: f.projectId, mapId: f.mapId });
    // MQL → SQL: L1 4 days (03-01 → 03-05), L2 2 days (03-02 → 03-04); L2 went back to MQL on 03-10.
    expect(velocity.transitions).toEqual([
      { fromStageId: 'mql', toStageId: 'sql', direction: 'forward', count: 2, averageDays: 3, medianDays: 3, monthly: [{ month: '2026-03', count: 2, averageDays: 3, medianDays: 3 }] },
      // L2 went back SQL → MQL 6 days after entering SQL (03-04 → 03-10).
      { fromStageId: 'sql', toStageId: 'mql', direction: 'backward', count: 1, averageDays: 6, medianDays: 6, monthly: [{ month: '2026-03', count: 1, averageDays: 6, medianDays: 6 }] },
    ]);
    expect(velocity.moves).toEqual({ forward: 2, backward: 1 });
    expect(velocity.entities).toBe(2);
    const inEarlyMarch = await f.call('metrics.velocity', { projectId: f.projectId, mapId: f.mapId, from: '2026-03-01', to: '2026-03-04' });
    expect(inEarlyMarch.transitions).toMatchObject([{ direction: 'forward', count: 1, averageDays: 2 }]);

    // The same file again, shorter: it replaces the log (removed counts the old rows); undo brings the old log back.
    const again = await f.read(f.writeCsv('leads.csv', log.slice(0, 3)), mapping);
    expect(await f.call('import.diff', { jobId: again.jobId, matches: {} })).toMatchObject({ added: 2, removed: 5, previousImportId: first.id });
    const second = await f.call('import.commit', { jobId: again.jobId, matches: {} });
    expect((await f.call('metrics.velocity', { projectId: f.projectId, mapId: f.mapId })).transitions).toMatchObject([{ count: 1, averageDays: 4 }]);
    expect((await f.call('import.history', { projectId: f.projectId, mapId: f.mapId })).map((r) => r.undoable)).toEqual([true, false]);
    await f.call('import.undo', { projectId: f.projectId, importId: second.id });
    expect((await f.call('metrics.velocity', { projectId: f.projectId, mapId: f.mapId })).transitions).toMatchObject([{ count: 2, averageDays: 3 }, { direction: 'backward' }]);
  });
});
