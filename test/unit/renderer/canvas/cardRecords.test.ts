import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { MapMetrics } from '../../../../src/api/contract';
import { applyCommands } from '../../../../src/commands/registry';
import { aggregateValues } from '../../../../src/metrics/aggregate';
import { BUILTIN_DEFINITIONS } from '../../../../src/metrics/definitions';
import type { GapSeverity } from '../../../../src/model/gaps';
import type { Card, JourneyMap } from '../../../../src/model/journey';
import type { MetricTarget, MetricValue } from '../../../../src/model/metrics';
import { deriveCardRecords, sameInputs, type CardRecordInputs } from '../../../../renderer/store/derived/cardRecords';
import type { CardTexts } from '../../../../renderer/store/derived/cardTexts';

const t = ((key: string) => key) as unknown as TFunction;
const TEXTS: CardTexts = { language: 'en', untitled: 'Untitled', metricUntitled: 'Metric', metricPending: 'Pending', editor: t, present: t, metrics: t };

const card = (id: string, laneId: string, extra: Partial<Card> = {}): Card => ({ id, stageId: 's1', laneId, order: 0, title: id, ...extra });

const MAP: JourneyMap = {
  id: 'm',
  name: 'Map',
  stages: [{ id: 's1', name: 'Visit' }],
  lanes: [
    { id: 'touch', name: 'Touchpoints', type: 'touchpoints' },
    { id: 'pain', name: 'Pain points', type: 'painPoints' },
    { id: 'kpi', name: 'Metrics', type: 'metrics' },
  ],
  cards: {
    ad: card('ad', 'touch', { channelId: 'search' }),
    plain: card('plain', 'touch', { personaIds: ['p1'] }),
    fees: card('fees', 'pain', { pain: { severity: 4 } }),
    tile: card('tile', 'kpi', { metricKey: 'clicks' }),
  },
  connections: {},
  comments: {
    c1: { id: 'c1', target: { kind: 'card', id: 'fees' }, author: '', text: 'Why?', createdAt: '2026-01-01T00:00:00.000Z' },
    c2: { id: 'c2', target: { kind: 'card', id: 'fees' }, author: '', text: 'Done', createdAt: '2026-01-02T00:00:00.000Z', resolved: true },
    c3: { id: 'c3', target: { kind: 'card', id: 'plain' }, author: '', text: 'Hm', createdAt: '2026-01-03T00:00:00.000Z' },
  },
};

const CHANNEL: MetricTarget = { kind: 'channel', id: 'search' };
const STAGE: MetricTarget = { kind: 'stage', id: 's1' };
const v = (target: MetricTarget, metric: string, period: string, value: number): MetricValue => ({ target, metric, period, grain: 'month', segment: '', value });

function metricsOf(values: MetricValue[]): MapMetrics {
  const series = aggregateValues(values, 'month', BUILTIN_DEFINITIONS);
  const periods = [...new Set(values.map((x) => x.period as string))].sort();
  return { definitions: BUILTIN_DEFINITIONS, series, segments: [''], periods, hasTransitions: false };
}

const METRICS = metricsOf([v(CHANNEL, 'clicks', '2026-02-01', 800), v(CHANNEL, 'clicks', '2026-03-01', 1000), v(STAGE, 'clicks', '2026-03-01', 1500)]);

const inputs = (patch: Partial<CardRecordInputs> = {}): CardRecordInputs => ({
  map: MAP,
  editingCardId: null,
  filter: { personaId: null, segmentId: null, severities: [] },
  cardSeverity: new Map<string, GapSeverity>([['fees', 'high']]),
  cardGaps: new Map([['fees', ['g1', 'g2']]]),
  metrics: METRICS,
  selection: { grain: 'month', period: null, segment: null },
  texts: TEXTS,
  ...patch,
});

describe('card records', () => {
  const first = deriveCardRecords(inputs(), null);

  it('carry what each card shows, worked out from hand-made inputs', () => {
    const fees = first.records.get('fees')!;
    expect(fees.laneType).toBe('painPoints');
    expect(fees.gapSeverity).toBe('high');
    expect(fees.gapCount).toBe(2);
    // One thread open, one resolved.
    expect(fees.openThreads).toBe(1);
    expect(fees.matches).toBe(true);
    expect(fees.metricRows).toBeNull();

    const ad = first.records.get('ad')!;
    expect(ad.metricRows?.rows.flat().map((chip) => [chip.reading.metric, chip.value, chip.change])).toEqual([['clicks', '1,000', '▲25%']]);
    expect(first.badgeHeights.get('ad')).toBe(ad.metricRows?.height);
    expect(first.badgeHeights.has('plain')).toBe(false);
    expect(first.records.get('plain')!.openThreads).toBe(1);

    const tile = first.records.get('tile')!;
    expect(tile.tile?.reading?.value).toBe(1500);
    expect(tile.metricRows).toBeNull();
    expect(first.records.get('ad')!.tile).toBeNull();
  });

  it('follow the view filter and the card being edited', () => {
    const filtered = deriveCardRecords(inputs({ filter: { personaId: 'p2', segmentId: null, severities: [5] }, editingCardId: 'ad' }), first);
    expect(filtered.records.get('plain')!.matches).toBe(false);
    expect(filtered.records.get('fees')!.matches).toBe(false);
    // Untagged and not a pain point: about everyone.
    expect(filtered.records.get('ad')!.matches).toBe(true);
    expect(filtered.records.get('ad')!.editing).toBe(true);
    expect(filtered.records.get('tile')).toBe(first.records.get('tile'));
  });

  it('change only for the cards a map edit touched', () => {
    const { map } = applyCommands(MAP, [{ name: 'card.edit', args: { id: 'plain', patch: { title: 'Renamed' } } }]);
    const next = deriveCardRecords(inputs({ map }), first);
    expect(next.records.get('plain')).not.toBe(first.records.get('plain'));
    expect(next.records.get('plain')!.card.title).toBe('Renamed');
    for (const id of ['ad', 'fees', 'tile']) expect(next.records.get(id)).toBe(first.records.get(id));
    expect(next.badgeHeights).toBe(first.badgeHeights);
  });

  it('repack a card’s metric badges when what they depend on changes, and only that card’s', () => {
    const { map } = applyCommands(MAP, [{ name: 'card.edit', args: { id: 'ad', patch: { channelId: 'email' } } }]);
    const next = deriveCardRecords(inputs({ map }), first);
    expect(next.records.get('ad')!.metricRows).toBeNull();
    expect(next.badgeHeights.has('ad')).toBe(false);
    expect(next.records.get('tile')).toBe(first.records.get('tile'));
  });

  it('change only where a new gap analysis or comment changes a number', () => {
    const gaps = deriveCardRecords(inputs({ cardSeverity: new Map([['fees', 'high']]), cardGaps: new Map([['fees', ['g1', 'g3']]]) }), first);
    expect(gaps.records.get('fees')).toBe(first.records.get('fees'));
    const fewer = deriveCardRecords(inputs({ cardSeverity: new Map([['fees', 'low']]), cardGaps: new Map([['fees', ['g3']]]) }), first);
    expect(fewer.records.get('fees')!.gapSeverity).toBe('low');
    expect(fewer.records.get('fees')!.gapCount).toBe(1);
    expect(fewer.records.get('ad')).toBe(first.records.get('ad'));

    const comments = { ...MAP.comments, c4: { id: 'c4', target: { kind: 'card' as const, id: 'ad' }, author: '', text: 'New', createdAt: '2026-01-04T00:00:00.000Z' } };
    const commented = deriveCardRecords(inputs({ map: { ...MAP, comments } }), first);
    expect(commented.records.get('ad')!.openThreads).toBe(1);
    expect(commented.records.get('fees')).toBe(first.records.get('fees'));
  });

  it('follow the metric selection', () => {
    const february = deriveCardRecords(inputs({ selection: { grain: 'month', period: '2026-02-01', segment: null } }), first);
    expect(february.records.get('ad')!.metricRows?.rows[0]?.[0]?.value).toBe('800');
    expect(february.records.get('fees')).toBe(first.records.get('fees'));
  });

  it('are not recomputed for inputs equal to the last ones', () => {
    expect(sameInputs(inputs(), { ...inputs(), cardSeverity: first.inputs.cardSeverity, cardGaps: first.inputs.cardGaps })).toBe(false);
    const same = { ...first.inputs, selection: { ...first.inputs.selection }, filter: { ...first.inputs.filter } };
    expect(sameInputs(first.inputs, same)).toBe(true);
  });
});
