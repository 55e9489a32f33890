import type { GapRule, GapSettings } from '../../../src/model/gaps';
import { resolveSettings } from '../../../src/gaps/analyseGaps';
import { GAP_RULES } from '../../../src/schema/gaps';

/** A rule's threshold as the Rules tab edits it: the settings key, its bounds, and the factor from the stored value to the shown one (a share shows as a percent). */
export interface ThresholdField {
  key: 'handoffThreshold' | 'emotionLowThreshold' | 'funnelDropOffMin' | 'slowTransitionDays';
  min: number;
  max: number;
  scale: number;
  suffix?: string;
}

/** The threshold each rule has, shown under its switch. */
export const THRESHOLD_FIELDS: Partial<Record<GapRule, ThresholdField>> = {
  handoffHotSpot: { key: 'handoffThreshold', min: 0, max: 1000, scale: 1 },
  unexplainedEmotionalLow: { key: 'emotionLowThreshold', min: -2, max: 0, scale: 1 },
  funnelDropOff: { key: 'funnelDropOffMin', min: 0, max: 100, scale: 100, suffix: '%' },
  slowestTransition: { key: 'slowTransitionDays', min: 0, max: 10000, scale: 1 },
};

/** The settings with `rule` switched on or off (the disabled list kept in rule order). */
export function withRuleEnabled(settings: GapSettings, rule: GapRule, enabled: boolean): GapSettings {
  const disabled = new Set(settings.disabledRules ?? []);
  if (enabled) disabled.delete(rule);
  else disabled.add(rule);
  return { ...settings, disabledRules: GAP_RULES.filter((r) => disabled.has(r)) };
}

/** The threshold as the field shows it (a percent for a share), defaults filled in. */
export function shownThreshold(settings: GapSettings, field: ThresholdField): number {
  return Math.round(resolveSettings(settings)[field.key] * field.scale * 100) / 100;
}

/** The settings with the threshold set from what the field shows (null: back to the default). */
export function withThreshold(settings: GapSettings, field: ThresholdField, shown: number | null): GapSettings {
  const next: GapSettings = { ...settings };
  if (shown === null) delete next[field.key];
  else next[field.key] = Math.min(field.max, Math.max(field.min, shown)) / field.scale;
  return next;
}
