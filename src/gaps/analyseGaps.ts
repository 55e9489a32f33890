import type { Gap, GapAcceptance, GapInput, GapRule, GapSettings, GapSeverity } from '../model/gaps';
import { DEFAULT_GAP_SETTINGS, GAP_RULES } from '../schema/gaps';
import { indexMap, type MapIndex, type ResolvedGapSettings, type RuleContext } from './mapIndex';
import { expectationGaps } from './rules/expectationGap';
import { biggestFunnelDropOff } from './rules/funnelDropOff';
import { handoffHotSpots } from './rules/handoffHotSpot';
import { metricsOffTarget } from './rules/metricOffTarget';
import { orphanProcesses } from './rules/orphanProcess';
import { painWithoutOpportunity } from './rules/painWithoutOpportunity';
import { slowestTransition } from './rules/slowestTransition';
import { unexplainedEmotionalLows } from './rules/unexplainedEmotionalLow';
import { unownedPainPoints } from './rules/unownedPainPoint';
import { unsupportedTouchpoints } from './rules/unsupportedTouchpoint';

export type { ResolvedGapSettings } from './mapIndex';

const RULES: Record<GapRule, (index: MapIndex, context: RuleContext) => Gap[]> = {
  unsupportedTouchpoint: unsupportedTouchpoints,
  orphanProcess: orphanProcesses,
  handoffHotSpot: handoffHotSpots,
  unownedPainPoint: unownedPainPoints,
  painWithoutOpportunity,
  unexplainedEmotionalLow: unexplainedEmotionalLows,
  metricOffTarget: metricsOffTarget,
  funnelDropOff: biggestFunnelDropOff,
  slowestTransition,
  expectationGap: expectationGaps,
};

/** The settings with defaults for what the project has not set (fields set to undefined count as not set). */
export function resolveSettings(settings: GapSettings | null | undefined): ResolvedGapSettings {
  const resolved = { ...DEFAULT_GAP_SETTINGS };
  const given = settings ?? {};
  if (given.disabledRules !== undefined) resolved.disabledRules = given.disabledRules;
  if (given.handoffThreshold !== undefined) resolved.handoffThreshold = given.handoffThreshold;
  if (given.emotionLowThreshold !== undefined) resolved.emotionLowThreshold = given.emotionLowThreshold;
  if (given.funnelDropOffMin !== undefined) resolved.funnelDropOffMin = given.funnelDropOffMin;
  if (given.slowTransitionDays !== undefined) resolved.slowTransitionDays = given.slowTransitionDays;
  return resolved;
}

/** Severity order for sorting: high first. */
export const SEVERITY_RANK: Record<GapSeverity, number> = { high: 0, medium: 1, low: 2 };

/** True when the project runs `rule`. */
export const ruleEnabled = (settings: GapSettings | null | undefined, rule: GapRule): boolean => !(settings?.disabledRules ?? []).includes(rule);

/**
 * Every gap of the map, most severe first, then by stage order (map-wide gaps
 * last), then rule order (GAP_RULES), then card order. Rules switched off in
 * the settings do not run. Accepted gaps are included: use `splitAccepted` to
 * set them apart.
 */
export function analyseGaps(input: GapInput): Gap[] {
  const settings = resolveSettings(input.settings);
  const index = indexMap(input.map);
  const context: RuleContext = { settings, facts: input.facts };
  const gaps = GAP_RULES.filter((rule) => ruleEnabled(settings, rule)).flatMap((rule) => RULES[rule](index, context));
  const stageRank = (gap: Gap) => (gap.stageId === null ? Number.MAX_SAFE_INTEGER : (index.stageIndex.get(gap.stageId) ?? Number.MAX_SAFE_INTEGER));
  const ruleRank = new Map(GAP_RULES.map((rule, i) => [rule, i]));
  // Array.prototype.sort is stable: within equal keys each rule keeps its own (card) order.
  return gaps.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || stageRank(a) - stageRank(b) || (ruleRank.get(a.rule) ?? 0) - (ruleRank.get(b.rule) ?? 0));
}

/** The gaps still showing and those accepted (with their acceptance), by the acceptances' gap keys. */
export function splitAccepted(gaps: readonly Gap[], acceptances: Record<string, GapAcceptance> | undefined): { open: Gap[]; accepted: { gap: Gap; acceptance: GapAcceptance }[] } {
  const byKey = new Map(Object.values(acceptances ?? {}).map((a) => [a.gapKey, a]));
  const open: Gap[] = [];
  const accepted: { gap: Gap; acceptance: GapAcceptance }[] = [];
  for (const gap of gaps) {
    const acceptance = byKey.get(gap.key);
    if (acceptance) accepted.push({ gap, acceptance });
    else open.push(gap);
  }
  return { open, accepted };
}
