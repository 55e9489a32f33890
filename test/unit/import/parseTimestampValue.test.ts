import { describe, expect, it } from 'vitest';
import { parseTimestampValue } from '../../../src/import/timeValues';

const at = (input: string | number, dayFirst = false): string | undefined => {
  const parsed = parseTimestampValue(input, { dayFirst });
  return parsed.kind === 'timestamp' ? parsed.at : undefined;
};

describe('parseTimestampValue', () => {
  it('keeps the time of day of every written form', () => {
    expect(at('2026-03-05 09:30')).toBe('2026-03-05T09:30:00');
    expect(at('2026/3/5 9:30:00')).toBe('2026-03-05T09:30:00');
    expect(at('2026-03-05T09:30:15')).toBe('2026-03-05T09:30:15');
    expect(at('2026年3月5日 14:05')).toBe('2026-03-05T14:05:00');
    expect(at('2026/3/5 下午3:05')).toBe('2026-03-05T15:05:00');
    expect(at('3/5/2026 9:30 PM')).toBe('2026-03-05T21:30:00');
    expect(at('3/5/2026 12:10 AM')).toBe('2026-03-05T00:10:00');
  });

  it('reads a date alone as midnight, day first when asked', () => {
    expect(at('2026年3月5日')).toBe('2026-03-05T00:00:00');
    expect(at('3/5/2026', true)).toBe('2026-05-03T00:00:00');
  });

  it('keeps the wall clock of ISO times with a zone', () => {
    expect(at('2026-03-05T09:30:00Z')).toBe('2026-03-05T09:30:00');
    expect(at('2026-03-05T09:30:00+08:00')).toBe('2026-03-05T09:30:00');
  });

  it('reads Excel serials with a fraction as date and time (also when written as text)', () => {
    // 46086 is 2026-03-05; 0.395833… of a day is 09:30.
    expect(at(46086.395833333336)).toBe('2026-03-05T09:30:00');
    expect(at('46082.375')).toBe('2026-03-01T09:00:00');
    expect(at(46086.99999999)).toBe('2026-03-06T00:00:00');
  });

  it('refuses what is not a moment, and says why', () => {
    expect(parseTimestampValue('2026-03')).toEqual({ kind: 'invalid', raw: '2026-03', reason: '"2026-03" names a month, not a day' });
    expect(parseTimestampValue('2026-03-05 25:00')).toMatchObject({ kind: 'invalid' });
    expect(parseTimestampValue('2026-02-30 10:00')).toMatchObject({ kind: 'invalid', reason: '"2026-02-30" is not a real date' });
    expect(parseTimestampValue('soon')).toMatchObject({ kind: 'invalid' });
    expect(parseTimestampValue('--')).toEqual({ kind: 'missing', raw: '--' });
  });
});
