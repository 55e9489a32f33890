import { describe, expect, it } from 'vitest';
import { NO_METRIC_FACTS, type GapMetricFacts, type GapMetricReading } from '../../../src/model/gaps';
import type { TransitionVelocity, VelocityReport } from '../../../src/model/metrics';
import { gapLines, gapMap, gapsOf, only } from './gapMaps';

const map = gapMap(4, ['touchpoints', 'backstage'], [{ id: 't', stageId: 's3', title: 'Pricing page' }]);

const reading = (status: GapMetricReading['status'], target: GapMetricReading['target'] = { kind: 'stage', id: 's2' }): GapMetricReading => ({
  target,
  metric: 'conversionRate',
  name: 'Conversion rate',
  value: 0.01,
  valueText: '1.0%',
  targetText: '3.0%',
  status,
});
const withReadings = (...readings: GapMetricReading[]): GapMetricFacts => ({ ...NO_METRIC_FACTS, readings });

describe('metric off target', () => {
  const offTarget = (facts: GapMetricFacts) => gapsOf(map, only('metricOffTarget'), facts);

  it('flags a stage metric in its red threshold as high, amber as medium, green or unrated not at all', () => {
    expect(offTarget(withReadings(reading('red')))).toEqual([
      {
        key: 'metricOffTarget:s2:stage:s2:conversionRate',
        rule: 'metricOffTarget',
        severity: 'high',
        stageId: 's2',
        cardIds: [],
        params: { metric: 'Conversion rate', subject: 'S2', value: '1.0%', goal: '3.0%' },
        why: 'Conversion rate for S2 is 1.0%; the target is 3.0%.',
      },
    ]);
    expect(gapLines(offTarget(withReadings(reading('amber'))))).toEqual(['metricOffTarget@s2::medium']);
    expect(offTarget(withReadings(reading('green'), reading('none')))).toEqual([]);
  });

  it('puts a card metric at the card’s stage, with the card, and shows a dash when there is no target', () => {
    const [gap] = offTarget(withReadings({ ...reading('red', { kind: 'card', id: 't' }), targetText: null }));
    expect(gap).toMatchObject({ key: 'metricOffTarget:s3:card:t:conversionRate', stageId: 's3', cardIds: ['t'], params: { subject: 'Pricing page', goal: '—' } });
    // A reading for a card that is gone is not a gap.
    expect(offTarget(withReadings(reading('red', { kind: 'card', id: 'gone' })))).toEqual([]);
  });

  it('is silent when off', () => {
    expect(gapsOf(map, { disabledRules: ['metricOffTarget', 'unsupportedTouchpoint'] }, withReadings(reading('red')))).toEqual([]);
  });
});

describe('funnel drop-off', () => {
  const funnel = (dropOffs: (number | null)[]): GapMetricFacts => ({
    ...NO_METRIC_FACTS,
    funnel: { metric: 'visitors', name: 'Visitors', steps: dropOffs.map((dropOff, i) => ({ stageId: `s${i + 1}`, volume: 100, dropOff })) },
  });
  const dropOffs = (facts: GapMetricFacts, settings = {}) => gapsOf(map, only('funnelDropOff', settings), facts);

  it('names the single step with the biggest drop-off and the stage it leads to', () => {
    expect(dropOffs(funnel([0.2, 0.45, 0.1, null]))).toEqual([
      {
        key: 'funnelDropOff:s2:visitors',
        rule: 'funnelDropOff',
        severity: 'medium',
        stageId: 's2',
        cardIds: [],
        params: { metric: 'Visitors', from: 'S2', to: 'S3', share: '45.0%' },
        why: 'The biggest funnel drop-off: 45.0% of Visitors is lost between S2 and S3.',
      },
    ]);
  });

  it('is high from 60 %, and respects the minimum share', () => {
    expect(gapLines(dropOffs(funnel([0.6, 0.2, null, null])))).toEqual(['funnelDropOff@s1::high']);
    expect(dropOffs(funnel([0.2, 0.45, 0.1, null]), { funnelDropOffMin: 0.5 })).toEqual([]);
    expect(dropOffs(funnel([0.2, 0.1, 0.1, null]))).toEqual([]);
    expect(dropOffs(funnel([null, null, null, null]), { funnelDropOffMin: 0 })).toEqual([]);
  });
});

describe('slowest transition', () => {
  const t = (from: string, to: string, averageDays: number, count = 5): TransitionVelocity => ({
    fromStageId: from,
    toStageId: to,
    direction: from < to ? 'forward' : 'backward',
    count,
    averageDays,
    medianDays: averageDays,
    monthly: [],
  });
  const velocity = (...transitions: TransitionVelocity[]): GapMetricFacts => ({
    ...NO_METRIC_FACTS,
    velocity: { transitions, moves: { forward: 0, backward: 0 }, backwardRate: null, reentryRate: null, stages: [], entities: 5, asOf: null } satisfies VelocityReport,
  });
  const slowest = (facts: GapMetricFacts, settings = {}) => gapsOf(map, only('slowestTransition', settings), facts);

  it('names the slowest move at the stage it leads to; medium when twice the median of three or more', () => {
    expect(slowest(velocity(t('s1', 's2', 2), t('s2', 's3', 12.25), t('s3', 's4', 3)))).toEqual([
      {
        key: 'slowestTransition:s3:s2>s3',
        rule: 'slowestTransition',
        severity: 'medium',
        stageId: 's3',
        cardIds: [],
        params: { from: 'S2', to: 'S3', days: '12.3', count: 5 },
        why: 'The slowest move is S2 → S3: 12.3 days on average (5 moves).',
      },
    ]);
    expect(gapLines(slowest(velocity(t('s1', 's2', 4), t('s2', 's3', 5), t('s3', 's4', 3))))).toEqual(['slowestTransition@s3::low']);
    expect(gapLines(slowest(velocity(t('s1', 's2', 1), t('s2', 's3', 12))))).toEqual(['slowestTransition@s3::low']);
  });

  it('prefers more moves on a tie, skips moves never made, and respects the minimum days', () => {
    expect(slowest(velocity(t('s1', 's2', 6, 2), t('s2', 's3', 6, 9)))[0]?.params).toMatchObject({ from: 'S2', count: 9 });
    expect(slowest(velocity(t('s1', 's2', 0, 0)))).toEqual([]);
    expect(slowest(velocity(t('s1', 's2', 6)), { slowTransitionDays: 7 })).toEqual([]);
    expect(gapLines(slowest(velocity(t('s1', 's2', 7)), { slowTransitionDays: 7 }))).toEqual(['slowestTransition@s2::low']);
    expect(gapsOf(map, { disabledRules: ['slowestTransition', 'unsupportedTouchpoint'] }, velocity(t('s1', 's2', 6)))).toEqual([]);
  });

  it('ignores backward moves: falling back from S3 to S2 after 30 days is not a slow step forward', () => {
    expect(gapLines(slowest(velocity(t('s1', 's2', 8), t('s3', 's2', 30))))).toEqual(['slowestTransition@s2::low']);
    expect(slowest(velocity(t('s3', 's2', 30)))).toEqual([]);
  });
});
