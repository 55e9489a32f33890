import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import enEditor from '../../../../renderer/i18n/locales/en/editor.json';
import enMetrics from '../../../../renderer/i18n/locales/en/metrics.json';
import enPresent from '../../../../renderer/i18n/locales/en/present.json';
import { computeLayout } from '../../../../renderer/canvas/layout';
import { buildMapView, type TextMeasure } from '../../../../renderer/print/map/mapView';
import type { MapMetrics } from '../../../../src/api/contract';
import { ContentOptionsSchema, ExportOptionsSchema, type ContentOptions } from '../../../../src/export/exportOptions';
import type { PrintData } from '../../../../src/export/printData';
import { aggregateValues } from '../../../../src/metrics/aggregate';
import { BUILTIN_DEFINITIONS } from '../../../../src/metrics/definitions';
import type { JourneyMap } from '../../../../src/model/journey';
import type { MetricTarget, MetricValue } from '../../../../src/model/metrics';

const measure: TextMeasure = (text) => Array.from(text).length * 7;

const v = (target: MetricTarget, metric: string, period: string, value: number): MetricValue => ({ target, metric, period, grain: 'month', segment: '', value });

function metricsOf(values: MetricValue[]): MapMetrics {
  const series = aggregateValues(values, 'month', BUILTIN_DEFINITIONS);
  const periods = [...new Set(values.map((x) => x.period ?? ''))].sort();
  return { definitions: BUILTIN_DEFINITIONS, series, segments: [''], periods, hasTransitions: false };
}

const map: JourneyMap = {
  id: 'm',
  name: 'Map',
  stages: [{ id: 's1', name: 'Visit' }],
  lanes: [
    { id: 'l1', name: 'Touchpoints', type: 'touchpoints' },
    { id: 'l2', name: 'Visitors', type: 'metrics' },
    { id: 'l3', name: 'Photos', type: 'images' },
  ],
  cards: {
    ad: { id: 'ad', stageId: 's1', laneId: 'l1', order: 0, title: 'Search ad' },
    tile: { id: 'tile', stageId: 's1', laneId: 'l2', order: 0, title: 'Visitors', metricKey: 'visitors' },
    photo: { id: 'photo', stageId: 's1', laneId: 'l3', order: 0, title: 'Store front', imageId: 'img1' },
    blank: { id: 'blank', stageId: 's1', laneId: 'l3', order: 1, title: 'No picture yet' },
  },
  connections: {},
};

const metrics = metricsOf([
  v({ kind: 'card', id: 'ad' }, 'clicks', '2026-02-01', 1000),
  v({ kind: 'card', id: 'ad' }, 'clicks', '2026-03-01', 2000),
  v({ kind: 'stage', id: 's1' }, 'visitors', '2026-02-01', 2500),
  v({ kind: 'stage', id: 's1' }, 'visitors', '2026-03-01', 4000),
]);

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

const data: PrintData = {
  project: { name: 'P', fileName: 'p.cjm' },
  map,
  catalog: { channels: [], personas: [], segments: [] },
  metrics,
  velocity: null,
  gaps: [],
  imports: [],
  images: { img1: PNG },
  author: '',
  generatedAt: '2026-01-01T00:00:00.000Z',
  language: 'en',
  options: ExportOptionsSchema.parse({ format: 'png' }),
};

const content = (options: Partial<ContentOptions>): ContentOptions => ContentOptionsSchema.parse(options);
const cardOf = (view: ReturnType<typeof buildMapView>, id: string) => view.cards.find((c) => c.id === id);

beforeAll(async () => {
  await i18next.init({ lng: 'en', resources: { en: { editor: enEditor, present: enPresent, metrics: enMetrics } } });
});

describe('buildMapView with metrics and pictures', () => {
  it('shows the chosen period: badges on cards (with room the layout made for them) and the tile value of the stage', () => {
    const latest = buildMapView(data, content({ metrics: true }), measure);
    const ad = cardOf(latest, 'ad');
    expect(ad?.metricChips.map((chip) => chip.text)).toEqual(['Clicks 2,000 ▲100%']);
    expect(cardOf(latest, 'tile')?.metric?.value.lines).toEqual(['4,000']);
    const plain = computeLayout(map).cards.ad?.height ?? 0;
    expect(ad?.height).toBeGreaterThan(plain);
    // Every chip sits inside its card.
    for (const chip of ad?.metricChips ?? []) expect(chip.y + chip.height).toBeLessThanOrEqual((ad?.y ?? 0) + (ad?.height ?? 0));

    const february = buildMapView(data, content({ metrics: true, period: '2026-02-01' }), measure);
    expect(cardOf(february, 'ad')?.metricChips.map((chip) => chip.text)).toEqual(['Clicks 1,000']);
    expect(cardOf(february, 'tile')?.metric?.value.lines).toEqual(['2,500']);
  });

  it('leaves metrics out when asked to', () => {
    const off = buildMapView(data, content({ metrics: false }), measure);
    expect(cardOf(off, 'ad')?.metricChips).toEqual([]);
    expect(cardOf(off, 'ad')?.height).toBe(computeLayout(map).cards.ad?.height);
    expect(cardOf(off, 'tile')?.metric?.value.lines).toEqual(['—']);
  });

  it('draws a card picture from the print data, and a placeholder where there is none', () => {
    const view = buildMapView(data, content({}), measure);
    expect(cardOf(view, 'photo')?.image?.href).toBe(PNG);
    expect(cardOf(view, 'blank')?.image?.href).toBeUndefined();
    expect(cardOf(view, 'blank')?.image?.placeholder).toBeDefined();
  });
});
