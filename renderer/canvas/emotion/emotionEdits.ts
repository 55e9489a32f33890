import type { Command } from '../../../src/commands/schemas';
import type { EmotionPoint, Id, JourneyMap } from '../../../src/model/journey';

/**
 * Emotion-curve gestures as commands. Pure: the id of a new point is passed
 * in, so the same gesture always gives the same command; null when the
 * gesture changes nothing (so no empty undo entry is recorded).
 */

/** Which curve and stage a point belongs to. */
export type CurveSlot = Pick<EmotionPoint, 'laneId' | 'stageId' | 'personaId' | 'variant'>;

/** The point of a curve at one stage, if it has one. */
export function pointAt(map: JourneyMap, slot: CurveSlot): EmotionPoint | undefined {
  return Object.values(map.emotions ?? {}).find(
    (p) => p.laneId === slot.laneId && p.stageId === slot.stageId && p.personaId === slot.personaId && p.variant === slot.variant,
  );
}

/** Puts the curve at `value` in a stage: moves the point already there, or adds one with `newPointId`. */
export function setEmotionAt(map: JourneyMap, slot: CurveSlot, value: number, newPointId: Id): Command | null {
  const existing = pointAt(map, slot);
  if (existing) return setEmotionValue(existing, value);
  return { name: 'emotion.set', args: { point: { id: newPointId, ...slot, value } } };
}

/** Moves a point to `value` (a drag released). */
export function setEmotionValue(point: EmotionPoint, value: number): Command | null {
  return point.value === value ? null : { name: 'emotion.set', args: { point: { ...point, value } } };
}

/** Gives a point a short label; an empty one removes it. */
export function setEmotionLabel(point: EmotionPoint, label: string): Command | null {
  const next = label.trim();
  if (next === (point.label ?? '')) return null;
  const { label: _old, ...rest } = point;
  return { name: 'emotion.set', args: { point: next === '' ? rest : { ...rest, label: next } } };
}

/** Deletes a point. */
export function deleteEmotion(point: EmotionPoint): Command {
  return { name: 'emotion.delete', args: { ids: [point.id] } };
}
