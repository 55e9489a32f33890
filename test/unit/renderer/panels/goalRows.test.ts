import { describe, expect, it } from 'vitest';
import { goalRows, goalsOfRows } from '../../../../renderer/panels/metrics/GoalRows';
import type { MetricGoal } from '../../../../src/metrics/goals';
import { MetricDefinitionSchema } from '../../../../src/schema/metrics';

describe('the goal rows of the definition form', () => {
  const goals: MetricGoal[] = [
    { scope: { kind: 'channel', id: 'ch1' }, target: 0.035, amber: 0.02, red: 0.0125 },
    { scope: { kind: 'segment', segment: 'new' }, amber: 0.05 },
    { scope: { kind: 'map' }, target: 0.1 },
  ];

  it('shows a percent metric\'s goals as percent and saves them back as fractions', () => {
    const rows = goalRows(goals, 'percent');
    expect(rows[0]).toEqual({ kind: 'channel', which: 'ch1', target: 3.5, amber: 2, red: 1.25 });
    expect(rows[1]).toEqual({ kind: 'segment', which: 'new', target: null, amber: 5, red: null });
    expect(rows[2]).toEqual({ kind: 'map', which: undefined, target: 10, amber: null, red: null });
    const saved = goalsOfRows(rows, 'percent');
    expect(saved).toEqual(goals);
    expect(MetricDefinitionSchema.safeParse({ key: 'ctr', name: 'CTR', unit: 'percent', aggregation: 'ratio', direction: 'higherIsBetter', goals: saved }).success).toBe(true);
  });

  it('keeps counts as typed and leaves out rows without a scope or any number', () => {
    const rows = [
      { kind: 'stage' as const, which: 's1', target: 350000 },
      { kind: 'card' as const, target: 5 },
      { kind: 'segment' as const, which: 'returning', target: null, amber: null, red: null },
    ];
    expect(goalsOfRows(rows, 'count')).toEqual([{ scope: { kind: 'stage', id: 's1' }, target: 350000 }]);
  });
});
