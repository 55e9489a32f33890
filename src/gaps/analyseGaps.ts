import type { Gap, GapAcceptance, GapInput, GapRule, GapSettings, GapSeverity } from '../model/gaps';
import { DEFAULT_GAP_SETTINGS } from '../schema/gaps';

/** A project's settings with every default filled in. */
export type ResolvedGapSettings = typeof DEFAULT_GAP_SETTINGS;

/** The settings with defaults for what the project has not set. */
export function resolveSettings(settings: GapSettings | null | undefined): ResolvedGapSettings {
  return { ...DEFAULT_GAP_SETTINGS, ...(settings ?? {}) } as ResolvedGapSettings;
}

/** Severity order for sorting: high first. */
export const SEVERITY_RANK: Record<GapSeverity, number> = { high: 0, medium: 1, low: 2 };

/** True when the project runs `rule`. */
export const ruleEnabled = (settings: GapSettings | null | undefined, rule: GapRule): boolean => !(settings?.disabledRules ?? []).includes(rule);

/**
 * Every gap of the map, most severe first (then by stage order, then rule).
 * Rules switched off in the settings do not run. Accepted gaps are included:
 * use `splitAccepted` to set them apart.
 */
export function analyseGaps(input: GapInput): Gap[] {
  void input;
  return [];
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
