import type { TFunction } from 'i18next';
import type { GapNames } from '../../../src/gaps/gapWords';
import type { Gap, GapRule, GapSeverity } from '../../../src/model/gaps';

/**
 * A gap's texts in the UI language, from the 'gaps' namespace: the rule's
 * name, the severity's name, and the explanation filled with the gap's
 * params (`why.<rule>`; expectation gaps pick their variant by `params.status`
 * through i18next's context: `why.expectationGap_missing`, `_notMet`, `_partlyMet`).
 */
export const gapRuleName = (t: TFunction, rule: GapRule): string => t(`gaps:rules.${rule}.name`);

export const gapSeverityName = (t: TFunction, severity: GapSeverity): string => t(`gaps:severity.${severity}`);

/** Names the explanation may need that the gap only carries as ids (an emotional low's persona); shared with main's tables. */
export type { GapNames };

/** The context (variant) of a gap's explanation: the expectation's status, or "persona" when an emotional low names whose curve it is. */
function explanationContext(gap: Gap, persona: string): string | undefined {
  if (gap.rule === 'expectationGap') return String(gap.params.status);
  if (gap.rule === 'unexplainedEmotionalLow' && persona !== '') return 'persona';
  return undefined;
}

export const gapExplanation = (t: TFunction, gap: Gap, names?: GapNames): string => {
  const personaId = gap.params.personaId;
  const persona = typeof personaId === 'string' && personaId !== '' && names ? names.persona(personaId) : String(gap.params.persona ?? '');
  return t(`gaps:why.${gap.rule}`, { ...gap.params, persona, context: explanationContext(gap, persona), defaultValue: gap.why });
};
