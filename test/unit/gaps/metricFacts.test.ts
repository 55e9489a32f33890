import { describe, expect, it } from 'vitest';
import type { MapMetrics } from '../../../src/api/contract';
import { metricFactsOf } from '../../../src/gaps/metricFacts';
import { BUILTIN_DEFINITIONS } from '../../../src/metrics/definitions';
import { NO_METRIC_FACTS } from '../../../src/model/gaps';
import type { MetricSeries, MetricTarget, VelocityReport } from '../../../src/model/metrics';
import { gapLines, gapMap, gapsOf } from './gapMaps';

const definitions = BUILTIN_DEFINITIONS.map((d) => {
  // Visitors add up: a goal per stage, each compared with its own stage's figure.
  if (d.key === 'visitors') return { ...d, goals: ['s1', 's2', 's3'].map((id) => ({ scope: { kind: 'stage' as const, id }, target: 2000, red: 500, amber: 1500 })) };
  // No target: the red threshold is the goal shown.
  if (d.key === 'conversionRate') return { ...d, red: 0.02, amber: 0.03 };
  return d;
});
const series = (target: MetricTarget, metric: string, values: [string, number][]): MetricSeries => ({ target, metric, segment: '', points: values.map(([period, value]) => ({ period, value, count: 1 })) });
const stage = (id: string): MetricTarget => ({ kind: 'stage', id });
const data: MapMetrics = {
  definitions,
  series: [
    // The map shows the latest period: March.
    series(stage('s1'), 'visitors', [['2026-02-01', 100], ['2026-03-01', 1000]]),
    series(stage('s2'), 'visitors', [['2026-03-01', 400]]),
    series(stage('s3'), 'visitors', [['2026-03-01', 320]]),
    series(stage('s1'), 'leads', [['2026-03-01', 50]]),
    series({ kind: 'card', id: 't' }, 'conversionRate', [['2026-03-01', 0.01]]),
    series({ kind: 'channel', id: 'web' }, 'conversionRate', [['2026-03-01', 0.025]]),
  ],
  segments: [''],
  periods: ['2026-02-01', '2026-03-01'],
  hasTransitions: true,
};
const map = gapMap(3, ['touchpoints'], [{ id: 't', stageId: 's2', title: 'Pricing page' }, { id: 'u', stageId: 's3', title: 'Web shop', channelId: 'web' }, { id: 'v', stageId: 's3' }]);
const selection = { grain: 'month', period: null, segment: null } as const;
const velocity: VelocityReport = { transitions: [], moves: { forward: 0, backward: 0 }, backwardRate: null, reentryRate: null, stages: [], entities: 0, asOf: null };

describe('metric facts', () => {
  it('reads every stage value and card badge of the shown period with its status and target', () => {
    const facts = metricFactsOf(map, data, selection, velocity, 'en');
    expect(facts.readings.map((r) => [r.target.kind, r.target.id, r.metric, r.status, r.valueText, r.targetText])).toEqual([
      ['stage', 's1', 'visitors', 'amber', '1,000', '2,000'],
      ['stage', 's1', 'leads', 'none', '50', null],
      ['stage', 's2', 'visitors', 'red', '400', '2,000'],
      ['stage', 's3', 'visitors', 'red', '320', '2,000'],
      ['card', 't', 'conversionRate', 'red', '1%', '2%'],
      ['card', 'u', 'conversionRate', 'amber', '2.5%', '2%'],
    ]);
    expect(facts.velocity).toBe(velocity);
  });

  it('builds the funnel of the main volume metric, drop-off = 1 − next / this', () => {
    const facts = metricFactsOf(map, data, selection, null, 'en');
    expect(facts.funnel?.metric).toBe('visitors');
    expect(facts.funnel?.name).toBe('Visitors');
    expect(facts.funnel?.steps.map((s) => [s.stageId, s.volume, s.dropOff === null ? null : Number(s.dropOff.toFixed(3))])).toEqual([
      ['s1', 1000, 0.6],
      ['s2', 400, 0.2],
      ['s3', 320, null],
    ]);
    const withoutVolumes = { ...data, series: data.series.filter((s) => s.metric === 'conversionRate') };
    expect(metricFactsOf(map, withoutVolumes, selection, null, 'en').funnel).toBeNull();
  });

  it('names metrics in Chinese for zh-CN', () => {
    const facts = metricFactsOf(map, data, selection, null, 'zh-CN');
    expect(facts.funnel?.name).toBe('访客数');
    expect(facts.readings.find((r) => r.metric === 'conversionRate')?.name).toBe('转化率');
  });

  it('has no readings without imported metrics, but keeps the velocity', () => {
    expect(metricFactsOf(map, null, selection, velocity, 'en')).toEqual({ ...NO_METRIC_FACTS, velocity });
  });

  it('gives the metric rules what the map shows', () => {
    const facts = metricFactsOf(map, data, selection, null, 'en');
    expect(gapLines(gapsOf(map, {}, facts))).toEqual([
      'funnelDropOff@s1::high',
      'metricOffTarget@s2::high',
      'metricOffTarget@s2:t:high',
      'metricOffTarget@s3::high',
      'metricOffTarget@s1::medium',
      'metricOffTarget@s3:u:medium',
    ]);
  });
});
