import { describe, expect, it } from 'vitest';
import type { MapMetrics } from '../../../src/api/contract';
import { metricFactsOf } from '../../../src/gaps/metricFacts';
import { aggregateValues } from '../../../src/metrics/aggregate';
import { BUILTIN_DEFINITIONS, metricStatus } from '../../../src/metrics/definitions';
import { goalFor, type MetricGoal } from '../../../src/metrics/goals';
import { cardReadings, stageReading, tileReading } from '../../../src/metrics/readings';
import type { MetricDefinition, MetricTarget, MetricValue } from '../../../src/model/metrics';
import { MetricDefinitionSchema } from '../../../src/schema/metrics';
import { gapLines, gapMap, gapsOf } from '../gaps/gapMaps';

const CH1: MetricTarget = { kind: 'channel', id: 'ch1' };
const CH2: MetricTarget = { kind: 'channel', id: 'ch2' };
const MARCH = '2026-03-01';
const v = (target: MetricTarget, metric: string, value: number, segment = ''): MetricValue => ({ target, metric, period: MARCH, grain: 'month', segment, value });

/** The built-ins with these changes (thresholds and goals) by key. */
function definitionsWith(changes: Record<string, Partial<MetricDefinition>>): MetricDefinition[] {
  return BUILTIN_DEFINITIONS.map((d) => ({ ...d, ...changes[d.key] }));
}

function metricsOf(values: MetricValue[], definitions: MetricDefinition[]): MapMetrics {
  return { definitions, series: aggregateValues(values, 'month', definitions), segments: [...new Set(values.map((x) => x.segment))].sort(), periods: [MARCH], hasTransitions: false };
}

// Two channels of a paid funnel: 9,876 + 300,000 impressions, CTR 99 / 9,876 ≈ 1.0 % and 9,000 / 300,000 = 3 %.
const VALUES = [v(CH1, 'impressions', 9876), v(CH1, 'clicks', 99), v(CH2, 'impressions', 300000), v(CH2, 'clicks', 9000)];
const A = { id: 'a', channelId: 'ch1' };
const B = { id: 'b', channelId: 'ch2' };
const ALL = { grain: 'month' as const, period: null, segment: null };
const FUNNEL = { impressions: { target: 350000 }, ctr: { amber: 0.02, red: 0.01 } };

const statusOf = (data: MapMetrics, card: typeof A, metric: string, segment: string | null = null) =>
  cardReadings(data, card, { ...ALL, segment }).find((r) => r.metric === metric)?.status;

describe('the goal rule', () => {
  it('compares a whole-funnel impressions target with the whole-map figure only, not with each channel card', () => {
    const data = metricsOf(VALUES, definitionsWith(FUNNEL));
    const badge = cardReadings(data, A, ALL).find((r) => r.metric === 'impressions');
    expect(badge).toMatchObject({ value: 9876, status: 'none', goal: undefined });
    // The tile of a stage without its own values shows all channels added up: 309,876 misses 350,000.
    expect(tileReading(data, 'visit', 'impressions', ALL)).toMatchObject({ value: 309876, overall: 'channel', status: 'amber', goal: { target: 350000 } });
  });

  it('raises no "off target" gap for a channel card against the whole-funnel target, but does for its CTR below the amber line', () => {
    const data = metricsOf(VALUES, definitionsWith(FUNNEL));
    const map = gapMap(1, ['touchpoints'], [A, B]);
    const facts = metricFactsOf(map, data, ALL, null, 'en');
    expect(facts.readings.filter((r) => r.metric === 'impressions').map((r) => [r.target.id, r.status, r.targetText])).toEqual([
      ['a', 'none', null],
      ['b', 'none', null],
    ]);
    expect(gapLines(gapsOf(map, {}, facts))).toEqual(['metricOffTarget@s1:a:medium']);
  });

  it("colours every scope with a CTR's amber and red lines: channel cards, a stage, the whole map", () => {
    const stage: MetricTarget = { kind: 'stage', id: 'visit' };
    const data = metricsOf([...VALUES, v(stage, 'impressions', 1000), v(stage, 'clicks', 5)], definitionsWith(FUNNEL));
    expect(statusOf(data, A, 'ctr')).toBe('amber');
    expect(statusOf(data, B, 'ctr')).toBe('green');
    expect(stageReading(data, 'visit', 'ctr', ALL)).toMatchObject({ value: 0.005, status: 'red', goal: { amber: 0.02, red: 0.01 } });
    // 9,099 / 309,876 ≈ 2.9 % over all channels.
    expect(tileReading(data, 'other', 'ctr', ALL)?.status).toBe('green');
  });

  it("applies a channel's goal to that channel's figure only, and it wins over the definition's own", () => {
    const data = metricsOf(
      VALUES,
      definitionsWith({
        impressions: { target: 350000, goals: [{ scope: { kind: 'channel', id: 'ch1' }, target: 10000 }] },
        ctr: { amber: 0.02, red: 0.01, goals: [{ scope: { kind: 'channel', id: 'ch2' }, amber: 0.05 }] },
      }),
    );
    expect(cardReadings(data, A, ALL).find((r) => r.metric === 'impressions')).toMatchObject({ status: 'amber', goal: { target: 10000, scope: { kind: 'channel', id: 'ch1' } } });
    expect(statusOf(data, B, 'impressions')).toBe('none');
    // 3 % is green by the definition's lines but amber by the channel's own 5 %.
    expect(statusOf(data, B, 'ctr')).toBe('amber');
    expect(statusOf(data, A, 'ctr')).toBe('amber');
    expect(tileReading(data, 'visit', 'impressions', ALL)?.goal).toEqual({ target: 350000 });
  });

  it("applies a card's goal to what that card shows, before its channel's", () => {
    const goals: MetricGoal[] = [
      { scope: { kind: 'channel', id: 'ch2' }, target: 100000 },
      { scope: { kind: 'card', id: 'b' }, target: 400000 },
    ];
    const data = metricsOf(VALUES, definitionsWith({ impressions: { goals } }));
    expect(statusOf(data, B, 'impressions')).toBe('amber');
    expect(statusOf(data, { id: 'b2', channelId: 'ch2' }, 'impressions')).toBe('green');
  });

  it("applies a segment's goal to that segment's figures only", () => {
    const values = [
      v(CH1, 'impressions', 5000, 'new'),
      v(CH1, 'clicks', 100, 'new'),
      v(CH1, 'impressions', 5000, 'returning'),
      v(CH1, 'clicks', 400, 'returning'),
      v(CH2, 'impressions', 20000, 'new'),
      v(CH2, 'clicks', 1200, 'new'),
    ];
    const data = metricsOf(
      values,
      definitionsWith({
        impressions: { goals: [{ scope: { kind: 'segment', segment: 'new' }, target: 30000 }] },
        ctr: { goals: [{ scope: { kind: 'segment', segment: 'new' }, amber: 0.05 }] },
      }),
    );
    // A rate's segment goal holds on every card in that segment: new-visitor CTR 2 % on A, 6 % on B.
    expect(statusOf(data, A, 'ctr', 'new')).toBe('amber');
    expect(statusOf(data, B, 'ctr', 'new')).toBe('green');
    expect(statusOf(data, A, 'ctr', 'returning')).toBe('none');
    expect(statusOf(data, A, 'ctr')).toBe('none');
    // A count's segment goal is for the segment's whole-map figure: 25,000 new-visitor impressions miss 30,000.
    expect(tileReading(data, 'visit', 'impressions', { ...ALL, segment: 'new' })).toMatchObject({ value: 25000, status: 'amber', goal: { target: 30000 } });
    expect(tileReading(data, 'visit', 'impressions', ALL)?.status).toBe('none');
    expect(tileReading(data, 'visit', 'impressions', { ...ALL, segment: 'returning' })?.status).toBe('none');
    expect(statusOf(data, B, 'impressions', 'new')).toBe('none');
  });

  it("keeps a whole-map goal on the whole map, and 'last' counts additive but 'last' scores not", () => {
    const map: MetricDefinition = { key: 'custom_nps', name: 'NPS', unit: 'ratio', aggregation: 'last', direction: 'higherIsBetter', target: 30, goals: [{ scope: { kind: 'map' }, target: 40 }] };
    expect(goalFor(map, { target: { kind: 'map' }, segment: null })).toEqual({ target: 40, scope: { kind: 'map' } });
    expect(metricStatus(35, map, { target: { kind: 'stage', id: 's' }, segment: null })).toBe('green');
    expect(metricStatus(25, map, { target: { kind: 'stage', id: 's' }, segment: null })).toBe('amber');
    const subscribers: MetricDefinition = { ...map, key: 'custom_subscribers', unit: 'count', goals: undefined };
    expect(goalFor(subscribers, { target: { kind: 'stage', id: 's' }, segment: null })).toBeUndefined();
    expect(goalFor(subscribers, { target: { kind: 'map' }, segment: '' })).toEqual({ target: 30 });
  });
});

describe('MetricDefinitionSchema goals', () => {
  const ctr = { key: 'ctr', name: 'CTR', unit: 'percent', aggregation: 'ratio', numerator: 'clicks', denominator: 'impressions', direction: 'higherIsBetter' } as const;
  const issuesOf = (goals: unknown[]) => {
    const parsed = MetricDefinitionSchema.safeParse({ ...ctr, goals });
    return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
  };

  it('loads a definition written before goals had a scope unchanged', () => {
    const old = { ...ctr, target: 0.1, amber: 0.08, red: 0.05 };
    expect(MetricDefinitionSchema.parse(old)).toEqual(old);
  });

  it('keeps one goal per scope of every kind', () => {
    const goals = [
      { scope: { kind: 'map' }, target: 0.1 },
      { scope: { kind: 'stage', id: 's1' }, amber: 0.05, red: 0.02 },
      { scope: { kind: 'channel', id: 'ch1' }, red: 0.01 },
      { scope: { kind: 'card', id: 'c1' }, target: 0.2 },
      { scope: { kind: 'segment', segment: 'new' }, target: 0.3 },
    ];
    expect(MetricDefinitionSchema.parse({ ...ctr, goals }).goals).toEqual(goals);
  });

  it('names the field of a bad goal', () => {
    expect(issuesOf([{ scope: { kind: 'channel', id: 'ch1' }, target: 'high' }])).toEqual([['goals.0.target', "a goal's target must be a number"]]);
    expect(issuesOf([{ scope: { kind: 'stage', id: 's1' }, amber: Number.POSITIVE_INFINITY }])[0]?.[0]).toBe('goals.0.amber');
    expect(issuesOf([{ scope: { kind: 'map' } }])).toEqual([['goals.0.target', 'a goal needs a target, an amber line or a red line']]);
    expect(issuesOf([{ scope: { kind: 'region', id: 'x' }, target: 1 }])).toEqual([['goals.0.scope.kind', "a goal's scope must be map, stage, channel, card or segment"]]);
    expect(issuesOf([{ scope: { kind: 'segment', segment: '  ' }, target: 1 }])).toEqual([['goals.0.scope.segment', "a segment goal's segment must not be empty"]]);
    expect(issuesOf([{ scope: { kind: 'card' }, target: 1 }])[0]?.[0]).toBe('goals.0.scope.id');
    expect(issuesOf([{ scope: { kind: 'map' }, target: 1, colour: 'red' }])[0]?.[0]).toBe('goals.0');
  });

  it('refuses two goals for the same scope, naming the second', () => {
    const goals = [
      { scope: { kind: 'channel', id: 'ch1' }, target: 0.1 },
      { scope: { kind: 'segment', segment: 'new' }, target: 0.1 },
      { scope: { kind: 'channel', id: 'ch1' }, amber: 0.05 },
    ];
    expect(issuesOf(goals)).toEqual([['goals.2.scope', 'goals[2] is for the same scope as goals[0]: one goal per scope']]);
  });
});
