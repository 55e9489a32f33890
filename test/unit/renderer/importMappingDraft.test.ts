import { describe, expect, it } from 'vitest';
import { ImportMappingSchema, type ImportMapping } from '../../../src/import/mapping';
import { fromMapping, fromSuggestions, suggestNames, toMapping, type MappingDraft } from '../../../renderer/panels/import/mappingDraft';
import { suggestColumn } from '../../../src/import/headerSuggestions';

// The wizard's mapping step edits one role per column; these check the mapping it hands to main.

const ignore = { role: 'ignore', metric: '' } as const;

const channelDraft = (): MappingDraft => ({
  kind: 'metrics',
  layout: 'wide',
  targetKind: 'channel',
  headerRow: 1,
  dayFirst: false,
  skipTotals: true,
  // 日期, 渠道, 展示量, 点击量, 点击率, 备注
  columns: [
    { role: 'period', metric: '' },
    { role: 'target', metric: '' },
    { role: 'metric', metric: 'impressions' },
    { role: 'metric', metric: 'clicks' },
    ignore,
    ignore,
  ],
  names: {},
});

describe('toMapping', () => {
  it('turns a wide channel draft into the mapping main reads the file with', () => {
    const result = toMapping(channelDraft());
    expect(result).toEqual({
      ok: true,
      mapping: {
        kind: 'metrics',
        headerRow: 1,
        dayFirst: false,
        skipTotals: true,
        target: { kind: 'channel', column: 1 },
        period: 0,
        layout: {
          layout: 'wide',
          metrics: [
            { column: 2, metric: 'impressions' },
            { column: 3, metric: 'clicks' },
          ],
        },
      },
    });
    if (result.ok) expect(ImportMappingSchema.safeParse(result.mapping).success).toBe(true);
  });

  it('says what is missing: no metric column, no target column, a second period column, a bad custom key', () => {
    const draft = channelDraft();
    expect(toMapping({ ...draft, columns: draft.columns.map((c) => (c.role === 'metric' ? ignore : c)) })).toEqual({ ok: false, problem: 'validation.noMetric' });
    expect(toMapping({ ...draft, columns: draft.columns.map((c) => (c.role === 'target' ? ignore : c)) })).toEqual({ ok: false, problem: 'validation.noTarget' });
    expect(toMapping({ ...draft, columns: [...draft.columns.slice(0, 5), { role: 'period', metric: '' }] })).toEqual({
      ok: false,
      problem: 'validation.duplicate',
      detail: 'period',
    });
    expect(toMapping({ ...draft, columns: [...draft.columns.slice(0, 5), { role: 'metric', metric: '1st' }] })).toEqual({
      ok: false,
      problem: 'validation.badMetricKey',
      detail: '1st',
    });
  });

  it('drops roles the chosen target does not use (a channel column when the rows are about the whole map)', () => {
    const result = toMapping({ ...channelDraft(), targetKind: 'map' });
    expect(result.ok && result.mapping.kind === 'metrics' && result.mapping.target).toEqual({ kind: 'map' });
  });

  it('builds UTM targets, long layouts with their metric names, and transition logs', () => {
    const utm = toMapping({
      ...channelDraft(),
      targetKind: 'utm',
      layout: 'long',
      columns: [
        { role: 'utmSource', metric: '' },
        { role: 'utmCampaign', metric: '' },
        { role: 'metricName', metric: '' },
        { role: 'value', metric: '' },
      ],
      names: { 点击量: 'clicks', 备注: '' },
    });
    expect(utm.ok && utm.mapping.kind === 'metrics' && utm.mapping.target).toEqual({ kind: 'utm', source: 0, campaign: 1 });
    expect(utm.ok && utm.mapping.kind === 'metrics' && utm.mapping.layout).toEqual({ layout: 'long', metricColumn: 2, valueColumn: 3, names: { 点击量: 'clicks' } });

    const log = toMapping({
      ...channelDraft(),
      kind: 'transitions',
      columns: [
        { role: 'entity', metric: '' },
        { role: 'stage', metric: '' },
        ignore,
      ],
    });
    expect(log).toEqual({ ok: false, problem: 'validation.noTimestamp' });
  });
});

describe('fromMapping and fromSuggestions', () => {
  it('gives back the draft a mapping was made from (a preset reopens as it was saved)', () => {
    const result = toMapping(channelDraft());
    if (!result.ok) throw new Error('draft should map');
    expect(fromMapping(result.mapping, 6)).toEqual(channelDraft());
  });

  it('widens the draft to the columns a preset names beyond the file', () => {
    const mapping: ImportMapping = { kind: 'transitions', headerRow: 0, dayFirst: true, skipTotals: true, entity: 0, stage: 1, timestamp: 4 };
    const draft = fromMapping(mapping, 3);
    expect(draft.columns.map((c) => c.role)).toEqual(['entity', 'stage', 'ignore', 'ignore', 'timestamp']);
    expect(draft.dayFirst).toBe(true);
  });

  it('reads per-column header suggestions into roles and a target kind', () => {
    const draft = fromSuggestions(
      [{ kind: 'dimension', role: 'period' }, { kind: 'dimension', role: 'channel' }, { kind: 'metric', metric: 'impressions' }, null],
      2,
    );
    expect(draft.targetKind).toBe('channel');
    expect(draft.layout).toBe('wide');
    expect(draft.headerRow).toBe(2);
    expect(draft.columns.map((c) => `${c.role}:${c.metric}`)).toEqual(['period:', 'target:', 'metric:impressions', 'ignore:']);
  });

  it('suggests metric keys for the metric names of a long file, keeping the ones already chosen', () => {
    expect(suggestNames(['展示量', '点击量', '备注'], { 点击量: 'custom_clicks' })).toEqual({ 展示量: 'impressions', 点击量: 'custom_clicks', 备注: '' });
  });
});

describe('per-column segments of a wide file', () => {
  // 渠道, 访客数, 新访客数, 老访客交易数
  const headers = ['渠道', '访客数', '新访客数', '老访客交易数'];

  it('come from the header suggestions, reach the mapping, and come back from it', () => {
    const draft = fromSuggestions(headers.map((header) => suggestColumn(header) ?? null), 0);
    expect(draft.columns).toEqual([
      { role: 'target', metric: '' },
      { role: 'metric', metric: 'visitors' },
      { role: 'metric', metric: 'visitors', segment: 'new' },
      { role: 'metric', metric: 'transactions', segment: 'returning' },
    ]);
    const result = toMapping(draft);
    if (!result.ok) throw new Error(result.problem);
    expect(result.mapping).toMatchObject({ kind: 'metrics' });
    expect(result.mapping.kind === 'metrics' && result.mapping.layout).toEqual({
      layout: 'wide',
      metrics: [
        { column: 1, metric: 'visitors' },
        { column: 2, metric: 'visitors', segment: 'new' },
        { column: 3, metric: 'transactions', segment: 'returning' },
      ],
    });
    expect(ImportMappingSchema.safeParse(result.mapping).success).toBe(true);
    expect(fromMapping(result.mapping, headers.length).columns).toEqual(draft.columns);
  });

  it("a column set back to the row's segment has none in the mapping; a preset saved before segments existed still loads", () => {
    const draft = fromSuggestions(headers.map((header) => suggestColumn(header) ?? null), 0);
    draft.columns[2] = { role: 'metric', metric: 'visitors', segment: '' };
    const result = toMapping(draft);
    expect(result.ok && result.mapping.kind === 'metrics' && result.mapping.layout.layout === 'wide' && result.mapping.layout.metrics[1]).toEqual({ column: 2, metric: 'visitors' });
    const oldPreset = { kind: 'metrics', headerRow: 0, dayFirst: false, skipTotals: true, target: { kind: 'channel', column: 0 }, layout: { layout: 'wide', metrics: [{ column: 1, metric: 'visitors' }] } };
    const parsed = ImportMappingSchema.parse(oldPreset);
    expect(fromMapping(parsed, 2).columns).toEqual([{ role: 'target', metric: '' }, { role: 'metric', metric: 'visitors' }]);
  });
});
