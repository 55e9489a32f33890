import { describe, expect, it } from 'vitest';
import { effortPoints, priorityOf, rankScores } from '../../../src/painPoints/priority';

describe('priorityOf', () => {
  it('scores the worst, cheapest pain point 100', () => {
    expect(priorityOf({ severity: 5, frequency: 'always', reach: 100, effort: 'S' }).score).toBe(100);
  });

  it('follows 100 × severity/5 × frequency/4 × reach/100 ÷ effort', () => {
    // 100 × 0.8 × 0.75 × 0.3 ÷ 2 = 9
    expect(priorityOf({ severity: 4, frequency: 'often', reach: 30, effort: 'M' }).score).toBe(9);
    // 100 × 0.4 × 0.25 × 0.8 ÷ 5 = 1.6 (numeric effort is its own divisor)
    expect(priorityOf({ severity: 2, frequency: 'rare', reach: 80, effort: 5 }).score).toBe(1.6);
    // 100 × 0.2 × 0.75 × 0.5 ÷ 3 = 2.5
    expect(priorityOf({ severity: 1, frequency: 'often', reach: 50, effort: 'L' }).score).toBe(2.5);
    // 100 × 1 × 0.5 × 0.9 ÷ 4 = 11.25 -> one decimal
    expect(priorityOf({ severity: 5, frequency: 'sometimes', reach: 90, effort: 'XL' }).score).toBe(11.3);
  });

  it('scores zero reach zero', () => {
    expect(priorityOf({ severity: 5, frequency: 'always', reach: 0, effort: 'S' }).score).toBe(0);
  });

  it('assumes sometimes, 50 % and M for unrated inputs and says so', () => {
    const p = priorityOf({ severity: 3 });
    // 100 × 0.6 × 0.5 × 0.5 ÷ 2 = 7.5
    expect(p.score).toBe(7.5);
    expect(p.assumed).toEqual(['frequency', 'reach', 'effort']);
    expect(p).toMatchObject({ frequency: 'sometimes', reach: 50, effort: 'M', effortPoints: 2 });
    expect(priorityOf({ severity: 3, reach: 20 }).assumed).toEqual(['frequency', 'effort']);
  });

  it('gives no score without a severity, whatever else is rated', () => {
    expect(priorityOf({ frequency: 'always', reach: 100, effort: 'S' }).score).toBeNull();
    expect(priorityOf(undefined).score).toBeNull();
    expect(priorityOf(undefined).severity).toBeNull();
  });
});

describe('effortPoints', () => {
  it('maps sizes to 1..4 and keeps numbers', () => {
    expect(['S', 'M', 'L', 'XL'].map((e) => effortPoints(e as 'S'))).toEqual([1, 2, 3, 4]);
    expect(effortPoints(5)).toBe(5);
  });
});

describe('rankScores', () => {
  it('ranks highest first, ties share a rank, unscored get none', () => {
    expect(rankScores([9, null, 100, 9, 2])).toEqual([2, null, 1, 2, 4]);
    expect(rankScores([])).toEqual([]);
  });
});
