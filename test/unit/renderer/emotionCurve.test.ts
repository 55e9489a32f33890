import { describe, expect, it } from 'vitest';
import { deleteEmotion, pointAt, setEmotionAt, setEmotionLabel, setEmotionValue } from '../../../renderer/canvas/emotion/emotionEdits';
import {
  CURVE_PAD_Y,
  columnAt,
  curvePoints,
  formatEmotion,
  monotonePath,
  placePoints,
  valueFromY,
  valueToY,
  type CurveColumn,
  type XY,
} from '../../../renderer/canvas/emotion/emotionGeometry';
import { buildEmotionNodes } from '../../../renderer/canvas/emotion/emotionNodes';
import { computeLayout } from '../../../renderer/canvas/layout';
import type { Command } from '../../../src/commands/schemas';
import { applyCommands } from '../../../src/commands/registry';
import type { EmotionPoint, JourneyMap } from '../../../src/model/journey';

const HEIGHT = 160;
const columns: CurveColumn[] = [
  { stageId: 's1', x: 0, width: 200 },
  { stageId: 's2', x: 200, width: 200 },
  { stageId: 's3', x: 400, width: 200 },
];
const point = (id: string, stageId: string, value: number, extra: Partial<EmotionPoint> = {}): EmotionPoint => ({
  id,
  laneId: 'feel',
  stageId,
  personaId: null,
  variant: 'asIs',
  value,
  ...extra,
});

describe('emotion scale', () => {
  it('puts +2 at the top and -2 at the bottom of the area, inside the padding', () => {
    expect(valueToY(2, HEIGHT)).toBe(CURVE_PAD_Y);
    expect(valueToY(-2, HEIGHT)).toBe(HEIGHT - CURVE_PAD_Y);
    expect(valueToY(0, HEIGHT)).toBe(HEIGHT / 2);
  });

  it('snaps a dragged y to the nearest whole value and clamps it to -2..+2', () => {
    for (const value of [-2, -1, 0, 1, 2]) expect(valueFromY(valueToY(value, HEIGHT) + 5, HEIGHT)).toBe(value);
    expect(valueFromY(-500, HEIGHT)).toBe(2);
    expect(valueFromY(5000, HEIGHT)).toBe(-2);
  });

  it('writes values with a sign', () => {
    expect([2, 0, -1].map(formatEmotion)).toEqual(['+2', '0', '\u22121']);
  });

  it('finds the stage column under an x', () => {
    expect(columnAt(columns, 250)?.stageId).toBe('s2');
    expect(columnAt(columns, 600)).toBeUndefined();
  });
});

describe('placing points', () => {
  it('keeps one curve (lane, persona, variant) and places its points at column centres from left to right', () => {
    const emotions = {
      c: point('c', 's3', -2),
      a: point('a', 's1', 1),
      other: point('other', 's2', 0, { personaId: 'p1' }),
      toBe: point('toBe', 's2', 2, { variant: 'toBe' }),
      gone: point('gone', 'deleted-stage', 0),
    };
    const placed = placePoints(curvePoints(emotions, 'feel', null, 'asIs'), columns, HEIGHT);
    expect(placed.map((p) => [p.point.id, p.x, p.y])).toEqual([
      ['a', 100, valueToY(1, HEIGHT)],
      ['c', 500, valueToY(-2, HEIGHT)],
    ]);
    expect(curvePoints(emotions, 'feel', 'p1', 'asIs').map((p) => p.id)).toEqual(['other']);
  });
});

/** Points along a path made of "M x y" then "C x1 y1 x2 y2 x y" segments, sampled finely. */
function sample(d: string): XY[] {
  const numbers = d.replace(/[MC]/g, ' ').trim().split(/\s+/).map(Number);
  const out: XY[] = [];
  let x0 = numbers[0] ?? 0;
  let y0 = numbers[1] ?? 0;
  for (let i = 2; i + 5 < numbers.length + 1; i += 6) {
    const [x1, y1, x2, y2, x3, y3] = numbers.slice(i, i + 6) as [number, number, number, number, number, number];
    for (let k = 0; k <= 20; k += 1) {
      const t = k / 20;
      const u = 1 - t;
      out.push({
        x: u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
        y: u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3,
      });
    }
    x0 = x3;
    y0 = y3;
  }
  return out;
}

describe('monotonePath', () => {
  it('draws nothing for fewer than two points and a straight line for two', () => {
    expect(monotonePath([])).toBe('');
    expect(monotonePath([{ x: 1, y: 2 }])).toBe('');
    expect(monotonePath([{ x: 1, y: 2 }, { x: 5, y: 6 }])).toBe('M 1 2 L 5 6');
  });

  it('passes through every point and never goes beyond the levels of the two points it joins', () => {
    const points: XY[] = [
      { x: 100, y: 40 },
      { x: 300, y: 120 },
      { x: 500, y: 120 },
      { x: 700, y: 26 },
      { x: 900, y: 80 },
    ];
    const d = monotonePath(points);
    expect(d.startsWith('M 100 40')).toBe(true);
    const ends = [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)(?= C|$)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
    expect(ends).toEqual(points);
    const samples = sample(d);
    for (let i = 0; i + 1 < points.length; i += 1) {
      const a = points[i] as XY;
      const b = points[i + 1] as XY;
      const low = Math.min(a.y, b.y) - 1e-9;
      const high = Math.max(a.y, b.y) + 1e-9;
      for (const s of samples.filter((p) => p.x >= a.x && p.x <= b.x)) {
        expect(s.y).toBeGreaterThanOrEqual(low);
        expect(s.y).toBeLessThanOrEqual(high);
      }
    }
  });
});

const map: JourneyMap = {
  id: 'm',
  name: 'Map',
  stages: [
    { id: 's1', name: 'Aware' },
    { id: 's2', name: 'Buy' },
  ],
  lanes: [
    { id: 'act', name: 'Actions', type: 'actions' },
    { id: 'feel', name: 'Emotions', type: 'emotions' },
  ],
  cards: {},
  connections: {},
  emotions: { a: point('a', 's1', 1, { label: 'curious' }) },
};
const run = (m: JourneyMap, command: Command | null): JourneyMap => {
  if (!command) throw new Error('expected a command');
  return applyCommands(m, [command]).map;
};
const slot = { laneId: 'feel', stageId: 's2', personaId: null, variant: 'asIs' } as const;

describe('emotion edits', () => {
  it('adds a point at an empty stage and moves the existing one at a taken stage', () => {
    const added = run(map, setEmotionAt(map, slot, -1, 'b'));
    expect(added.emotions?.b).toEqual({ id: 'b', ...slot, value: -1 });
    const moved = run(added, setEmotionAt(added, { ...slot, stageId: 's1' }, 2, 'unused'));
    expect(Object.keys(moved.emotions ?? {}).sort()).toEqual(['a', 'b']);
    expect(moved.emotions?.a).toMatchObject({ value: 2, label: 'curious' });
    expect(pointAt(moved, { ...slot, variant: 'toBe' })).toBeUndefined();
  });

  it('records nothing when a drag ends on the value it started from or a label is unchanged', () => {
    const a = map.emotions?.a as EmotionPoint;
    expect(setEmotionValue(a, 1)).toBeNull();
    expect(setEmotionLabel(a, ' curious ')).toBeNull();
  });

  it('sets, trims and removes a label, and deletes a point', () => {
    const a = map.emotions?.a as EmotionPoint;
    expect(run(map, setEmotionLabel(a, ' bored ')).emotions?.a?.label).toBe('bored');
    expect(run(map, setEmotionLabel(a, '')).emotions?.a).not.toHaveProperty('label');
    expect(run(map, deleteEmotion(a)).emotions?.a).toBeUndefined();
  });
});

describe('buildEmotionNodes', () => {
  it('gives each emotions lane one node over all its stage columns, with the columns in the node’s own coordinates', () => {
    const layout = computeLayout(map);
    const nodes = buildEmotionNodes(map, layout);
    const row = layout.lanes[1];
    const [first, second] = layout.stages;
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({
      type: 'emotionCurve',
      position: { x: first?.x, y: row?.y },
      width: (second?.x ?? 0) + (second?.width ?? 0) - (first?.x ?? 0),
      height: row?.height,
      draggable: false,
      data: { laneId: 'feel', columns: [{ stageId: 's1', x: 0, width: first?.width }, { stageId: 's2', x: (second?.x ?? 0) - (first?.x ?? 0), width: second?.width }] },
    });
  });

  it('gives none to a map without stages', () => {
    const empty = { ...map, stages: [] };
    expect(buildEmotionNodes(empty, computeLayout(empty))).toEqual([]);
  });
});
