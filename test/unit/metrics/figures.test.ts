import { describe, expect, it } from 'vitest';
import type { MapMetrics } from '../../../src/api/importTypes';
import { aggregateValues } from '../../../src/metrics/aggregate';
import { BUILTIN_DEFINITIONS } from '../../../src/metrics/definitions';
import { formulaText } from '../../../src/metrics/figureText';
import { channelQuality, firstVisitIndexes, mapFigures, overallFigure, stageFunnel } from '../../../src/metrics/figures';
import type { JourneyMap } from '../../../src/model/journey';
import type { MetricTarget, MetricValue } from '../../../src/model/metrics';

const ch = (id: string): MetricTarget => ({ kind: 'channel', id });
const v = (target: MetricTarget, metric: string, value: number, segment = ''): MetricValue => ({ target, metric, period: '2026-03-01', grain: 'month', segment, value });

function metricsOf(values: MetricValue[]): MapMetrics {
  const series = aggregateValues(values, 'month', BUILTIN_DEFINITIONS);
  return { definitions: BUILTIN_DEFINITIONS, series, segments: [...new Set(values.map((x) => x.segment))].sort(), periods: ['2026-03-01'], hasTransitions: false };
}
const latest = { grain: 'month' as const, period: null, segment: null };

// A channel report as a wide file gives it: visitors, new visitors, transactions, new-visitor transactions, visits, paying users.
const report = metricsOf([
  v(ch('baidu'), 'visitors', 8000),
  v(ch('baidu'), 'visitors', 6000, 'new'),
  v(ch('baidu'), 'transactions', 400),
  v(ch('baidu'), 'transactions', 150, 'new'),
  v(ch('baidu'), 'payingUsers', 300),
  v(ch('baidu'), 'visits', 10000),
  v(ch('wechat'), 'visitors', 2000),
  v(ch('wechat'), 'visitors', 500, 'new'),
  v(ch('wechat'), 'transactions', 200),
  v(ch('wechat'), 'transactions', 100, 'new'),
  v(ch('wechat'), 'payingUsers', 180),
  v(ch('wechat'), 'visits', 2500),
]);

describe('indices', () => {
  it('first-visit conversion index = new share of transactions / new share of visitors, overall and per channel', () => {
    const indexes = firstVisitIndexes(report, latest);
    // All channels: new transactions 150 + 100 = 250 of 600 (0.41667); new visitors 6,500 of 10,000 (0.65): 0.41667 / 0.65 = 0.64103
    expect(indexes[0]).toMatchObject({ scope: { kind: 'overall', of: 'channel' }, newTransactions: 250, transactions: 600, newVisitors: 6500, visitors: 10000 });
    expect(indexes[0]?.index).toBeCloseTo(250 / 600 / (6500 / 10000), 12);
    // Baidu: (150 / 400) / (6,000 / 8,000) = 0.375 / 0.75 = 0.5; WeChat: (100 / 200) / (500 / 2,000) = 0.5 / 0.25 = 2
    expect(indexes.slice(1).map((i) => [i.scope.kind === 'target' && i.scope.target.kind === 'channel' ? i.scope.target.id : '', i.index])).toEqual([
      ['baidu', 0.5],
      ['wechat', 2],
    ]);
  });

  it('channel conversion quality index = share of paying users / share of visits', () => {
    const quality = channelQuality(report, latest);
    // Paying 300 + 180 = 480, visits 10,000 + 2,500 = 12,500. Baidu: (300/480) / (10,000/12,500) = 0.625 / 0.8 = 0.78125; WeChat: 0.375 / 0.2 = 1.875
    expect(quality?.totalPaying).toBe(480);
    expect(quality?.rows.map((r) => r.index)).toEqual([0.78125, 1.875]);
    expect(quality?.visitMetric).toEqual({ wanted: 'visits', used: 'visits' });
  });

  it('uses a close synonym when the file lacks the metric, and says which', () => {
    const visitorsOnly = metricsOf([v(ch('a'), 'visitors', 100), v(ch('a'), 'payingUsers', 10), v(ch('b'), 'visitors', 300), v(ch('b'), 'payingUsers', 10)]);
    const quality = channelQuality(visitorsOnly, latest);
    expect(quality?.visitMetric).toEqual({ wanted: 'visits', used: 'visitors' });
    // Most visitors first. b: (10/20) / (300/400) = 0.5 / 0.75 = 0.6667; a: 0.5 / 0.25 = 2
    expect(quality?.rows[0]?.index).toBeCloseTo(2 / 3, 12);
    expect(quality?.rows[1]?.index).toBe(2);
  });

  it('adds new and returning segments up when the file has no all-users column', () => {
    const split = metricsOf([
      v(ch('a'), 'visitors', 600, 'new'),
      v(ch('a'), 'visitors', 400, 'returning'),
      v(ch('a'), 'transactions', 30, 'new'),
      v(ch('a'), 'transactions', 70, 'returning'),
    ]);
    // (30 / 100) / (600 / 1,000) = 0.5
    expect(firstVisitIndexes(split, latest)[0]?.index).toBeCloseTo(0.5, 12);
  });
});

describe('overall figures and the stage funnel', () => {
  const channels = metricsOf([
    v(ch('baidu'), 'impressions', 100000),
    v(ch('baidu'), 'clicks', 2500),
    v(ch('baidu'), 'ctr', 0.03), // a stale rate column: the counts win
    v(ch('baidu'), 'visitors', 2000),
    v(ch('baidu'), 'conversions', 60),
    v(ch('wechat'), 'impressions', 50000),
    v(ch('wechat'), 'clicks', 500),
    v(ch('wechat'), 'visitors', 450),
    v(ch('wechat'), 'conversions', 9),
  ]);

  it('all-channel CTR and conversion rate are ratios of the summed counts', () => {
    // (2,500 + 500) / 150,000 = 0.02; (60 + 9) / 2,450 = 0.0281633
    expect(overallFigure(channels, 'ctr', latest)?.value).toBe(3000 / 150000);
    expect(overallFigure(channels, 'conversionRate', latest)?.value).toBe(69 / 2450);
    expect(formulaText(overallFigure(channels, 'ctr', latest) as NonNullable<ReturnType<typeof overallFigure>>, BUILTIN_DEFINITIONS, 'en')).toBe(
      'CTR = Σ Clicks / Σ Impressions = 3,000 / 150,000',
    );
  });

  it("counts each stage's deepest volume from its metric cards, for all channels and for one", () => {
    const map: Pick<JourneyMap, 'stages' | 'lanes' | 'cards'> = {
      stages: [
        { id: 'offsite', name: 'Off-site' },
        { id: 'creative', name: 'Creative' },
        { id: 'landing', name: 'Landing' },
        { id: 'content', name: 'Content' },
        { id: 'conversion', name: 'Conversion' },
      ],
      lanes: ['impressions', 'ctr', 'visitors', 'bounce', 'dwell', 'conversionRate'].map((id) => ({ id, name: id, type: 'metrics' as const })),
      cards: Object.fromEntries(
        [
          ['i', 'offsite', 'impressions', 'impressions'],
          ['c', 'creative', 'ctr', 'ctr'],
          ['v', 'landing', 'visitors', 'visitors'],
          ['b', 'landing', 'bounce', 'bounceRate'],
          ['d', 'content', 'dwell', 'dwellTime'],
          ['r', 'conversion', 'conversionRate', 'conversionRate'],
        ].map(([id, stageId, laneId, metricKey]) => [id, { id: id as string, stageId: stageId as string, laneId: laneId as string, order: 0, title: id as string, metricKey }]),
      ),
    };
    const all = stageFunnel(channels, map, latest);
    // impressions 150,000 → clicks 3,000 → visitors 2,450 → conversions 69; the content stage (dwell time) counts nothing
    expect(all.map((s) => [s.stageId, s.metric, s.volume])).toEqual([
      ['offsite', 'impressions', 150000],
      ['creative', 'clicks', 3000],
      ['landing', 'visitors', 2450],
      ['conversion', 'conversions', 69],
    ]);
    expect(all.map((s) => s.conversion)).toEqual([3000 / 150000, 2450 / 3000, 69 / 2450, null]);
    const wechat = stageFunnel(channels, map, latest, ch('wechat'));
    expect(wechat.map((s) => s.volume)).toEqual([50000, 500, 450, 9]);
    expect(mapFigures(channels, map, latest).funnel).toEqual(all);
  });
});
