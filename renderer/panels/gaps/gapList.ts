import type { Gap, GapAcceptance, GapRule, GapSeverity } from '../../../src/model/gaps';
import type { JourneyMap } from '../../../src/model/journey';
import type { FocusTarget } from '../../store/viewStore';

/**
 * Pure helpers of the gap panel's lists: what a row focuses, which rows a
 * filter keeps, the names a row shows. Kept apart from the components so they
 * can be tested without a DOM.
 */

/** The severity and rule filters of the Open tab (null: every one). */
export interface GapFilter {
  severity: GapSeverity | null;
  rule: GapRule | null;
}

/** The gaps the filter keeps, in their order. */
export function filterGaps(gaps: readonly Gap[], { severity, rule }: GapFilter): Gap[] {
  return gaps.filter((gap) => (severity === null || gap.severity === severity) && (rule === null || gap.rule === rule));
}

/** What clicking a gap brings into view: its first card that still exists, else its stage, else the map. */
export function gapFocusTarget(map: JourneyMap, gap: Gap): FocusTarget {
  const cardId = gap.cardIds.find((id) => map.cards[id] !== undefined);
  if (cardId !== undefined) return { kind: 'card', id: cardId };
  if (gap.stageId !== null && map.stages.some((stage) => stage.id === gap.stageId)) return { kind: 'stage', id: gap.stageId };
  return { kind: 'map' };
}

/** The stage's name, or `wholeMap` for a map-wide gap (or a stage deleted since). */
export function gapStageName(map: JourneyMap, gap: Gap, wholeMap: string): string {
  return map.stages.find((stage) => stage.id === gap.stageId)?.name ?? wholeMap;
}

/** Titles of the gap's cards that still exist, in the gap's order. */
export function gapCardTitles(map: JourneyMap, gap: Gap): string[] {
  return gap.cardIds.flatMap((id) => map.cards[id]?.title ?? []);
}

/** Every gap of the map with its acceptance (null: open), in the given (severity) order. */
export function gapsWithAcceptance(gaps: readonly Gap[], acceptances: Record<string, GapAcceptance> | undefined): { gap: Gap; acceptance: GapAcceptance | null }[] {
  const byKey = new Map(Object.values(acceptances ?? {}).map((a) => [a.gapKey, a]));
  return gaps.map((gap) => ({ gap, acceptance: byKey.get(gap.key) ?? null }));
}
