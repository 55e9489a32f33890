import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFixture, STAGE_MAPPING, type ImportFixture } from './importSupport';

const HEADER = ['日期', '阶段', '展示量', '点击量'];
const V1 = [HEADER, ['2026-03-01', 'Awareness', '1,000', 50], ['2026-03-01', 'Consideration', 400, 40]];
const V2 = [HEADER, ['2026-03-01', 'Awareness', 1000, 55], ['2026-03-02', 'Awareness', 1200, 60]];
const LOG = [
  ['线索ID', '阶段', '进入时间'],
  ['L1', 'MQL', '2026-03-01'],
  ['L1', 'SQL', '2026-03-05'],
  ['L2', 'MQL', '2026-03-02'],
];

describe('the JSON form of a project with imported metrics', () => {
  let f: ImportFixture;
  beforeEach(async () => {
    f = await importFixture();
  });
  afterEach(async () => {
    await f.dispose();
  });

  it('carries values with their provenance, the history (still undoable), presets, definitions and transition logs to a new project file', async () => {
    const preset = await f.call('import.savePreset', { projectId: f.projectId, name: '渠道日报', read: {}, mapping: STAGE_MAPPING, matches: {} });
    const first = await f.read(f.writeCsv('march-1.csv', V1), STAGE_MAPPING, { presetId: preset.id });
    await f.call('import.commit', { jobId: first.jobId, matches: {} });
    const second = await f.read(f.writeCsv('march-2.csv', V2), STAGE_MAPPING, { presetId: preset.id });
    const v2 = await f.call('import.commit', { jobId: second.jobId, matches: {} });
    const log = await f.read(f.writeCsv('leads.csv', LOG), { kind: 'transitions', headerRow: 0, dayFirst: false, skipTotals: true, entity: 0, stage: 1, timestamp: 2 });
    await f.call('import.commit', { jobId: log.jobId, matches: {} });
    await f.call('metrics.saveDefinition', {
      projectId: f.projectId,
      definition: { key: 'ctr', name: 'CTR', unit: 'percent', aggregation: 'weightedAverage', weightBy: 'impressions', direction: 'higherIsBetter', amber: 0.06, red: 0.03 },
    });

    const snapshot = async (projectId: string) => ({
      history: await f.call('import.history', { projectId }),
      metrics: await f.call('metrics.get', { projectId, mapId: f.mapId, grain: 'day' }),
      velocity: await f.call('metrics.velocity', { projectId, mapId: f.mapId }),
      presets: await f.call('import.presets', { projectId }),
      provenance: await f.call('metrics.provenance', {
        projectId,
        mapId: f.mapId,
        target: { kind: 'stage', id: 'aw' },
        metric: 'clicks',
        grain: 'day',
        period: '2026-03-01',
        segment: null,
      }),
    });
    const original = await snapshot(f.projectId);
    expect(original.history).toHaveLength(3);
    expect(original.provenance).toMatchObject([{ fileName: 'march-2.csv', rows: [2], value: 55 }]);

    const json = f.temp.file('export.json');
    await f.call('project.exportJson', { projectId: f.projectId, path: json });
    const document = JSON.parse(fs.readFileSync(json, 'utf8')) as { metrics: Record<string, unknown[]> };
    expect(Object.fromEntries(Object.entries(document.metrics).map(([table, rows]) => [table, rows.length]))).toEqual({
      definitions: 1,
      presets: 1,
      imports: 3,
      // Awareness 03-01 impressions and clicks, 03-02 impressions and clicks.
      values: 4,
      // What the second import replaced (Awareness 03-01 impressions 1000 → 1000, clicks 50 → 55) or removed (Consideration's two).
      history: 4,
      transitions: 3,
    });

    const copy = await f.call('project.importJson', { source: json, path: f.temp.file('projects/copy.cjm') });
    expect(await snapshot(copy.projectId)).toEqual(original);

    // Undo still works in the copy: the first import's values come back.
    await f.call('import.undo', { projectId: copy.projectId, importId: v2.id });
    const restored = await f.call('metrics.provenance', {
      projectId: copy.projectId,
      mapId: f.mapId,
      target: { kind: 'stage', id: 'aw' },
      metric: 'clicks',
      grain: 'day',
      period: '2026-03-01',
      segment: null,
    });
    expect(restored).toMatchObject([{ fileName: 'march-1.csv', rows: [2], value: 50 }]);
  });

  it('refuses a JSON export whose metrics name a map that is not in it, naming the field, and creates no file', async () => {
    const first = await f.read(f.writeCsv('march-1.csv', V1), STAGE_MAPPING);
    await f.call('import.commit', { jobId: first.jobId, matches: {} });
    const json = f.temp.file('export.json');
    await f.call('project.exportJson', { projectId: f.projectId, path: json });
    const document = JSON.parse(fs.readFileSync(json, 'utf8')) as { metrics: { values: { mapId: string }[] } };
    document.metrics.values[1]!.mapId = 'gone';
    fs.writeFileSync(json, JSON.stringify(document));

    const error = await f.refused('project.importJson', { source: json, path: f.temp.file('projects/copy.cjm') });
    expect(error).toMatchObject({ code: 'BAD_DOCUMENT' });
    expect(error.message).toContain('metrics.values[1].mapId');
    expect(error.message).toContain('"gone"');
    expect(fs.existsSync(f.temp.file('projects/copy.cjm'))).toBe(false);
  });
});
