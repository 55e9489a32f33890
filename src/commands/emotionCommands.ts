import type { EmotionPoint, Id } from '../model/journey';
import { addEmotionPoints, checkEmotionTarget, pointWithSameKey, removeEmotionPoints, sameKeyConflict, withEmotions } from './emotionPoints';
import { notFound } from './errors';
import { own, sameFields } from './fields';
import type { CommandHandlers } from './handler';
import type { Command } from './schemas';

/**
 * Commands on the points of emotion curves. A curve holds one point per lane,
 * stage, persona and variant (its "key"), so setting a point replaces the one
 * with the same id, or else the one with the same key.
 */
export const emotionCommands: CommandHandlers<'emotion'> = {
  'emotion.set': (map, { point }) => {
    const emotions = map.emotions ?? {};
    checkEmotionTarget(map, point);
    const sameId = own(emotions, point.id);
    const sameKey = pointWithSameKey(emotions, point);
    // Moving a point onto another point's key would remove two points, which one inverse cannot give back.
    if (sameId && sameKey) sameKeyConflict(point, sameKey);
    const replaced = sameId ?? sameKey;
    const inverse: Command = replaced
      ? { name: 'emotion.set', args: { point: replaced } }
      : { name: 'emotion.delete', args: { ids: [point.id] } };
    if (sameId && sameFields(sameId, point)) return { map, inverse };
    const next: Record<Id, EmotionPoint> = { ...emotions };
    if (sameKey) delete next[sameKey.id];
    next[point.id] = point;
    return { map: withEmotions(map, next), inverse };
  },

  'emotion.delete': (map, { ids }) => {
    const unique = new Set(ids);
    for (const id of unique) if (!own(map.emotions ?? {}, id)) notFound('emotion point', id);
    const removed = removeEmotionPoints(map, (point) => unique.has(point.id));
    return { map: removed.map, inverse: { name: 'emotion.add', args: { points: removed.points } } };
  },

  'emotion.add': (map, { points }) => ({
    map: addEmotionPoints(map, points),
    inverse: { name: 'emotion.delete', args: { ids: points.map((point) => point.id) } },
  }),
};
