import type { z } from 'zod';
import type { MetricDefinition, MetricStatus, MetricTarget } from '../model/metrics';
import { goalScopeKey, type GoalScopeSchema, type MetricGoalSchema } from '../schema/metrics';

/**
 * The goal rule: which target and amber / red lines a figure is compared
 * with. A goal has a scope and is compared only with the figure of that scope.
 *
 * - Counts and amounts (aggregation 'sum' and any other count; 'last' with
 *   a count or currency unit) add up: 9,876 impressions of one channel are
 *   part of the funnel's 350,000, not a miss of it. A goal applies only to the exact figure of its
 *   scope: the definition's own target and lines and a map goal to the
 *   whole-map figure for all users, a stage / channel / card goal to that
 *   figure for all users, a segment goal to the segment's whole-map figure.
 * - Rates and averages (ratio, weightedAverage, average; 'last' of other
 *   units) are comparable anywhere: the definition's own target and lines
 *   apply to every figure, and a scoped goal to every figure inside its
 *   scope (a channel goal to the channel's figure of any segment, a segment
 *   goal to the segment's figure of any stage, channel or card); a map goal
 *   to whole-map figures only.
 *
 * Where several goals apply, the most specific wins, whole: card, channel,
 * stage, segment, map, then the definition's own.
 */

export type GoalScope = z.infer<typeof GoalScopeSchema>;
export type MetricGoal = z.infer<typeof MetricGoalSchema>;

/** The figure a value is: what it is about, the card whose badge shows it, and for whom. */
export interface ValueScope {
  /** The values' target; { kind: 'map' } for a whole-map figure (the map's values or all channels added up). */
  target: MetricTarget;
  /** The card showing the value as a badge (its own value, its channel's or its URL's). */
  card?: string;
  /** The segment label; '' or null: all users. */
  segment: string | null;
}

/** The target and lines a figure is compared with, and the scope they were set for (absent: the definition's own). */
export interface ResolvedGoal {
  target?: number;
  amber?: number;
  red?: number;
  scope?: GoalScope;
}

/**
 * Whether a metric's figures are parts of a whole (counts, amounts: a
 * channel's figure is part of the map's) rather than comparable anywhere
 * (rates and averages). Any other aggregation counts as parts, so a new kind
 * of count never gets a whole-map target on each channel.
 */
export function isAdditive(definition: Pick<MetricDefinition, 'aggregation' | 'unit'>): boolean {
  switch (definition.aggregation) {
    case 'ratio':
    case 'weightedAverage':
    case 'average':
      return false;
    case 'last':
      return definition.unit === 'count' || definition.unit === 'currency';
    default:
      return true;
  }
}

const levelsOf = (goal: Pick<ResolvedGoal, 'target' | 'amber' | 'red'>, scope?: GoalScope): ResolvedGoal | undefined => {
  if (goal.target === undefined && goal.amber === undefined && goal.red === undefined) return undefined;
  return {
    ...(goal.target === undefined ? {} : { target: goal.target }),
    ...(goal.amber === undefined ? {} : { amber: goal.amber }),
    ...(goal.red === undefined ? {} : { red: goal.red }),
    ...(scope ? { scope } : {}),
  };
};

/** The card, channel or stage a figure is of, most specific first. */
function scopesOf(figure: ValueScope): GoalScope[] {
  const { target } = figure;
  const scopes: GoalScope[] = [];
  const card = figure.card ?? (target.kind === 'card' ? target.id : undefined);
  if (card !== undefined) scopes.push({ kind: 'card', id: card });
  if (target.kind === 'channel' || target.kind === 'stage') scopes.push({ kind: target.kind, id: target.id });
  return scopes;
}

/** The goal a figure of `definition` is compared with under the goal rule above, or undefined when none applies. */
export function goalFor(definition: MetricDefinition, figure: ValueScope): ResolvedGoal | undefined {
  const additive = isAdditive(definition);
  const segment = figure.segment === null || figure.segment.trim() === '' ? null : figure.segment.trim();
  const wholeMap = figure.target.kind === 'map';
  const goals = definition.goals ?? [];
  const find = (scope: GoalScope) => goals.find((goal) => goalScopeKey(goal.scope) === goalScopeKey(scope));
  const candidates: GoalScope[] = [];
  // A subject's goal is for its all-users figure when figures add up; a rate's holds in every segment.
  if (!additive || segment === null) candidates.push(...scopesOf(figure));
  // A segment's goal is for its whole-map figure when figures add up; a rate's holds at every stage, channel and card.
  if (segment !== null && (!additive || wholeMap)) candidates.push({ kind: 'segment', segment });
  if (wholeMap && (!additive || segment === null)) candidates.push({ kind: 'map' });
  for (const scope of candidates) {
    const goal = find(scope);
    const resolved = goal && levelsOf(goal, goal.scope);
    if (resolved) return resolved;
  }
  if (additive && !(wholeMap && segment === null)) return undefined;
  return levelsOf(definition);
}

/**
 * Red / amber / green against a goal. Thresholds win over the target: higher
 * is better means below `red` is red, below `amber` is amber, else green
 * (lower is better: above them). With only a target: meeting it is green,
 * missing it amber. No goal, or a non-finite value: 'none'.
 */
export function goalStatus(value: number, goal: ResolvedGoal | undefined, direction: MetricDefinition['direction']): MetricStatus {
  if (!goal || !Number.isFinite(value)) return 'none';
  const { red, amber, target } = goal;
  const lower = direction === 'lowerIsBetter';
  const worse = (threshold: number) => (lower ? value > threshold : value < threshold);
  if (red !== undefined || amber !== undefined) {
    if (red !== undefined && worse(red)) return 'red';
    if (amber !== undefined && worse(amber)) return 'amber';
    return 'green';
  }
  if (target !== undefined) return worse(target) ? 'amber' : 'green';
  return 'none';
}
