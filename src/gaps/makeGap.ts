import type { Gap, GapParams, GapRule, GapSeverity } from '../model/gaps';
import type { Id } from '../model/journey';

/**
 * A gap with its stable key: `rule:stage:subject`, the subject being the
 * sorted card ids unless the rule names one (a metric and its target, a
 * transition). Titles and names are not part of the key, so renaming a card
 * or adding others keeps an acceptance matching.
 */
export function makeGap(rule: GapRule, severity: GapSeverity, stageId: Id | null, cardIds: Id[], params: GapParams, why: string, subject?: string): Gap {
  const key = `${rule}:${stageId ?? 'map'}:${subject ?? [...cardIds].sort().join(',')}`;
  return { key, rule, severity, stageId, cardIds, params, why };
}
