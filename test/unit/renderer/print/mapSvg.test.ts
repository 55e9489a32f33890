import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import enEditor from '../../../../renderer/i18n/locales/en/editor.json';
import enPresent from '../../../../renderer/i18n/locales/en/present.json';
import { LANE_HEADER_WIDTH, STAGE_WIDTH } from '../../../../renderer/canvas/layout';
import { MapSvg } from '../../../../renderer/print/map/MapSvg';
import { buildMapView, type TextMeasure } from '../../../../renderer/print/map/mapView';
import { ContentOptionsSchema, ExportOptionsSchema } from '../../../../src/export/exportOptions';
import type { PrintData } from '../../../../src/export/printData';
import type { JourneyMap } from '../../../../src/model/journey';

const measure: TextMeasure = (text) => Array.from(text).length * 7;

const map: JourneyMap = {
  id: 'm',
  name: 'Map',
  stages: [
    { id: 's1', name: 'Aware' },
    { id: 's2', name: 'Buy' },
  ],
  lanes: [
    { id: 'l1', name: 'Actions', type: 'actions' },
    { id: 'l2', name: 'Pains', type: 'painPoints' },
  ],
  cards: {
    a: { id: 'a', stageId: 's1', laneId: 'l1', order: 0, title: 'Reads reviews & compares' },
    b: { id: 'b', stageId: 's2', laneId: 'l2', order: 0, title: '价格不透明', pain: { severity: 4, evidence: 'assumed' }, expectation: { status: 'notMet' } },
  },
  connections: { c: { id: 'c', source: 'a', target: 'b', kind: 'handoff', label: 'asks' } },
};

const data: PrintData = {
  project: { name: 'P', fileName: 'p.cjm' },
  map,
  catalog: { channels: [], personas: [], segments: [] },
  metrics: null,
  velocity: null,
  gaps: [],
  imports: [],
  images: {},
  author: '',
  generatedAt: '2026-01-01T00:00:00.000Z',
  language: 'en',
  options: ExportOptionsSchema.parse({ format: 'svg' }),
};

beforeAll(async () => {
  await i18next.init({ lng: 'en', resources: { en: { editor: enEditor, present: enPresent } } });
});

const render = (props: Partial<Parameters<typeof MapSvg>[0]> = {}) => {
  const view = buildMapView(data, ContentOptionsSchema.parse({}), measure);
  return renderToStaticMarkup(createElement(MapSvg, { data, view, ...props }));
};

describe('MapSvg', () => {
  it('draws plain vector SVG: text as text in the bundled font, no effects that print as bitmaps', () => {
    const svg = render({ id: 'export-map' });
    expect(svg).toMatch(/^<svg id="export-map" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 704 \d+" width="704" height="\d+" font-family="Noto Sans SC">/);
    expect(svg).not.toMatch(/<filter|<foreignObject|<mask|opacity|<image|shadow/);
    expect(svg).toContain('<tspan');
    expect(svg).toContain('Reads reviews &amp; compares');
    expect(svg).toContain('价格不透明');
    expect(svg).toContain('Customer view');
    // The pain point's severity colour and its evidence's dashed border.
    expect(svg).toMatch(/stroke="#f5222d" stroke-dasharray="6 4"/);
  });

  it('draws a tile: the clip as its view box, and only what shows in it', () => {
    const clip = { x: LANE_HEADER_WIDTH + STAGE_WIDTH, y: 0, width: STAGE_WIDTH, height: 400 };
    const svg = render({ clip, width: '100mm', height: '160mm' });
    expect(svg).toContain(`viewBox="${clip.x} 0 ${clip.width} 400" width="100mm" height="160mm"`);
    expect(svg).toContain('价格不透明');
    expect(svg).not.toContain('Reads reviews');
    expect(svg).not.toContain('data-stage-id="s1"');
    expect(svg).toContain('data-stage-id="s2"');
  });
});
