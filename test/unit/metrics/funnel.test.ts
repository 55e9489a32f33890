import { describe, expect, it } from 'vitest';
import { computeFunnel, FUNNEL_FORMULAS } from '../../../src/metrics/funnel';

describe('computeFunnel', () => {
  it('gives step conversion, drop-off and share of the first step', () => {
    const steps = computeFunnel([
      { stageId: 'aware', volume: 1000 },
      { stageId: 'visit', volume: 400 },
      { stageId: 'signup', volume: 100 },
      { stageId: 'pay', volume: 20 },
    ]);
    expect(steps.map((s) => s.conversion)).toEqual([0.4, 0.25, 0.2, null]); // 400/1000, 100/400, 20/100
    expect(steps.map((s) => s.dropOff?.toFixed(10) ?? null)).toEqual(['0.6000000000', '0.7500000000', '0.8000000000', null]);
    expect(steps.map((s) => s.dropOffCount)).toEqual([600, 300, 80, null]);
    expect(steps.map((s) => s.fromFirst)).toEqual([1, 0.4, 0.1, 0.02]);
    expect(FUNNEL_FORMULAS.conversion.en).toBe('Step conversion = volume of the next step / volume of this step');
    expect(FUNNEL_FORMULAS.dropOff.zh).toContain('1 − 步骤转化率');
  });

  it('leaves out what cannot be computed: a missing step, a zero step, a single step, no steps', () => {
    const gap = computeFunnel([
      { stageId: 'a', volume: 1000 },
      { stageId: 'b', volume: null },
      { stageId: 'c', volume: 100 },
    ]);
    expect(gap[0]).toEqual({ stageId: 'a', volume: 1000, conversion: null, dropOff: null, dropOffCount: null, fromFirst: 1 });
    expect(gap[1]).toEqual({ stageId: 'b', volume: null, conversion: null, dropOff: null, dropOffCount: null, fromFirst: null });
    expect(gap[2]?.fromFirst).toBeCloseTo(0.1, 12);
    const zero = computeFunnel([
      { stageId: 'a', volume: 0 },
      { stageId: 'b', volume: 0 },
    ]);
    expect(zero[0]).toEqual({ stageId: 'a', volume: 0, conversion: null, dropOff: null, dropOffCount: 0, fromFirst: null });
    expect(computeFunnel([{ stageId: 'a', volume: 5 }])).toEqual([{ stageId: 'a', volume: 5, conversion: null, dropOff: null, dropOffCount: null, fromFirst: 1 }]);
    expect(computeFunnel([])).toEqual([]);
  });
});
