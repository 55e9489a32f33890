import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import enEditor from '../../../../renderer/i18n/locales/en/editor.json';
import enMetrics from '../../../../renderer/i18n/locales/en/metrics.json';
import enPresent from '../../../../renderer/i18n/locales/en/present.json';
import { cardWidth } from '../../../../renderer/canvas/cardSize';
import { computeLayout, LANE_HEADER_WIDTH, STAGE_WIDTH } from '../../../../renderer/canvas/layout';
import { buildMapView, type TextMeasure } from '../../../../renderer/print/map/mapView';
import { cssFont } from '../../../../renderer/print/map/printText';
import { ContentOptionsSchema, ExportOptionsSchema, type ContentOptions } from '../../../../src/export/exportOptions';
import type { PrintData } from '../../../../src/export/printData';
import type { Gap } from '../../../../src/model/gaps';
import type { Card, JourneyMap } from '../../../../src/model/journey';

// Latin 7 px, W 14 px, CJK 13 px a character, whatever the font: widths can be checked by hand.
// W is wider than the canvas's estimate counts it, so a title of Ws needs more lines than its box has.
const measure: TextMeasure = (text) => Array.from(text).reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? 13 : ch === 'W' ? 14 : 7), 0);

const card = (id: string, stageId: string, laneId: string, order: number, extra: Partial<Card> = {}): Card => ({ id, stageId, laneId, order, title: `Card ${id}`, ...extra });

const LONG = 'WWWWW '.repeat(14).trim();

function sampleMap(): JourneyMap {
  const cards = [
    card('a', 's1', 'l1', 0),
    card('b', 's2', 'l1', 0, { personaIds: ['p1'] }),
    card('c', 's3', 'l2', 0, { personaIds: ['p2'], pain: { severity: 5 } }),
    card('d', 's1', 'l1', 1, { span: 3, title: 'Spans all three stages' }),
    card('e', 's2', 'l2', 0, { title: LONG }),
    card('f', 's3', 'l1', 0, { title: '顾客在门店里比较了好几款商品的价格和评价，最后还是决定回家再想想到底买哪一款' }),
  ];
  return {
    id: 'm',
    name: 'Map',
    stages: [
      { id: 's1', name: 'Aware' },
      { id: 's2', name: 'Buy' },
      { id: 's3', name: 'Use' },
    ],
    lanes: [
      { id: 'l1', name: 'Actions', type: 'actions' },
      { id: 'l2', name: 'Pains', type: 'painPoints' },
      { id: 'l3', name: 'Back office', type: 'backstage' },
    ],
    cards: Object.fromEntries(cards.map((c) => [c.id, c])),
    connections: { x1: { id: 'x1', source: 'a', target: 'b' }, x2: { id: 'x2', source: 'b', target: 'c', label: 'then' } },
    comments: { k1: { id: 'k1', target: { kind: 'card', id: 'a' }, author: '', text: 'Why?', createdAt: '2026-01-01T00:00:00.000Z' } },
  };
}

const gap = (cardIds: string[], stageId: string | null, severity: Gap['severity']): Gap => ({ key: `g${cardIds.join()}`, rule: 'unsupportedTouchpoint' as Gap['rule'], severity, stageId, cardIds, params: {}, why: '' });

function printData(map: JourneyMap, gaps: Gap[] = []): PrintData {
  return {
    project: { name: 'Project', fileName: 'p.cjm' },
    map,
    catalog: { channels: [], personas: [], segments: [] },
    metrics: null,
    velocity: null,
    gaps,
    imports: [],
    images: {},
    author: '',
    generatedAt: '2026-01-01T00:00:00.000Z',
    language: 'en',
    options: ExportOptionsSchema.parse({ format: 'svg' }),
  };
}

const content = (options: Partial<ContentOptions> = {}): ContentOptions => ContentOptionsSchema.parse(options);
const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();

beforeAll(async () => {
  await i18next.init({ lng: 'en', resources: { en: { editor: enEditor, present: enPresent, metrics: enMetrics } } });
});

describe('buildMapView', () => {
  it('draws every card where the canvas grid puts it, at the grid size', () => {
    const map = sampleMap();
    const view = buildMapView(printData(map), content(), measure);
    const layout = computeLayout(map);
    expect(view).toMatchObject({ width: layout.width, height: layout.height, originX: 0, originY: 0 });
    expect(ids(view.cards)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    for (const drawn of view.cards) {
      const box = layout.cards[drawn.id];
      expect({ x: drawn.x, y: drawn.y, width: drawn.width, height: drawn.height }).toEqual({ x: box?.x, y: box?.y, width: box?.width, height: box?.height });
    }
    expect(view.stages.map((s) => s.name.lines[0])).toEqual(['Aware', 'Buy', 'Use']);
    expect(view.edges.map((e) => e.id).sort()).toEqual(['x1', 'x2']);
  });

  it('leaves out the lanes not chosen, with their cards and connections, and closes the rows up', () => {
    const view = buildMapView(printData(sampleMap()), content({ laneIds: ['l1', 'l3'] }), measure);
    expect(ids(view.lanes)).toEqual(['l1', 'l3']);
    expect(ids(view.cards)).toEqual(['a', 'b', 'd', 'f']);
    expect(view.edges.map((e) => e.id)).toEqual(['x1']);
    const actions = view.lanes.find((l) => l.id === 'l1');
    expect(view.lanes.find((l) => l.id === 'l3')?.y).toBe((actions?.y ?? 0) + (actions?.height ?? 0));
  });

  it('leaves out the stages not chosen; a spanning card keeps the chosen stages of its span', () => {
    const view = buildMapView(printData(sampleMap()), content({ stageIds: ['s1', 's3'] }), measure);
    expect(ids(view.stages)).toEqual(['s1', 's3']);
    expect(ids(view.cards)).toEqual(['a', 'c', 'd', 'f']);
    expect(view.cards.find((c) => c.id === 'd')?.width).toBe(cardWidth(2));
    // The third stage moved into the second column.
    expect(view.cards.find((c) => c.id === 'c')?.x).toBe(LANE_HEADER_WIDTH + STAGE_WIDTH + 12);
    expect(view.width).toBe(LANE_HEADER_WIDTH + 2 * STAGE_WIDTH);
  });

  it('keeps the cards of the chosen personas and the cards tagged with none', () => {
    const p1 = buildMapView(printData(sampleMap()), content({ personaIds: ['p1'] }), measure);
    expect(ids(p1.cards)).toEqual(['a', 'b', 'd', 'e', 'f']);
    expect(p1.edges.map((e) => e.id)).toEqual(['x1']);
    const p2 = buildMapView(printData(sampleMap()), content({ personaIds: ['p2'] }), measure);
    expect(ids(p2.cards)).toEqual(['a', 'c', 'd', 'e', 'f']);
    expect(p2.edges).toEqual([]);
  });

  it('crops to an area of the canvas: its size, its origin, and only what lies in it', () => {
    const area = { x: LANE_HEADER_WIDTH + STAGE_WIDTH + 1, y: 0, width: STAGE_WIDTH - 2, height: 2000 };
    const view = buildMapView(printData(sampleMap()), content({ area }), measure);
    expect(view).toMatchObject({ width: area.width, height: area.height, originX: area.x, originY: 0 });
    expect(ids(view.stages)).toEqual(['s2']);
    expect(ids(view.cards)).toEqual(['b', 'd', 'e']);
  });

  it('keeps the headers of a visible area pinned at its edges, as the canvas keeps them in view', () => {
    const whole = buildMapView(printData(sampleMap()), content(), measure);
    const area = { x: LANE_HEADER_WIDTH + STAGE_WIDTH + 1, y: 40, width: STAGE_WIDTH - 2, height: 2000 };
    const view = buildMapView(printData(sampleMap()), content({ area }), measure);
    // Every lane still has its header, moved right to the area's left edge, its name with it.
    expect(ids(view.lanes)).toEqual(ids(whole.lanes));
    for (const [index, lane] of view.lanes.entries()) {
      const before = whole.lanes[index]!;
      expect(lane).toMatchObject({ x: before.x + area.x, y: before.y });
      expect(lane.name.x).toBe(before.name.x + area.x);
    }
    // The stage header crossing the area moves down to its top edge; the others are left out.
    expect(ids(view.stages)).toEqual(['s2']);
    const stage = whole.stages.find((s) => s.id === 's2')!;
    expect(view.stages[0]).toMatchObject({ x: stage.x, y: stage.y + area.y });
    // The corner where both meet is covered, so no card shows through it.
    expect(view.corner).toEqual({ x: area.x, y: area.y, width: LANE_HEADER_WIDTH, height: stage.y + stage.height });
    // An area left of or above the map leaves the headers where they are.
    const before = buildMapView(printData(sampleMap()), content({ area: { x: -50, y: -20, width: 600, height: 400 } }), measure);
    expect(before.lanes[0]).toMatchObject({ x: whole.lanes[0]!.x, y: whole.lanes[0]!.y });
    expect(before.stages[0]).toMatchObject({ x: whole.stages[0]!.x, y: whole.stages[0]!.y });
  });

  it('wraps titles to the card width and clamps them to the box with an ellipsis', () => {
    const view = buildMapView(printData(sampleMap()), content(), measure);
    for (const drawn of view.cards) {
      const font = cssFont(drawn.title.font);
      const textRight = drawn.x + drawn.width - 10;
      for (const line of drawn.title.lines) expect(drawn.title.x + measure(line, font)).toBeLessThanOrEqual(textRight);
      const lastBaseline = drawn.title.y + (drawn.title.lines.length - 1) * drawn.title.lineHeight;
      expect(lastBaseline).toBeLessThan(drawn.y + drawn.height);
    }
    const long = view.cards.find((c) => c.id === 'e');
    expect(long?.title.lines.length).toBeGreaterThan(1);
    expect(long?.title.lines.at(-1)?.endsWith('…')).toBe(true);
    const chinese = view.cards.find((c) => c.id === 'f');
    expect(chinese?.title.lines.join('')).toBe(sampleMap().cards.f?.title);
  });

  it('marks gaps and counts comments only when asked to', () => {
    const gaps = [gap(['a'], 's1', 'high'), gap(['a', 'b'], 's1', 'low')];
    const on = buildMapView(printData(sampleMap(), gaps), content({ gapMarkers: true, comments: true }), measure);
    const a = on.cards.find((c) => c.id === 'a');
    expect(a?.gapColor).toBe('#f5222d');
    expect(a?.marks.map((m) => m.text)).toEqual(['2', '1']);
    expect(on.cards.find((c) => c.id === 'b')?.gapColor).toBe('#faad14');
    expect(on.stages.find((s) => s.id === 's1')?.badges.map((b) => b.text)).toEqual(['2']);
    const off = buildMapView(printData(sampleMap(), gaps), content({ gapMarkers: false, comments: false }), measure);
    expect(off.cards.every((c) => c.gapColor === undefined && c.marks.length === 0)).toBe(true);
    expect(off.stages.every((s) => s.badges.length === 0)).toBe(true);
  });

  it('draws a pain point in its severity colour and the blueprint line between customer and internal lanes', () => {
    const view = buildMapView(printData(sampleMap()), content(), measure);
    const pain = view.cards.find((c) => c.id === 'c');
    expect(pain?.stroke).toBe('#a8071a');
    expect(pain?.badges[0]?.text).toBe('5');
    expect(view.lines.map((l) => [l.kind, l.label.text])).toEqual([['interaction', 'Line of interaction']]);
    // The internal band is one short lane tall: its name is cut to fit, as the canvas cuts it.
    expect(view.groups.map((g) => [g.view, g.label])).toEqual([['customer', 'Customer view'], ['internal', 'Internal vi…']]);
  });
});

describe('the emotion curve on paper', () => {
  function withCurve(): JourneyMap {
    const map = sampleMap();
    map.lanes.push({ id: 'l4', name: 'Feelings', type: 'emotions' });
    map.emotions = {
      e1: { id: 'e1', laneId: 'l4', stageId: 's1', personaId: null, variant: 'asIs', value: 1, label: 'Curious' },
      e2: { id: 'e2', laneId: 'l4', stageId: 's2', personaId: null, variant: 'asIs', value: -2 },
      e3: { id: 'e3', laneId: 'l4', stageId: 's3', personaId: 'p2', variant: 'asIs', value: 2 },
    };
    return map;
  }
  const values = (view: ReturnType<typeof buildMapView>) => view.emotions[0]?.series.flatMap((s) => s.points.map((p) => Math.round(p.y)));

  it("shows a chosen persona's own curve, and the general curve when the chosen persona has none", () => {
    const general = buildMapView(printData(withCurve()), content(), measure);
    expect(general.emotions[0]?.series[0]?.points).toHaveLength(2);
    expect(general.emotions[0]?.series[0]?.points[0]?.label?.lines).toEqual(['Curious']);
    expect(general.emotions[0]?.legend.persona.lines).toEqual(['No specific persona']);
    const p2 = buildMapView(printData(withCurve()), content({ personaIds: ['p2'] }), measure);
    expect(p2.emotions[0]?.series[0]?.points).toHaveLength(1);
    const p1 = buildMapView(printData(withCurve()), content({ personaIds: ['p1'] }), measure);
    expect(values(p1)).toEqual(values(general));
  });

  it('drops the points of stages left out', () => {
    const view = buildMapView(printData(withCurve()), content({ stageIds: ['s2', 's3'] }), measure);
    expect(view.emotions[0]?.series[0]?.points).toHaveLength(1);
  });
});
