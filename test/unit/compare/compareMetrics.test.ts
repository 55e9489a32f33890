import { describe, expect, it } from 'vitest';
import { compareMetrics } from '../../../src/compare/compareMetrics';
import { matchVersions } from '../../../src/compare/matchVersions';
import type { GapMetricReading } from '../../../src/model/gaps';
import { BUILTIN_DEFINITIONS } from '../../../src/metrics/definitions';
import { versionMap, versionOf, withNewIds } from './versionMap';

const reading = (kind: 'stage' | 'card', id: string, metric: string, value: number): GapMetricReading => ({
  target: { kind, id },
  metric,
  name: metric,
  value,
  valueText: String(value),
  targetText: null,
  status: 'none',
});

describe('compareMetrics', () => {
  const metrics = { definitions: BUILTIN_DEFINITIONS, series: [], segments: [], periods: [], hasTransitions: false };
  const lowerIsBetter = BUILTIN_DEFINITIONS.find((d) => d.direction === 'lowerIsBetter')!.key;
  const higherIsBetter = BUILTIN_DEFINITIONS.find((d) => d.direction === 'higherIsBetter')!.key;

  it('puts the readings of matched stages and cards side by side with the change and whether it is better', () => {
    const before = { ...versionOf(versionMap()), metrics };
    const after = { ...versionOf(withNewIds(versionMap(), 'm2')), metrics };
    const rows = compareMetrics(
      before,
      after,
      {
        before: [reading('stage', 's2', higherIsBetter, 200), reading('card', 't2', lowerIsBetter, 10), reading('stage', 's3', higherIsBetter, 5)],
        after: [reading('stage', 'n-s2', higherIsBetter, 150), reading('card', 'n-t2', lowerIsBetter, 8), reading('stage', 'n-s1', higherIsBetter, 7)],
      },
      matchVersions(before.map, after.map),
    );
    expect(rows.map((r) => [r.subject.name, r.before?.value ?? null, r.after?.value ?? null, r.change, r.changeRatio, r.trend])).toEqual([
      ['Buy', 200, 150, -50, -0.25, 'worse'],
      ['Checkout', 10, 8, -2, -0.2, 'better'],
      ['Discover', null, 7, null, null, 'same'],
      ['Use', 5, null, null, null, 'same'],
    ]);
  });

  it('gives no ratio when the before value is 0', () => {
    const version = { ...versionOf(versionMap()), metrics };
    const [row] = compareMetrics(version, version, { before: [reading('stage', 's1', higherIsBetter, 0)], after: [reading('stage', 's1', higherIsBetter, 3)] }, matchVersions(version.map, version.map));
    expect(row).toMatchObject({ change: 3, changeRatio: null, trend: 'better' });
  });
});
