import { describe, expect, it } from 'vitest';
import type { ImportRecord, MapMetrics } from '../../../src/api/contract';
import { gapTable, metricTable, metricTargetName, rowRanges, type SourcedValue } from '../../../src/export/dataTables';
import { mergeDefinitions } from '../../../src/metrics/definitions';
import type { ProjectCatalog } from '../../../src/model/catalog';
import type { Gap } from '../../../src/model/gaps';
import type { JourneyMap } from '../../../src/model/journey';

const map: JourneyMap = {
  id: 'm',
  name: '旅程 Journey',
  stages: [
    { id: 's1', name: 'Aware' },
    { id: 's2', name: '购买' },
  ],
  lanes: [{ id: 'l1', name: 'Touchpoints', type: 'touchpoints' }],
  cards: { c1: { id: 'c1', stageId: 's1', laneId: 'l1', order: 0, title: 'Landing page' } },
  connections: [],
} as unknown as JourneyMap;

const catalog = {
  channels: [
    { id: 'ch1', name: '', builtin: 'wechat', icon: 'wechat', color: '#07c160', mode: 'online', group: 'social' },
    { id: 'ch2', name: 'Shop', icon: 'store', color: '#000000', mode: 'offline', group: 'owned' },
  ],
  personas: [],
  segments: [],
} as unknown as ProjectCatalog;

const record = (id: string, fileName: string, sheet: string | null): ImportRecord =>
  ({ id, mapId: 'm', kind: 'metrics', path: `/data/${fileName}`, fileName, sheet, presetId: null, presetName: null, importedAt: '', rows: 0, added: 0, changed: 0, removed: 0, undoneAt: null, undoable: true }) satisfies ImportRecord;

describe('rowRanges', () => {
  it('joins consecutive file rows into ranges, sorted and without repeats', () => {
    expect(rowRanges([9, 2, 3, 4, 5, 3, 12, 13])).toBe('2-5, 9, 12-13');
    expect(rowRanges([7])).toBe('7');
    expect(rowRanges([])).toBe('');
  });
});

describe('metricTargetName', () => {
  it('names stages, cards, channels (a built-in one by its translated name until renamed), UTM fields and the map', () => {
    expect(metricTargetName({ kind: 'stage', id: 's2' }, map, catalog)).toBe('购买');
    expect(metricTargetName({ kind: 'card', id: 'c1' }, map, catalog)).toBe('Landing page');
    expect(metricTargetName({ kind: 'channel', id: 'ch2' }, map, catalog)).toBe('Shop');
    expect(metricTargetName({ kind: 'channel', id: 'ch1' }, map, catalog)).toBe('WeChat');
    expect(metricTargetName({ kind: 'channel', id: 'ch1' }, map, catalog, 'zh-CN')).toBe('微信');
    expect(metricTargetName({ kind: 'utm', source: 'baidu', campaign: 'spring' }, map, catalog)).toBe('baidu /  / spring');
    expect(metricTargetName({ kind: 'map' }, map, catalog)).toBe('旅程 Journey');
    expect(metricTargetName({ kind: 'stage', id: 'gone' }, map, catalog)).toBe('gone');
  });
});

describe('metricTable', () => {
  // Sign-ups add up: the definition's own 100 is the whole map's goal; the stage has its own goal; the VIP channel row has none.
  const definitions = mergeDefinitions([
    {
      key: 'signups',
      name: 'Sign-ups',
      nameZh: '注册数',
      unit: 'count',
      aggregation: 'sum',
      direction: 'higherIsBetter',
      target: 100,
      amber: 80,
      red: 50,
      goals: [{ scope: { kind: 'stage', id: 's1' }, target: 100, amber: 80, red: 50 }],
    },
  ]);
  const metrics: MapMetrics = {
    definitions,
    series: [
      {
        target: { kind: 'stage', id: 's1' },
        metric: 'signups',
        segment: '',
        points: [
          { period: '2026-03-01', value: 60, count: 2 },
          { period: '2026-04-01', value: 120, count: 1 },
        ],
      },
      { target: { kind: 'channel', id: 'ch2' }, metric: 'signups', segment: 'vip', points: [{ period: null, value: 40, count: 1 }] },
    ],
    segments: ['', 'vip'],
    periods: ['2026-03-01', '2026-04-01'],
    hasTransitions: false,
  };
  const values: SourcedValue[] = [
    { target: { kind: 'stage', id: 's1' }, metric: 'signups', segment: '', period: '2026-03-02', importId: 'i1', rows: [2, 3] },
    { target: { kind: 'stage', id: 's1' }, metric: 'signups', segment: '', period: '2026-03-20', importId: 'i2', rows: [4] },
    { target: { kind: 'stage', id: 's1' }, metric: 'signups', segment: '', period: '2026-04-05', importId: 'i2', rows: [5] },
    { target: { kind: 'channel', id: 'ch2' }, metric: 'signups', segment: 'vip', period: null, importId: 'i1', rows: [9] },
  ];
  const imports = [record('i1', 'march.csv', null), record('i2', 'crm.xlsx', 'Leads')];

  it('has one row per bucket with its status against the thresholds and the files, sheets and rows it came from', () => {
    const table = metricTable({ map, catalog, metrics, grain: 'month', values, imports }, 'en');
    expect(table.sheetName).toBe('Metrics');
    expect(table.rows).toEqual([
      ['Stage', 'Aware', 'Sign-ups', '2026-03-01', 'All users', 60, 'count', 100, 'Watch', 'march.csv, crm.xlsx', 'Leads', '2-4'],
      ['Stage', 'Aware', 'Sign-ups', '2026-04-01', 'All users', 120, 'count', 100, 'On target', 'crm.xlsx', 'Leads', '5'],
      ['Channel', 'Shop', 'Sign-ups', 'No period', 'vip', 40, 'count', null, 'No target', 'march.csv', null, '9'],
    ]);
  });

  it('speaks Chinese when asked: headers, metric names, statuses', () => {
    const table = metricTable({ map, catalog, metrics, grain: 'month', values, imports }, 'zh-CN');
    expect(table.columns[0]).toBe('对象类型');
    expect(table.rows[0]!.slice(0, 5)).toEqual(['阶段', 'Aware', '注册数', '2026-03-01', '全部用户']);
    expect(table.rows[1]![8]).toBe('达标');
  });
});

describe('gapTable', () => {
  const gaps: Gap[] = [
    { key: 'a', rule: 'orphanProcess', severity: 'high', stageId: 's1', cardIds: ['c1', 'gone'], params: { card: 'Landing page', lane: 'Backstage', stage: 'Aware' }, why: 'English only.' },
    { key: 'b', rule: 'funnelDropOff', severity: 'low', stageId: null, cardIds: [], params: { metric: '访问量', from: 'Aware', to: '购买', share: '62.0%' }, why: 'English only.' },
    { key: 'c', rule: 'unexplainedEmotionalLow', severity: 'medium', stageId: 's2', cardIds: [], params: { stage: '购买', value: -2, persona: '', personaId: 'p1' }, why: 'English only.' },
  ];
  const withPersona = { ...catalog, personas: [{ id: 'p1', name: '忙碌的家长' }] } as unknown as ProjectCatalog;

  it('words every cell in Chinese when asked: headers, severity, rule name, explanation (persona from the catalog), sheet name', () => {
    expect(gapTable(map, gaps, 'zh-CN', withPersona)).toEqual({
      columns: ['严重程度', '规则', '阶段', '说明', '卡片'],
      rows: [
        ['高', '孤立流程', 'Aware', '“Landing page”（Backstage，Aware）不支撑任何客户可见的内容，也不通向支撑客户内容的步骤。', 'Landing page'],
        ['低', '最大漏斗流失', '整张地图', '访问量的最大流失：从Aware到购买流失了 62.0%。', null],
        ['中', '无法解释的情绪低谷', '购买', '忙碌的家长的情绪曲线在购买阶段降到 -2，但该阶段没有痛点可以解释。', null],
      ],
      sheetName: '差距',
    });
  });

  it('words them in English as the gap panel does, and leaves the persona out without a catalog', () => {
    const table = gapTable(map, gaps, 'en');
    expect(table.columns).toEqual(['Severity', 'Rule', 'Stage', 'Explanation', 'Cards']);
    expect(table.sheetName).toBe('Gaps');
    expect(table.rows).toEqual([
      ['High', 'Orphan process', 'Aware', '“Landing page” (Backstage, Aware) supports nothing the customer sees and leads to no step that does.', 'Landing page'],
      ['Low', 'Biggest funnel drop-off', 'Whole map', 'The biggest 访问量 drop-off: 62.0% are lost between Aware and 购买.', null],
      ['Medium', 'Unexplained emotional low', '购买', 'The emotion curve drops to -2 at 购买, but no pain point there explains it.', null],
    ]);
  });
});
