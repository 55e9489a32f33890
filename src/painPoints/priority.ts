import type { Effort, Frequency, PainDetails } from '../model/annotations';

/**
 * The priority score of a pain point, an expected-value-per-effort rule in the
 * spirit of RICE (Intercom's Reach × Impact × Confidence ÷ Effort):
 *
 *   Priority = 100 × (severity ÷ 5) × (frequency ÷ 4) × (reach ÷ 100) ÷ effort
 *
 * severity 1..5; frequency rare 1, sometimes 2, often 3, always 4; reach in
 * percent of customers; effort S 1, M 2, L 3, XL 4, or the number 1..5 itself.
 * The most severe pain that always hits everyone and is cheapest to fix scores
 * 100. A pain point without a severity has no score and ranks last; a missing
 * frequency, reach or effort is assumed (sometimes, 50 %, M) and shown as such.
 */

export const FREQUENCY_WEIGHTS: Record<Frequency, number> = { rare: 1, sometimes: 2, often: 3, always: 4 };
export const EFFORT_POINTS: Record<'S' | 'M' | 'L' | 'XL', number> = { S: 1, M: 2, L: 3, XL: 4 };

/** Values used for inputs that are not rated yet (the UI marks them as assumed). */
export const ASSUMED_INPUTS = { frequency: 'sometimes', reach: 50, effort: 'M' } as const satisfies {
  frequency: Frequency;
  reach: number;
  effort: Effort;
};

export type PriorityInput = 'frequency' | 'reach' | 'effort';

export interface Priority {
  /** 0..100 rounded to one decimal; null when the severity is not rated. */
  score: number | null;
  severity: number | null;
  frequency: Frequency;
  reach: number;
  effort: Effort;
  /** Effort on the divisor scale (1..5). */
  effortPoints: number;
  /** Inputs that were not rated and took their assumed value. */
  assumed: PriorityInput[];
}

/** The divisor of an effort: T-shirt sizes S..XL are 1..4, a number 1..5 is itself. */
export function effortPoints(effort: Effort): number {
  return typeof effort === 'number' ? effort : EFFORT_POINTS[effort];
}

/** The priority score of a pain point with the inputs it was computed from. */
export function priorityOf(pain: PainDetails | undefined): Priority {
  const assumed: PriorityInput[] = [];
  const frequency = pain?.frequency ?? (assumed.push('frequency'), ASSUMED_INPUTS.frequency);
  const reach = pain?.reach ?? (assumed.push('reach'), ASSUMED_INPUTS.reach);
  const effort = pain?.effort ?? (assumed.push('effort'), ASSUMED_INPUTS.effort);
  const severity = pain?.severity ?? null;
  const points = effortPoints(effort);
  const score =
    severity === null ? null : Math.round(((100 * (severity / 5) * (FREQUENCY_WEIGHTS[frequency] / 4) * (reach / 100)) / points) * 10) / 10;
  return { score, severity, frequency, reach, effort, effortPoints: points, assumed };
}

/**
 * Ranks scores from highest to lowest with standard competition ranking
 * (equal scores share a rank, the next rank skips: 1, 2, 2, 4); null scores get no rank.
 */
export function rankScores(scores: readonly (number | null)[]): (number | null)[] {
  const rated = scores.filter((s): s is number => s !== null).sort((a, b) => b - a);
  return scores.map((s) => (s === null ? null : rated.indexOf(s) + 1));
}
