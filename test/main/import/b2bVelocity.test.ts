import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../src/model/journey';
import { importFixture, type ImportFixture } from './importSupport';

/**
 * A B2B lead log, shuffled as a CRM export comes, imported into a map made
 * from the built-in B2B template in Chinese (stages 认知 … 线索, MQL, SQL, 商机, 客户):
 *  L1: 线索 03-01 → MQL 03-03 (2 d) → SQL 03-06 (3 d) → back to MQL ("MQL-02") 03-16 (10 d)
 *      → SQL 03-20 (4 d) → 商机 04-02 (13 d, finished in April)
 *  L2: 线索 03-02 → SQL 03-05, skipping MQL (3 d) → back to MQL 03-09 (4 d)
 *  L3: MQL 03-10 → SQL 03-11 (1 d) → 商机 03-31 (20 d, March)
 *  L4: 线索 03-25, then 流失 03-28, which no stage of the map is called: left out
 * The latest time in the log is L1's 商机 on 04-02, so days in a stage count up to it.
 */
const LOG = [
  ['线索ID', '阶段', '进入时间'],
  ['L3', 'SQL', '2026-03-11'],
  ['L1', 'MQL-02', '2026-03-16'],
  ['L4', '流失', '2026-03-28'],
  ['L2', 'SQL', '2026-03-05'],
  ['L1', '线索', '2026-03-01'],
  ['L3', '商机', '2026-03-31'],
  ['L1', '商机', '2026-04-02'],
  ['L2', 'MQL', '2026-03-09'],
  ['L1', 'SQL', '2026-03-06'],
  ['L4', '线索', '2026-03-25'],
  ['L3', 'MQL', '2026-03-10'],
  ['L1', 'MQL', '2026-03-03'],
  ['L2', '线索', '2026-03-02'],
  ['L1', 'SQL', '2026-03-20'],
];
const MAPPING = { kind: 'transitions', headerRow: 0, dayFirst: false, skipTotals: true, entity: 0, stage: 1, timestamp: 2 } as const;

describe('stage velocity on the B2B template from a real transition log', () => {
  let f: ImportFixture;
  let map: JourneyMap;
  const stage = (name: string) => map.stages.find((s) => s.name === name)?.id ?? `no stage "${name}"`;
  beforeEach(async () => {
    f = await importFixture();
    await f.call('map.create', { projectId: f.projectId, mapId: 'b2b', name: '线索生命周期', template: { kind: 'builtin', key: 'b2bLead' }, language: 'zh-CN' });
    map = await f.call('map.get', { projectId: f.projectId, mapId: 'b2b' });
  });
  afterEach(() => f.dispose());

  it('matches MQL and SQL to their own stages and measures the SQL → MQL loop, the rates and the days in each stage', async () => {
    const { jobId } = await f.call('import.start', { projectId: f.projectId, mapId: 'b2b', path: f.writeCsv('leads.csv', LOG), read: {}, mapping: MAPPING });
    const state = await f.settle(jobId);
    expect(state.suggestedMatches).toEqual({
      线索: { kind: 'stage', id: stage('线索') },
      MQL: { kind: 'stage', id: stage('MQL') },
      'MQL-02': { kind: 'stage', id: stage('MQL') },
      SQL: { kind: 'stage', id: stage('SQL') },
      商机: { kind: 'stage', id: stage('商机') },
      流失: null,
    });
    expect(await f.call('import.commit', { jobId, matches: {} })).toMatchObject({ kind: 'transitions', rows: 13 });

    const velocity = await f.call('metrics.velocity', { projectId: f.projectId, mapId: 'b2b' });
    const [lead, mql, sql, opportunity] = [stage('线索'), stage('MQL'), stage('SQL'), stage('商机')];
    const march = (count: number, averageDays: number, medianDays: number) => ({ month: '2026-03', count, averageDays, medianDays });
    expect(velocity.transitions).toEqual([
      { fromStageId: lead, toStageId: mql, direction: 'forward', count: 1, averageDays: 2, medianDays: 2, monthly: [march(1, 2, 2)] }, // L1
      { fromStageId: lead, toStageId: sql, direction: 'forward', count: 1, averageDays: 3, medianDays: 3, monthly: [march(1, 3, 3)] }, // L2's skip
      // L1 3 and 4, L3 1: mean 8 / 3, median of 1, 3, 4 = 3
      { fromStageId: mql, toStageId: sql, direction: 'forward', count: 3, averageDays: 8 / 3, medianDays: 3, monthly: [march(3, 8 / 3, 3)] },
      // L1 10 (03-16), L2 4 (03-09): mean and median of two = (10 + 4) / 2 = 7
      { fromStageId: sql, toStageId: mql, direction: 'backward', count: 2, averageDays: 7, medianDays: 7, monthly: [march(2, 7, 7)] },
      // L3 20 finished 03-31, L1 13 finished 04-02: (20 + 13) / 2 = 16.5, split by month
      {
        fromStageId: sql,
        toStageId: opportunity,
        direction: 'forward',
        count: 2,
        averageDays: 16.5,
        medianDays: 16.5,
        monthly: [march(1, 20, 20), { month: '2026-04', count: 1, averageDays: 13, medianDays: 13 }],
      },
    ]);
    // forward 1 + 1 + 3 + 2 = 7, backward 2: 2 / 9; only L1 entered a stage twice (MQL, SQL): 1 of 4 leads
    expect(velocity.moves).toEqual({ forward: 7, backward: 2 });
    expect(velocity.backwardRate).toBe(2 / 9);
    expect(velocity.reentryRate).toBe(1 / 4);
    expect(velocity.asOf).toBe('2026-04-02T00:00:00.000Z');
    const row = (id: string) => velocity.stages.find((s) => s.stageId === id);
    // MQL and SQL were each entered by L1, L2, L3; L1 twice: 1 / 3
    expect(row(mql)).toMatchObject({ entered: 3, reentered: 1, entries: 4, reentryRate: 1 / 3 });
    expect(row(sql)).toMatchObject({ entered: 3, reentered: 1, entries: 4, reentryRate: 1 / 3 });
    // now: L1 商机 since 04-02 (0 d), L3 商机 since 03-31 (2 d); L2 MQL since 03-09 (24 d); L4 线索 since 03-25 (8 d)
    expect(row(opportunity)).toMatchObject({ current: 2, currentAverageDays: 1, currentMedianDays: 1 });
    expect(row(mql)).toMatchObject({ current: 1, currentAverageDays: 24, currentMedianDays: 24 });
    expect(row(lead)).toMatchObject({ current: 1, currentAverageDays: 8, currentMedianDays: 8 });
    expect(row(sql)).toMatchObject({ current: 0, currentAverageDays: null, currentMedianDays: null });
    expect(velocity.stages.map((s) => s.stageId)).toEqual(map.stages.map((s) => s.id));
    expect(velocity.entities).toBe(4);
  });
});
