import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MapMetrics } from '../../../src/api/contract';
import { importFixture, STAGE_MAPPING, type ImportFixture } from './importSupport';

/**
 * `metrics.get` with a custom date range, on a real project file with a
 * weekly and a monthly report imported through the real import jobs. Each
 * expected figure is added up by hand from the rows below.
 */

const WEEKLY = [
  ['周', '阶段', '展示量', '点击量'],
  ['2025-W52', 'Awareness', 1000, 10], // Mon 22 Dec – Sun 28 Dec 2025, Thursday 25 Dec
  ['2026-W01', 'Awareness', 2000, 30], // Mon 29 Dec 2025 – Sun 4 Jan 2026, Thursday 1 Jan
  ['2026-W05', 'Awareness', 3000, 60], // Mon 26 Jan – Sun 1 Feb, Thursday 29 Jan
  ['2026-W06', 'Awareness', 4000, 100], // Mon 2 Feb – Sun 8 Feb, Thursday 5 Feb
];
const MONTHLY = [
  ['月份', '阶段', '展示量', '点击量'],
  ['2025-12', 'Consideration', 500, 5],
  ['2026-01', 'Consideration', 700, 14],
  ['2026-02', 'Consideration', 900, 27],
];

/** The one point of a stage's metric over the range. */
const pointOf = (metrics: MapMetrics, stageId: string, metric: string) =>
  metrics.series.find((s) => s.target.kind === 'stage' && s.target.id === stageId && s.metric === metric && s.segment === '')?.points;

describe('metrics.get over a custom date range', () => {
  let f: ImportFixture;
  const get = (range: { from: string; to: string }) => f.call('metrics.get', { projectId: f.projectId, mapId: f.mapId, grain: 'month', range });

  beforeEach(async () => {
    f = await importFixture();
    const files: [string, (string | number)[][]][] = [
      ['weekly.csv', WEEKLY],
      ['monthly.csv', MONTHLY],
    ];
    for (const [name, rows] of files) {
      const job = await f.read(f.writeCsv(name, rows), STAGE_MAPPING);
      expect(job.state.phase).toBe('ready');
      await f.call('import.commit', { jobId: job.jobId, matches: {} });
    }
  });
  afterEach(async () => {
    await f.dispose();
  });

  it('January 2026: the weeks whose Thursday is in January and the January month, as one bucket named by the first day', async () => {
    const metrics = await get({ from: '2026-01-01', to: '2026-01-31' });
    expect(metrics.periods).toEqual(['2026-01-01']);
    // Awareness: W01 + W05 = 2,000 + 3,000 = 5,000 impressions, covering Mon 29 Dec to Sun 1 Feb; W52 and W06 are outside.
    expect(pointOf(metrics, 'aw', 'impressions')).toEqual([{ period: '2026-01-01', value: 5000, count: 2, from: '2025-12-29', to: '2026-02-01' }]);
    // CTR = (30 + 60) / 5,000 = 1.8 %, the ratio of the summed counts.
    expect(pointOf(metrics, 'aw', 'ctr')).toMatchObject([{ period: '2026-01-01', numerator: 90, denominator: 5000, value: 90 / 5000 }]);
    // Consideration: only January's 700 impressions, 14 clicks: CTR 2 %.
    expect(pointOf(metrics, 'co', 'impressions')).toMatchObject([{ value: 700, from: '2026-01-01', to: '2026-01-31' }]);
    expect(pointOf(metrics, 'co', 'ctr')?.[0]?.value).toBe(14 / 700);
  });

  it('15 Jan to 20 Feb: January is only partly inside and starts before, so only February counts', async () => {
    const metrics = await get({ from: '2026-01-15', to: '2026-02-20' });
    expect(metrics.periods).toEqual(['2026-01-15']);
    // Awareness: W05 (Thu 29 Jan) + W06 (Thu 5 Feb) = 3,000 + 4,000 = 7,000; clicks 60 + 100 = 160.
    expect(pointOf(metrics, 'aw', 'impressions')?.[0]?.value).toBe(7000);
    expect(pointOf(metrics, 'aw', 'ctr')?.[0]).toMatchObject({ numerator: 160, denominator: 7000 });
    // Consideration: February (first day 1 Feb) 900 impressions, 27 clicks.
    expect(pointOf(metrics, 'co', 'impressions')).toMatchObject([{ value: 900, from: '2026-02-01', to: '2026-02-28' }]);
    // The two halves of Q1 up to 20 Feb add up: Awareness 5,000 (1–31 Jan) + 4,000 (1 Feb – 20 Feb, W06 only) = 9,000 = 2,000 + 3,000 + 4,000.
    const january = await get({ from: '2026-01-01', to: '2026-01-31' });
    const february = await get({ from: '2026-02-01', to: '2026-02-20' });
    const whole = await get({ from: '2026-01-01', to: '2026-02-20' });
    const impressions = (m: MapMetrics) => pointOf(m, 'aw', 'impressions')?.[0]?.value ?? 0;
    expect(impressions(january) + impressions(february)).toBe(9000);
    expect(impressions(whole)).toBe(9000);
  });

  it('the provenance of a range figure lists the rows filed inside it', async () => {
    const entries = await f.call('metrics.provenance', {
      projectId: f.projectId,
      mapId: f.mapId,
      target: { kind: 'stage', id: 'aw' },
      metric: 'clicks',
      grain: 'month',
      range: { from: '2026-01-15', to: '2026-02-20' },
      period: '2026-01-15',
      segment: null,
    });
    // The header is row 1: W05 is row 4, W06 row 5 (W01's Thursday, 1 Jan, is before the range).
    expect(entries.map((e) => [e.period, e.value, e.rows])).toEqual([
      ['2026-01-26', 60, [4]],
      ['2026-02-02', 100, [5]],
    ]);
  });

  it('refuses a range that ends before it starts, or a day that is not in the calendar, naming the field', async () => {
    const backwards = await f.refused('metrics.get', { projectId: f.projectId, mapId: f.mapId, grain: 'month', range: { from: '2026-03-31', to: '2026-01-01' } });
    expect(backwards).toMatchObject({ code: 'BAD_REQUEST' });
    expect(backwards.message).toContain('range.from: the first day must be on or before range.to');
    const notADay = await f.refused('metrics.get', { projectId: f.projectId, mapId: f.mapId, grain: 'month', range: { from: '2026-02-01', to: '2026-02-30' } });
    expect(notADay.message).toContain('range.to: must be a day of the calendar');
  });
});
