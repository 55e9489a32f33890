import type { EmotionPoint, Id, JourneyMap } from '../model/journey';
import { emotionKey } from '../schema/projectDocumentIntegrity';
import { CommandError, conflict, invalidArgs, notFound } from './errors';
import { own } from './fields';

/** The map with this emotion record; the field is left out when no point remains (as in maps without emotions). */
export function withEmotions(map: JourneyMap, emotions: Record<Id, EmotionPoint>): JourneyMap {
  if (Object.keys(emotions).length > 0) return { ...map, emotions };
  if (!map.emotions) return map;
  const copy = { ...map };
  delete copy.emotions;
  return copy;
}

/** Refuses a point whose lane is missing or not an emotions lane, or whose stage is missing. */
export function checkEmotionTarget(map: JourneyMap, point: EmotionPoint): void {
  const lane = map.lanes.find((l) => l.id === point.laneId) ?? notFound('lane', point.laneId);
  if (lane.type !== 'emotions') {
    invalidArgs(`emotion point "${point.id}" is in lane "${lane.id}" of type ${lane.type}; points belong in an emotions lane`, 'laneId');
  }
  if (!map.stages.some((stage) => stage.id === point.stageId)) notFound('stage', point.stageId);
}

/** The point already holding the same lane, stage, persona and variant, other than `point` itself. */
export function pointWithSameKey(emotions: Readonly<Record<Id, EmotionPoint>>, point: EmotionPoint): EmotionPoint | undefined {
  const key = emotionKey(point);
  return Object.values(emotions).find((other) => other.id !== point.id && emotionKey(other) === key);
}

/** Adds points whose ids and keys are all free (CONFLICT otherwise); the same map when `points` is empty. */
export function addEmotionPoints(map: JourneyMap, points: readonly EmotionPoint[]): JourneyMap {
  if (points.length === 0) return map;
  const emotions: Record<Id, EmotionPoint> = { ...map.emotions };
  for (const point of points) {
    if (own(emotions, point.id)) conflict('emotion point', point.id);
    checkEmotionTarget(map, point);
    const taken = pointWithSameKey(emotions, point);
    if (taken) sameKeyConflict(point, taken);
    emotions[point.id] = point;
  }
  return withEmotions(map, emotions);
}

/** Refuses a second point for the same lane, stage, persona and variant. */
export function sameKeyConflict(point: EmotionPoint, taken: EmotionPoint): never {
  throw new CommandError(
    'CONFLICT',
    `emotion point "${point.id}" is for the same lane, stage, persona and variant as point "${taken.id}"`,
    { id: point.id },
  );
}

/** Removes the points that match; returns them for the inverse. */
export function removeEmotionPoints(map: JourneyMap, matches: (point: EmotionPoint) => boolean): { map: JourneyMap; points: EmotionPoint[] } {
  const points = Object.values(map.emotions ?? {}).filter(matches);
  if (points.length === 0) return { map, points };
  const emotions = { ...map.emotions };
  for (const point of points) delete emotions[point.id];
  return { map: withEmotions(map, emotions), points };
}
