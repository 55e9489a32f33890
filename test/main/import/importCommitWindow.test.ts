import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportJobState } from '../../../src/api/contract';
import { importFixture, STAGE_MAPPING, type ImportFixture } from './importSupport';

/** Stages of the fixture map, as the file names them. */
const STAGES = ['Awareness', 'Consideration', 'MQL', 'SQL', 'Won'];
const DAYS = 3000;

/** One row per stage and day from 2018 on: 5 × 3,000 × 2 = 30,000 values, enough for many write slices. */
function writeLargeCsv(f: ImportFixture, name: string, clicksOffset = 0): string {
  const lines = ['日期,阶段,展示量,点击量'];
  for (let d = 0; d < DAYS; d++) {
    const day = new Date(Date.UTC(2018, 0, 1 + d)).toISOString().slice(0, 10);
    STAGES.forEach((stage, s) => lines.push(`${day},${stage},${1000 + d + s},${(d % 50) + s + clicksOffset}`));
  }
  const file = f.temp.file(name);
  fs.writeFileSync(file, lines.join('\n'));
  return file;
}

describe('the window of an import commit', () => {
  let f: ImportFixture;
  beforeEach(async () => (f = await importFixture()));
  afterEach(() => f.dispose());

  /** Starts the commit and resolves once it writes (planned, some values written), with the commit's promise. */
  async function commitUntilWriting(jobId: string) {
    const committed = f.call('import.commit', { jobId, matches: {} });
    let state: ImportJobState;
    do {
      await new Promise((resolve) => setImmediate(resolve));
      state = await f.call('import.status', { jobId });
    } while (state.phase === 'committing' && (state.commit?.written ?? 0) === 0);
    return { committed, state };
  }

  it('answers other calls while the values are written; writes and metric reads of the project wait for the whole import', async () => {
    const { jobId } = await f.read(writeLargeCsv(f, 'large.csv'), STAGE_MAPPING);
    const { committed, state } = await commitUntilWriting(jobId);
    expect(state.phase, 'the commit was still writing').toBe('committing');
    expect(state.commit?.total).toBe(STAGES.length * DAYS * 2);
    expect(state.commit?.written).toBeLessThan(state.commit!.total);

    const order: string[] = [];
    const settings = f.call('settings.get', {}).then(() => order.push('settings.get'));
    const map = f.call('map.get', { projectId: f.projectId, mapId: f.mapId }).then(() => order.push('map.get'));
    const edit = f
      .call('map.apply', { projectId: f.projectId, mapId: f.mapId, commands: [{ name: 'stage.rename', args: { id: 'aw', name: 'Reach' } }] })
      .then(() => order.push('map.apply'));
    const metrics = f.call('metrics.get', { projectId: f.projectId, mapId: f.mapId, grain: 'month' }).then((got) => {
      order.push('metrics.get');
      return got;
    });
    const record = await committed.then((r) => {
      order.push('import.commit');
      return r;
    });
    await Promise.all([settings, map, edit]);
    const monthly = await metrics;

    expect(record).toMatchObject({ added: STAGES.length * DAYS * 2, rows: STAGES.length * DAYS });
    // Reads of the map answered during the commit; the edit and the metric read came after it, and saw all of it.
    expect(order.indexOf('settings.get')).toBeLessThan(order.indexOf('import.commit'));
    expect(order.indexOf('map.get')).toBeLessThan(order.indexOf('import.commit'));
    expect(order.indexOf('map.apply')).toBeGreaterThan(order.indexOf('import.commit'));
    expect(order.indexOf('metrics.get')).toBeGreaterThan(order.indexOf('import.commit'));
    const impressions = monthly.series.filter((s) => s.metric === 'impressions');
    expect(impressions).toHaveLength(STAGES.length);
    expect(impressions.reduce((sum, s) => sum + s.points.reduce((n, p) => n + (p.count ?? 0), 0), 0)).toBe(STAGES.length * DAYS);
    expect((await f.call('map.get', { projectId: f.projectId, mapId: f.mapId })).stages[0]?.name).toBe('Reach');
    expect((await f.call('import.status', { jobId })).phase).toBe('committed');
  });

  it('refuses a second commit and a cancel of a job that is committing; a re-import keeps what it replaces for undo', async () => {
    const first = await f.read(writeLargeCsv(f, 'daily.csv'), STAGE_MAPPING);
    const { committed } = await commitUntilWriting(first.jobId);
    expect((await f.refused('import.commit', { jobId: first.jobId, matches: {} })).message).toMatch(/"daily\.csv" is committing/);
    expect((await f.call('import.cancel', { jobId: first.jobId })).phase).toBe('committing');
    const v1 = await committed;

    // The same file with every click one higher: all clicks change, impressions stay.
    const second = await f.read(writeLargeCsv(f, 'daily.csv', 1), STAGE_MAPPING);
    const diff = await f.call('import.diff', { jobId: second.jobId, matches: {} });
    expect(diff).toMatchObject({ added: 0, changed: STAGES.length * DAYS, unchanged: STAGES.length * DAYS, removed: 0, previousImportId: v1.id });
    const v2 = await f.call('import.commit', { jobId: second.jobId, matches: {} });
    expect(v2).toMatchObject({ changed: STAGES.length * DAYS, undoable: true });
    const clicksOn = async (period: string) =>
      (await f.call('metrics.get', { projectId: f.projectId, mapId: f.mapId, grain: 'day' })).series
        .find((s) => s.metric === 'clicks' && s.target.kind === 'stage' && s.target.id === 'co')
        ?.points.find((p) => p.period === period)?.value;
    expect(await clicksOn('2018-01-02')).toBe(3); // day 1: 1 % 50 + stage 1 + 1
    await f.call('import.undo', { projectId: f.projectId, importId: v2.id });
    expect(await clicksOn('2018-01-02')).toBe(2);
  });
});
