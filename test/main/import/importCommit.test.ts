import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportMapping } from '../../../src/import/mapping';
import { importFixture, STAGE_MAPPING, type ImportFixture } from './importSupport';

const HEADER = ['日期', '阶段', '展示量', '点击量'];
const V1 = [
  HEADER,
  ['2026-03-01', 'Awareness', '1,000', 50],
  ['2026-03-01', 'Consideration', 400, 40],
  ['2026-03-02', 'Awareness', '1,200', 60],
  ['2026-03-02', 'Unknown stage', 10, 1],
];
/** V1 re-exported: Awareness 03-01 clicks 50 → 55, Consideration gone, 03-03 new. */
const V2 = [HEADER, ['2026-03-01', 'Awareness', 1000, 55], ['2026-03-02', 'Awareness', 1200, 60], ['2026-03-03', 'Awareness', 900, 30]];

const stage = (id: string) => ({ kind: 'stage' as const, id });

describe('importing metrics into a map', () => {
  let f: ImportFixture;
  beforeEach(async () => (f = await importFixture()));
  afterEach(() => f.dispose());

  /** Every stored value of the map as "target metric period = value", sorted. */
  // What metrics.get shows by day: the files' values, and CTR derived where a file gave clicks and impressions but no CTR.
  const storedValues = async () => {
    const { series } = await f.call('metrics.get', { projectId: f.projectId, mapId: f.mapId, grain: 'day' });
    return series
      .flatMap((s) => s.points.map((p) => `${s.target.kind === 'stage' ? s.target.id : s.target.kind} ${s.metric} ${p.period} = ${p.value}`))
      .sort();
  };

  it('reads a CSV in a worker, suggests matches by stage name, and commits it: history, metrics.get and provenance show it', async () => {
    const file = f.writeCsv('campaign.csv', V1);
    const { jobId, state } = await f.read(file, STAGE_MAPPING);
    expect(state.phase).toBe('ready');
    expect(state.rowsRead).toBe(4);
    expect(state.result).toMatchObject({ kind: 'metrics', validRows: 4, metrics: ['impressions', 'clicks'] });
    expect(state.suggestedMatches).toEqual({ Awareness: stage('aw'), Consideration: stage('co'), 'Unknown stage': null });

    const diff = await f.call('import.diff', { jobId, matches: {} });
    expect(diff).toMatchObject({ added: 6, changed: 0, removed: 0, unchanged: 0, unmatched: 2, combined: 0, previousImportId: null });
    expect(diff.entries.filter((e) => e.change === 'added')).toHaveLength(6);

    const record = await f.call('import.commit', { jobId, matches: {} });
    expect(record).toMatchObject({ kind: 'metrics', fileName: 'campaign.csv', sheet: null, rows: 3, added: 6, changed: 0, removed: 0, undoneAt: null, undoable: true });
    expect((await f.call('import.status', { jobId })).phase).toBe('committed');
    expect((await f.refused('import.commit', { jobId, matches: {} })).message).toMatch(/campaign\.csv.*committed/);

    expect(await f.call('import.history', { projectId: f.projectId, mapId: f.mapId })).toEqual([record]);
    // The project-wide history (every map) lists it too.
    expect(await f.call('import.history', { projectId: f.projectId })).toEqual([record]);
    expect(await storedValues()).toEqual([
      'aw clicks 2026-03-01 = 50',
      'aw clicks 2026-03-02 = 60',
      'aw ctr 2026-03-01 = 0.05', // 50 / 1000
      'aw ctr 2026-03-02 = 0.05', // 60 / 1200
      'aw impressions 2026-03-01 = 1000',
      'aw impressions 2026-03-02 = 1200',
      'co clicks 2026-03-01 = 40',
      'co ctr 2026-03-01 = 0.1', // 40 / 400
      'co impressions 2026-03-01 = 400',
    ]);
    const monthly = await f.call('metrics.get', { projectId: f.projectId, mapId: f.mapId, grain: 'month' });
    expect(monthly.periods).toEqual(['2026-03-01']);
    // CTR derived per day (clicks / impressions) and weighted by impressions over the month:
    // aw (50 + 60) / (1000 + 1200) = 0.05; co 40 / 400 = 0.1.
    const ctr = monthly.series.filter((s) => s.metric === 'ctr').map((s) => [s.target, s.points.map((p) => p.value)]);
    expect(ctr).toEqual([
      [stage('aw'), [0.05]],
      [stage('co'), [0.1]],
    ]);
    expect(monthly.segments).toEqual(['']);
    expect(monthly.hasTransitions).toBe(false);
    expect(monthly.series.find((s) => s.metric === 'impressions' && s.target.kind === 'stage' && s.target.id === 'aw')?.points).toEqual([
      // two daily values, 1 and 2 March
      { period: '2026-03-01', value: 2200, count: 2, from: '2026-03-01', to: '2026-03-02' },
    ]);

    const provenance = await f.call('metrics.provenance', {
      projectId: f.projectId,
      mapId: f.mapId,
      target: stage('aw'),
      metric: 'impressions',
      grain: 'month',
      period: '2026-03-01',
      segment: null,
    });
    expect(provenance.map(({ fileName, sheet, rows, value, period, importId, importedAt }) => ({ fileName, sheet, rows, value, period, importId, importedAt }))).toEqual([
      { fileName: 'campaign.csv', sheet: null, rows: [2], value: 1000, period: '2026-03-01', importId: record.id, importedAt: record.importedAt },
      { fileName: 'campaign.csv', sheet: null, rows: [4], value: 1200, period: '2026-03-02', importId: record.id, importedAt: record.importedAt },
    ]);
    expect(provenance[0]?.path).toBe(file);
  });

  it('combines rows that share a key after matching: counts summed, a rate weighted by its weight metric', async () => {
    const file = f.writeCsv('ctr.csv', [
      ['日期', '渠道', '展示量', '点击率'],
      ['2026-03-01', 'Baidu', 1000, '5%'],
      ['2026-03-01', 'Sogou', 400, '10%'],
      ['2026-03-02', 'Baidu', 500, '2%'],
    ]);
    const mapping: ImportMapping = {
      ...STAGE_MAPPING,
      layout: { layout: 'wide', metrics: [{ column: 2, metric: 'impressions' }, { column: 3, metric: 'ctr' }] },
    };
    const { jobId } = await f.read(file, mapping);
    const matches = { Baidu: stage('aw'), Sogou: stage('aw') };
    const diff = await f.call('import.diff', { jobId, matches });
    expect(diff).toMatchObject({ added: 4, combined: 4, unmatched: 0 });
    await f.call('import.commit', { jobId, matches });
    const values = await storedValues();
    expect(values).toContain('aw impressions 2026-03-01 = 1400');
    // (5 % × 1000 + 10 % × 400) / 1400
    const ctr = values.find((v) => v.startsWith('aw ctr 2026-03-01'));
    expect(Number(ctr?.split(' = ')[1])).toBeCloseTo(90 / 1400, 12);
    const [entry] = await f.call('metrics.provenance', { projectId: f.projectId, mapId: f.mapId, target: stage('aw'), metric: 'ctr', grain: 'day', period: '2026-03-01', segment: '' });
    expect(entry?.rows).toEqual([2, 3]);
  });

  it('reads a long file (one row per metric) with segments: rates of keys combined are weighted by their own key\'s weight', async () => {
    const file = f.writeCsv('long.csv', [
      ['日期', '阶段', '指标', '数值', '用户类型'],
      ['2026-03-01', 'Awareness', '展示量', 1000, '新客'],
      ['2026-03-01', 'Awareness', '点击率', '5%', '新客'],
      ['2026-03-01', 'Search', '展示量', 400, '新客'],
      ['2026-03-01', 'Search', '点击率', '10%', '新客'],
      ['2026-03-01', 'Awareness', '展示量', 3000, '老客'],
      ['2026-03-01', 'Awareness', '点击率', '1%', '老客'],
    ]);
    const mapping: ImportMapping = {
      ...STAGE_MAPPING,
      segment: 4,
      layout: { layout: 'long', metricColumn: 2, valueColumn: 3, names: { 展示量: 'impressions', 点击率: 'ctr' } },
    };
    const { jobId, state } = await f.read(file, mapping);
    expect(state.suggestedMatches).toEqual({ Awareness: stage('aw'), Search: null });
    const matches = { Search: stage('aw') };
    expect(await f.call('import.diff', { jobId, matches })).toMatchObject({ added: 4, combined: 4, unmatched: 0 });
    await f.call('import.commit', { jobId, matches });
    const got = await f.call('metrics.get', { projectId: f.projectId, mapId: f.mapId, grain: 'month' });
    expect(got.segments).toEqual(['新客', '老客']);
    const point = (metric: string, segment: string) => got.series.find((s) => s.metric === metric && s.segment === segment)?.points[0]?.value;
    expect(point('impressions', '新客')).toBe(1400);
    expect(point('ctr', '新客')).toBeCloseTo(90 / 1400, 12);
    expect(point('ctr', '老客')).toBeCloseTo(0.01, 12);
    const provenance = await f.call('metrics.provenance', { projectId: f.projectId, mapId: f.mapId, target: stage('aw'), metric: 'ctr', grain: 'month', period: '2026-03-01', segment: null });
    expect(provenance.map((p) => [p.segment, p.rows])).toEqual([
      ['新客', [3, 5]],
      ['老客', [7]],
    ]);
  });

  it('re-imports with a preset: the diff counts added, changed, unchanged and removed exactly, and undo restores the previous values', async () => {
    const preset = await f.call('import.savePreset', { projectId: f.projectId, name: '渠道日报', read: {}, mapping: STAGE_MAPPING, matches: { 'Unknown stage': null } });
    const first = await f.read(f.writeCsv('march-1.csv', V1), STAGE_MAPPING, { presetId: preset.id });
    const v1 = await f.call('import.commit', { jobId: first.jobId, matches: {} });
    expect(v1).toMatchObject({ presetId: preset.id, presetName: '渠道日报' });
    const before = await storedValues();

    const second = await f.read(f.writeCsv('march-2.csv', V2), STAGE_MAPPING, { presetId: preset.id });
    const diff = await f.call('import.diff', { jobId: second.jobId, matches: {} });
    expect(diff).toMatchObject({ added: 2, changed: 1, unchanged: 3, removed: 2, unmatched: 0, previousImportId: v1.id });
    expect(diff.entries).toEqual([
      { change: 'changed', target: stage('aw'), metric: 'clicks', period: '2026-03-01', segment: '', before: 50, after: 55, row: 2 },
      { change: 'removed', target: stage('co'), metric: 'clicks', period: '2026-03-01', segment: '', before: 40, after: null, row: null },
      { change: 'removed', target: stage('co'), metric: 'impressions', period: '2026-03-01', segment: '', before: 400, after: null, row: null },
      { change: 'added', target: stage('aw'), metric: 'impressions', period: '2026-03-03', segment: '', before: null, after: 900, row: 4 },
      { change: 'added', target: stage('aw'), metric: 'clicks', period: '2026-03-03', segment: '', before: null, after: 30, row: 4 },
    ]);
    const v2 = await f.call('import.commit', { jobId: second.jobId, matches: {} });
    expect(v2).toMatchObject({ added: 2, changed: 1, removed: 2, rows: 3 });
    expect(await storedValues()).toEqual([
      'aw clicks 2026-03-01 = 55',
      'aw clicks 2026-03-02 = 60',
      'aw clicks 2026-03-03 = 30',
      'aw ctr 2026-03-01 = 0.055', // 55 / 1000
      'aw ctr 2026-03-02 = 0.05', // 60 / 1200
      `aw ctr 2026-03-03 = ${30 / 900}`,
      'aw impressions 2026-03-01 = 1000',
      'aw impressions 2026-03-02 = 1200',
      'aw impressions 2026-03-03 = 900',
    ]);

    // The first import cannot be undone while the second, which replaced its values, stands.
    const history = await f.call('import.history', { projectId: f.projectId, mapId: f.mapId });
    expect(history.map((r) => [r.id, r.undoable])).toEqual([
      [v2.id, true],
      [v1.id, false],
    ]);
    const refusal = await f.refused('import.undo', { projectId: f.projectId, importId: v1.id });
    expect(refusal).toMatchObject({ code: 'UNSUPPORTED' });
    expect(refusal.message).toMatch(/march-1\.csv.*later import/);
    expect(await storedValues()).toHaveLength(9); // 6 values of the files, 3 CTRs derived from them

    const undone = await f.call('import.undo', { projectId: f.projectId, importId: v2.id });
    expect(undone.undoneAt).not.toBeNull();
    expect(undone.undoable).toBe(false);
    expect(await storedValues()).toEqual(before);
    const [provenance] = await f.call('metrics.provenance', { projectId: f.projectId, mapId: f.mapId, target: stage('aw'), metric: 'clicks', grain: 'day', period: '2026-03-01', segment: null });
    expect(provenance).toMatchObject({ importId: v1.id, fileName: 'march-1.csv', rows: [2], value: 50 });
    expect((await f.refused('import.undo', { projectId: f.projectId, importId: v2.id })).message).toMatch(/already undone/);

    // With the second undone, the first can go too, leaving nothing.
    expect((await f.call('import.history', { projectId: f.projectId, mapId: f.mapId })).map((r) => r.undoable)).toEqual([false, true]);
    await f.call('import.undo', { projectId: f.projectId, importId: v1.id });
    expect(await storedValues()).toEqual([]);
  });

  it('a commit that fails half-way changes nothing and leaves the job ready', async () => {
    const first = await f.read(f.writeCsv('campaign.csv', V1), STAGE_MAPPING);
    await f.call('import.commit', { jobId: first.jobId, matches: {} });
    const before = await storedValues();
    // A write that fails after others of the same transaction went through (as a full disk would).
    await f.reopen(() => {
      const db = new Database(f.projectFile);
      db.exec(`CREATE TRIGGER boom BEFORE INSERT ON metric_values WHEN NEW.period = '2026-03-03' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;`);
      db.close();
    });
    const second = await f.read(f.writeCsv('campaign.csv', V2), STAGE_MAPPING);
    expect((await f.call('import.diff', { jobId: second.jobId, matches: {} })).removed).toBe(2);
    const error = await f.refused('import.commit', { jobId: second.jobId, matches: {} });
    expect(error).toMatchObject({ code: 'IO' });
    expect(error.message).toMatch(/Nothing of "campaign\.csv" was imported: disk I\/O error/);
    expect(await storedValues()).toEqual(before);
    expect(await f.call('import.history', { projectId: f.projectId, mapId: f.mapId })).toHaveLength(1);
    expect((await f.call('import.status', { jobId: second.jobId })).phase).toBe('ready');
  });

  it('refuses to commit into a map deleted meanwhile, naming the map, and writes nothing', async () => {
    const { jobId } = await f.read(f.writeCsv('campaign.csv', V1), STAGE_MAPPING);
    await f.call('map.create', { projectId: f.projectId, mapId: 'm2', name: 'Other' });
    await f.call('map.delete', { projectId: f.projectId, mapId: f.mapId });
    const error = await f.refused('import.commit', { jobId, matches: {} });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(/m1/);
    await f.reopen(() => {
      const db = new Database(f.projectFile, { readonly: true });
      expect(db.prepare('SELECT (SELECT count(*) FROM metric_values) + (SELECT count(*) FROM imports)').pluck().get()).toBe(0);
      db.close();
    });
  });

  it('refuses matches to a stage that is not on the map, naming the key', async () => {
    const { jobId } = await f.read(f.writeCsv('campaign.csv', V1), STAGE_MAPPING);
    const error = await f.refused('import.diff', { jobId, matches: { Awareness: stage('gone') } });
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
    expect(error.message).toMatch(/"Awareness" of "campaign\.csv" is matched to stage "gone"/);
  });

  it('saves, replaces by name, lists and deletes presets; a preset\'s matches win over the suggestions', async () => {
    const saved = await f.call('import.savePreset', { projectId: f.projectId, name: 'Weekly', read: { encoding: 'gb18030' }, mapping: STAGE_MAPPING, matches: {} });
    const replaced = await f.call('import.savePreset', { projectId: f.projectId, name: 'Weekly', read: {}, mapping: STAGE_MAPPING, matches: { Awareness: stage('co') } });
    expect(replaced.id).toBe(saved.id);
    const other = await f.call('import.savePreset', { projectId: f.projectId, name: 'Another', read: {}, mapping: STAGE_MAPPING, matches: {} });
    expect(await f.call('import.presets', { projectId: f.projectId })).toEqual([other, replaced]);
    expect(replaced).toMatchObject({ read: {}, mapping: STAGE_MAPPING, matches: { Awareness: stage('co') } });

    const { state } = await f.read(f.writeCsv('campaign.csv', V1), STAGE_MAPPING, { presetId: saved.id });
    expect(state.suggestedMatches).toMatchObject({ Awareness: stage('co'), Consideration: stage('co') });

    await f.call('import.deletePreset', { projectId: f.projectId, presetId: other.id });
    expect((await f.call('import.presets', { projectId: f.projectId })).map((p) => p.name)).toEqual(['Weekly']);
    expect((await f.refused('import.deletePreset', { projectId: f.projectId, presetId: other.id })).code).toBe('NOT_FOUND');
  });

  it('saves and deletes project definitions over the built-ins', async () => {
    const builtin = (await f.call('metrics.get', { projectId: f.projectId, mapId: f.mapId, grain: 'month' })).definitions.find((d) => d.key === 'ctr');
    expect(builtin).toMatchObject({ aggregation: 'ratio', numerator: 'clicks', denominator: 'impressions' });
    const changed = await f.call('metrics.saveDefinition', { projectId: f.projectId, definition: { ...builtin!, target: 0.05, amber: 0.03, red: 0.01 } });
    expect(changed.find((d) => d.key === 'ctr')).toMatchObject({ target: 0.05, amber: 0.03, red: 0.01 });
    const custom = { key: 'custom_leadsPerDay', name: 'Leads per day', unit: 'count', aggregation: 'average', direction: 'higherIsBetter' } as const;
    expect((await f.call('metrics.saveDefinition', { projectId: f.projectId, definition: custom })).at(-1)).toEqual(custom);
    const reset = await f.call('metrics.deleteDefinition', { projectId: f.projectId, key: 'ctr' });
    expect(reset.find((d) => d.key === 'ctr')).toEqual(builtin);
    expect((await f.refused('metrics.deleteDefinition', { projectId: f.projectId, key: 'ctr' })).code).toBe('NOT_FOUND');
  });
});
