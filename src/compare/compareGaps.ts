import type { Gap } from '../model/gaps';
import type { Id } from '../model/journey';
import type { VersionMatching } from './matchVersions';

export interface GapComparison {
  /** Open in the before version, gone in the after one. */
  closed: Gap[];
  /** Open in the after version, not in the before one. */
  opened: Gap[];
}

/**
 * What a gap is about, in the after version's ids: its rule, stage, cards and
 * metric. A before id with no match becomes a marker no after gap carries, so
 * a gap about a removed card counts as closed.
 */
function signature(gap: Gap, stages: ReadonlyMap<Id, Id> | null, cards: ReadonlyMap<Id, Id> | null): string {
  const translate = (ids: ReadonlyMap<Id, Id> | null, id: Id): string => (ids === null ? id : (ids.get(id) ?? `\u0001${id}`));
  const stage = gap.stageId === null ? '' : translate(stages, gap.stageId);
  const cardIds = gap.cardIds.map((id) => translate(cards, id)).sort();
  return JSON.stringify([gap.rule, stage, cardIds, gap.params.metric ?? null]);
}

/** The open gaps of the before version that the after version no longer has, and the new ones. */
export function compareGaps(before: readonly Gap[], after: readonly Gap[], matching: VersionMatching): GapComparison {
  const beforeKeys = new Set(before.map((gap) => signature(gap, matching.stages, matching.cards)));
  const afterKeys = new Set(after.map((gap) => signature(gap, null, null)));
  return {
    closed: before.filter((gap) => !afterKeys.has(signature(gap, matching.stages, matching.cards))),
    opened: after.filter((gap) => !beforeKeys.has(signature(gap, null, null))),
  };
}
