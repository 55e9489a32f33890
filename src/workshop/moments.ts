import type { Moment } from '../model/annotations';
import type { JourneyMap } from '../model/journey';
import { MOMENTS } from '../schema/annotations';

/** One marked moment: a whole stage, or a card in a stage. */
export type MomentEntry =
  | { kind: 'stage'; id: string; name: string; stageId: string; stageName: string }
  | { kind: 'card'; id: string; name: string; stageId: string; stageName: string; laneName: string };

export interface MomentGroup {
  moment: Moment;
  entries: MomentEntry[];
}

/**
 * Every stage and card marked as a moment of truth, aha or wow moment,
 * grouped by kind (in the order truth, aha, wow; empty groups left out) and
 * ordered by stage; within a stage the stage itself comes first, then its
 * cards by lane and order.
 */
export function momentGroups(map: JourneyMap): MomentGroup[] {
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(map.lanes.map((l, i) => [l.id, i]));
  const sortKey = new Map<MomentEntry, number[]>();
  const byMoment = new Map<Moment, MomentEntry[]>();
  const add = (moment: Moment, entry: MomentEntry, key: number[]) => {
    sortKey.set(entry, key);
    byMoment.set(moment, [...(byMoment.get(moment) ?? []), entry]);
  };
  map.stages.forEach((stage, i) => {
    if (stage.moment) add(stage.moment, { kind: 'stage', id: stage.id, name: stage.name, stageId: stage.id, stageName: stage.name }, [i, -1, 0]);
  });
  for (const card of Object.values(map.cards)) {
    const si = stageIndex.get(card.stageId);
    const li = laneIndex.get(card.laneId);
    if (!card.moment || si === undefined || li === undefined) continue;
    const entry: MomentEntry = {
      kind: 'card',
      id: card.id,
      name: card.title,
      stageId: card.stageId,
      stageName: map.stages[si]!.name,
      laneName: map.lanes[li]!.name,
    };
    add(card.moment, entry, [si, li, card.order]);
  }
  const compare = (a: MomentEntry, b: MomentEntry): number => {
    const ka = sortKey.get(a)!;
    const kb = sortKey.get(b)!;
    return ka[0]! - kb[0]! || ka[1]! - kb[1]! || ka[2]! - kb[2]!;
  };
  return MOMENTS.filter((m) => byMoment.has(m)).map((moment) => ({ moment, entries: byMoment.get(moment)!.sort(compare) }));
}
