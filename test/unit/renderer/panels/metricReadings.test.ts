import { describe, expect, it } from 'vitest';
import type { MapMetrics } from '../../../../src/api/contract';
import type { Card, JourneyMap } from '../../../../src/model/journey';
import type { MetricTarget, MetricValue } from '../../../../src/model/metrics';
import { aggregateValues } from '../../../../src/metrics/aggregate';
import { BUILTIN_DEFINITIONS } from '../../../../src/metrics/definitions';
import { badgeChips, packBadges } from '../../../../renderer/canvas/nodes/card/metricBadgeLayout';
import { computeLayout } from '../../../../renderer/canvas/layout';
import { changeIsGood, formatChange } from '../../../../renderer/panels/metrics/metricFormat';
import { cardReadings, effectivePeriod, stageMetricKeys, stageReading } from '../../../../src/metrics/readings';

const UTM: MetricTarget = { kind: 'utm', source: 'baidu', medium: 'cpc' };
const CHANNEL: MetricTarget = { kind: 'channel', id: 'search' };
const STAGE: MetricTarget = { kind: 'stage', id: 'visit' };

const v = (target: MetricTarget, metric: string, period: string | null, value: number, segment = ''): MetricValue => ({
  target,
  metric,
  period,
  grain: period === null ? null : 'month',
  segment,
  value,
});

function metricsOf(values: MetricValue[]): MapMetrics {
  const series = aggregateValues(values, 'month', BUILTIN_DEFINITIONS);
  const periods = [...new Set(series.flatMap((s) => s.points.flatMap((p) => (p.period === null ? [] : [p.period]))))].sort();
  return { definitions: BUILTIN_DEFINITIONS, series, segments: [...new Set(values.map((x) => x.segment))].sort(), periods, hasTransitions: false };
}

const AD: Pick<Card, 'id' | 'channelId' | 'url'> = { id: 'ad', channelId: 'search', url: 'https://x.example/?utm_source=baidu&utm_medium=cpc&utm_campaign=spring' };
const latest = { grain: 'month' as const, period: null, segment: null };

describe('the numbers a card shows', () => {
  const data = metricsOf([
    v(CHANNEL, 'clicks', '2026-02-01', 900),
    v(CHANNEL, 'clicks', '2026-03-01', 999),
    v(UTM, 'clicks', '2026-02-01', 1000),
    v(UTM, 'clicks', '2026-03-01', 2000),
    v(UTM, 'impressions', '2026-03-01', 16000),
    v({ kind: 'card', id: 'ad' }, 'impressions', '2026-03-01', 15000),
    v(CHANNEL, 'cost', '2026-03-01', 1200),
    v(STAGE, 'visitors', '2026-02-01', 2500, 'New'),
    v(STAGE, 'visitors', '2026-02-01', 700, 'Returning'),
    v(STAGE, 'visitors', '2026-03-01', 3000, 'New'),
    v(STAGE, 'visitors', '2026-03-01', 1000, 'Returning'),
  ]);

  it('takes the most specific target per metric (card, then UTM, then channel), in the definitions order', () => {
    const readings = cardReadings(data, AD, latest);
    expect(readings.map((r) => [r.metric, r.target.kind, r.value])).toEqual([
      ['impressions', 'card', 15000],
      ['clicks', 'utm', 2000],
      // the UTM target's own clicks / impressions: 2,000 / 16,000
      ['ctr', 'utm', 0.125],
      ['cost', 'channel', 1200],
    ]);
    // 2,000 clicks against 1,000 in February: +100 %.
    expect(readings[1]?.change).toBe(1);
    expect(readings[1]?.period).toBe('2026-03-01');
  });

  it('shows the period chosen for the whole map, and nothing for a metric without a value in it', () => {
    const february = cardReadings(data, AD, { ...latest, period: '2026-02-01' });
    expect(february.map((r) => [r.metric, r.value, r.previous])).toEqual([['clicks', 1000, null]]);
    expect(effectivePeriod(data, null)).toBe('2026-03-01');
  });

  it('adds the segments up for a stage, or shows one segment', () => {
    // All: 3,000 + 1,000 = 4,000 against 2,500 + 700 = 3,200: +25 %. New: 3,000 against 2,500: +20 %.
    expect(stageReading(data, 'visit', 'visitors', latest)).toMatchObject({ value: 4000, previous: 3200, change: 0.25 });
    expect(stageReading(data, 'visit', 'visitors', { ...latest, segment: 'New' })).toMatchObject({ value: 3000, previous: 2500, change: 0.2 });
    expect(stageReading(data, 'other', 'visitors', latest)).toBeUndefined();
    expect(stageMetricKeys(data)).toEqual(['visitors']);
  });

  it('shows values without a period whatever period is chosen', () => {
    const undated = metricsOf([v(UTM, 'ctr', null, 0.125), v(STAGE, 'visitors', '2026-03-01', 10)]);
    expect(cardReadings(undated, AD, { ...latest, period: '2026-03-01' }).map((r) => [r.metric, r.value, r.period])).toEqual([['ctr', 0.125, null]]);
  });

  it('colours a value by its definition: CTR 6 % is amber between the amber (8 %) and red (5 %) lines', () => {
    const definitions = BUILTIN_DEFINITIONS.map((d) => (d.key === 'ctr' ? { ...d, target: 0.1, amber: 0.08, red: 0.05 } : d));
    const ctr = { ...metricsOf([v(UTM, 'ctr', '2026-03-01', 0.06)]), definitions };
    expect(cardReadings(ctr, AD, latest)[0]?.status).toBe('amber');
  });
});

describe('badge text and packing', () => {
  it('writes changes with an arrow, one decimal under 10 %', () => {
    expect(formatChange(0.25)).toBe('▲25%');
    expect(formatChange(-0.125)).toBe('▼13%');
    expect(formatChange(-0.075)).toBe('▼7.5%');
    expect(formatChange(0.03)).toBe('▲3%');
    expect(formatChange(0.0004)).toBe('±0%');
    expect(formatChange(1)).toBe('▲100%');
    const lowerIsBetter = BUILTIN_DEFINITIONS.find((d) => d.key === 'bounceRate');
    expect(changeIsGood(-0.1, lowerIsBetter)).toBe(true);
    expect(changeIsGood(0.1, lowerIsBetter)).toBe(false);
  });

  it('shows at most three chips and counts the rest, and the height fits the rows', () => {
    const data = metricsOf(['impressions', 'visits', 'visitors', 'leads', 'cost'].map((metric) => v(UTM, metric, '2026-03-01', 100)));
    const chips = badgeChips(cardReadings(data, AD, latest), 'en');
    expect(chips.map((c) => `${c.name} ${c.value}`)).toEqual(['Impressions 100', 'Visits 100', 'Visitors 100', 'Leads 100', 'Cost ¥100']);
    // 200 px holds one chip per row: three rows (20 px each, 3 px apart, 4 px above).
    const narrow = packBadges(chips, 100);
    expect(narrow.rows.map((row) => row.length)).toEqual([1, 1, 1]);
    expect(narrow.hidden.map((r) => r.metric)).toEqual(['leads', 'cost']);
    expect(narrow.height).toBe(4 + 3 * 20 + 2 * 3);
    const wide = packBadges(chips, 1000);
    expect(wide.rows.map((row) => row.length)).toEqual([3]);
    expect(wide.height).toBe(24);
    expect(packBadges([], 200)).toEqual({ rows: [], hidden: [], height: 0 });
  });

  it('makes room for badges in the layout: the card grows and the card below moves down', () => {
    const map: JourneyMap = {
      id: 'm',
      name: 'M',
      stages: [{ id: 's', name: 'S' }],
      lanes: [{ id: 'l', name: 'L', type: 'touchpoints' }],
      cards: {
        a: { id: 'a', stageId: 's', laneId: 'l', order: 0, title: 'A' },
        b: { id: 'b', stageId: 's', laneId: 'l', order: 1, title: 'B' },
      },
      connections: {},
    } as unknown as JourneyMap;
    const plain = computeLayout(map);
    const grown = computeLayout(map, undefined, [], new Map([['a', 47]]));
    expect(grown.cards.a!.height).toBe(plain.cards.a!.height + 47);
    expect(grown.cards.b!.y).toBe(plain.cards.b!.y + 47);
  });
});
