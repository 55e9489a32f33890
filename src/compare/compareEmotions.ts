import type { EmotionPoint, Id, JourneyMap } from '../model/journey';
import type { VersionMatching } from './matchVersions';

/** One stage of the overlaid emotion curves (-2..+2; null where a curve has no point). */
export interface EmotionRow {
  /** The after version's stage id, or the before one's for a stage that was removed. */
  stageId: Id;
  stageName: string;
  /** 'removed': only in before; 'added': only in after. */
  presence: 'both' | 'added' | 'removed';
  before: number | null;
  after: number | null;
  beforeToBe: number | null;
  afterToBe: number | null;
}

/** Whose curve a version shows: the lane and persona (null: no persona). */
export interface EmotionCurve {
  laneId: Id | null;
  personaId: Id | null;
}

export interface EmotionComparison {
  rows: EmotionRow[];
  before: EmotionCurve;
  after: EmotionCurve;
}

/**
 * The curve a comparison shows for a map: in the first emotions lane that has
 * points, the as-is curve of the map's first persona that has one, else the
 * curve drawn without a persona.
 */
export function comparedCurve(map: JourneyMap): EmotionCurve {
  const points = Object.values(map.emotions ?? {});
  const lane = map.lanes.find((l) => l.type === 'emotions' && points.some((p) => p.laneId === l.id));
  if (!lane) return { laneId: null, personaId: null };
  const asIs = points.filter((p) => p.laneId === lane.id && p.variant === 'asIs');
  const personaId = (map.personaIds ?? []).find((id) => asIs.some((p) => p.personaId === id)) ?? null;
  return { laneId: lane.id, personaId };
}

const curveValues = (map: JourneyMap, curve: EmotionCurve, variant: EmotionPoint['variant']): Map<Id, number> =>
  new Map(
    Object.values(map.emotions ?? {})
      .filter((p) => p.laneId === curve.laneId && p.personaId === curve.personaId && p.variant === variant)
      .map((p) => [p.stageId, p.value]),
  );

/**
 * The two versions' emotion curves stage by stage: the after version's stages
 * in order, each removed stage placed after the stage that preceded it before.
 */
export function compareEmotions(before: JourneyMap, after: JourneyMap, matching: VersionMatching): EmotionComparison {
  const beforeCurve = comparedCurve(before);
  const afterCurve = comparedCurve(after);
  const b = { asIs: curveValues(before, beforeCurve, 'asIs'), toBe: curveValues(before, beforeCurve, 'toBe') };
  const a = { asIs: curveValues(after, afterCurve, 'asIs'), toBe: curveValues(after, afterCurve, 'toBe') };
  const beforeOf = new Map([...matching.stages].map(([beforeId, afterId]) => [afterId, beforeId]));
  const rows: EmotionRow[] = after.stages.map((stage) => {
    const beforeId = beforeOf.get(stage.id);
    const value = (values: Map<Id, number>, id: Id | undefined): number | null => (id === undefined ? null : (values.get(id) ?? null));
    return {
      stageId: stage.id,
      stageName: stage.name,
      presence: beforeId === undefined ? 'added' : 'both',
      before: value(b.asIs, beforeId),
      after: value(a.asIs, stage.id),
      beforeToBe: value(b.toBe, beforeId),
      afterToBe: value(a.toBe, stage.id),
    };
  });
  let insertAt = 0;
  for (const stage of before.stages) {
    const afterId = matching.stages.get(stage.id);
    if (afterId !== undefined) {
      insertAt = rows.findIndex((row) => row.stageId === afterId && row.presence !== 'removed') + 1;
      continue;
    }
    const row: EmotionRow = {
      stageId: stage.id,
      stageName: stage.name,
      presence: 'removed',
      before: b.asIs.get(stage.id) ?? null,
      after: null,
      beforeToBe: b.toBe.get(stage.id) ?? null,
      afterToBe: null,
    };
    rows.splice(insertAt, 0, row);
    insertAt += 1;
  }
  return { rows, before: beforeCurve, after: afterCurve };
}
