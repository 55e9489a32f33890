import type { EmotionPoint, Id, JourneyMap } from '../../../src/model/journey';

/**
 * Where the emotion curve's points sit inside its node. Coordinates are local
 * to the node (0,0 = the top-left of the first stage column in the lane); the
 * scale runs from +2 at the top to -2 at the bottom.
 */

export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;
/** The scale from the top line down, as drawn. */
export const EMOTION_LEVELS = [2, 1, 0, -1, -2] as const;
/** Room above +2 and below -2 for point labels and the value shown while dragging. */
export const CURVE_PAD_Y = 26;

/** One stage column as the curve sees it. */
export interface CurveColumn {
  stageId: Id;
  x: number;
  width: number;
}

export interface XY {
  x: number;
  y: number;
}

/** A point of the curve with where it is drawn. */
export interface PlacedPoint extends XY {
  point: EmotionPoint;
}

const step = (height: number): number => Math.max(1, height - 2 * CURVE_PAD_Y) / (EMOTION_MAX - EMOTION_MIN);

/** The y of a value in a curve area `height` pixels tall. */
export function valueToY(value: number, height: number): number {
  return CURVE_PAD_Y + (EMOTION_MAX - value) * step(height);
}

/** The value nearest to `y`, clamped to the scale, so dragging snaps to whole steps. */
export function valueFromY(y: number, height: number): number {
  const value = Math.round(EMOTION_MAX - (y - CURVE_PAD_Y) / step(height));
  // Rounding just below the zero line gives -0; the curve stores and shows 0.
  return Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, value)) || 0;
}

/** A value as the scale shows it: +2, +1, 0, −1, −2 (with a real minus sign). */
export function formatEmotion(value: number): string {
  if (value > 0) return `+${value}`;
  return value < 0 ? `\u2212${-value}` : '0';
}

/** The stage column containing `x`, if any. */
export function columnAt(columns: readonly CurveColumn[], x: number): CurveColumn | undefined {
  return columns.find((c) => x >= c.x && x < c.x + c.width);
}

/** Points of one curve: a lane, a persona (null: no persona) and a variant. */
export function curvePoints(
  emotions: JourneyMap['emotions'],
  laneId: Id,
  personaId: Id | null,
  variant: EmotionPoint['variant'],
): EmotionPoint[] {
  return Object.values(emotions ?? {}).filter(
    (p) => p.laneId === laneId && p.personaId === personaId && p.variant === variant,
  );
}

/**
 * Where each point is drawn: at the centre of its stage column, left to
 * right. Points of stages that no longer exist are left out; should a stage
 * hold two points of one curve, the first by id is drawn.
 */
export function placePoints(points: readonly EmotionPoint[], columns: readonly CurveColumn[], height: number): PlacedPoint[] {
  const byStage = new Map<Id, EmotionPoint>();
  for (const point of [...points].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!byStage.has(point.stageId)) byStage.set(point.stageId, point);
  }
  return columns.flatMap((column) => {
    const point = byStage.get(column.stageId);
    return point ? [{ point, x: column.x + column.width / 2, y: valueToY(point.value, height) }] : [];
  });
}

const sign = (n: number): number => (n < 0 ? -1 : 1);

/**
 * An SVG path through `points` (increasing x) as a monotone cubic curve: it
 * never overshoots between two points, so the curve does not suggest a level
 * nobody set. Tangents follow Steffen, "A simple method for monotonic
 * interpolation in one dimension" (1990), as d3-shape's curveMonotoneX does.
 */
export function monotonePath(points: readonly XY[]): string {
  const n = points.length;
  const first = points[0];
  if (!first || n < 2) return '';
  const at = (i: number): XY => points[i] ?? first;
  const slope = (i: number): number => (at(i + 1).y - at(i).y) / (at(i + 1).x - at(i).x);
  if (n === 2) return `M ${first.x} ${first.y} L ${at(1).x} ${at(1).y}`;

  const tangents = new Array<number>(n).fill(0);
  for (let i = 1; i < n - 1; i += 1) {
    const h0 = at(i).x - at(i - 1).x;
    const h1 = at(i + 1).x - at(i).x;
    const s0 = slope(i - 1);
    const s1 = slope(i);
    const p = (s0 * h1 + s1 * h0) / (h0 + h1);
    tangents[i] = (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0;
  }
  tangents[0] = (3 * slope(0) - (tangents[1] ?? 0)) / 2;
  tangents[n - 1] = (3 * slope(n - 2) - (tangents[n - 2] ?? 0)) / 2;

  let d = `M ${first.x} ${first.y}`;
  for (let i = 0; i < n - 1; i += 1) {
    const a = at(i);
    const b = at(i + 1);
    const dx = (b.x - a.x) / 3;
    d += ` C ${a.x + dx} ${a.y + dx * (tangents[i] ?? 0)} ${b.x - dx} ${b.y - dx * (tangents[i + 1] ?? 0)} ${b.x} ${b.y}`;
  }
  return d;
}
