import { describe, expect, it } from 'vitest';
import { excelSerialToDate, parseDateValue, parseDurationValue } from '../../../src/import/timeValues';
import { parseNumberValue } from '../../../src/import/values';

const num = (raw: string | number | null) => {
  const parsed = parseNumberValue(raw);
  if (parsed.kind !== 'number') throw new Error(`${String(raw)} -> ${parsed.kind}${parsed.kind === 'invalid' ? `: ${parsed.reason}` : ''}`);
  return parsed;
};

describe('parseNumberValue', () => {
  it.each([
    ['1234', 1234],
    ['1,234', 1234],
    ['1,234,567.89', 1234567.89],
    ['1 234', 1234],
    ['-42', -42],
    ['+7', 7],
    ['.5', 0.5],
    ['(1,234)', -1234],
    ['１２３', 123],
    ['１，２３４．５', 1234.5],
    ['1.2万', 12000],
    ['3亿', 300000000],
    ['2.5k', 2500],
    ['1.5M', 1500000],
    ['3千', 3000],
  ])('%s is %d', (raw, value) => {
    expect(num(raw).value).toBe(value);
  });

  it('reads percentages as fractions and says so', () => {
    expect(num('12.5%')).toMatchObject({ value: 0.125, unit: 'percent', steps: ['percent'] });
    expect(num('１２．５％')).toMatchObject({ value: 0.125, unit: 'percent', steps: ['fullWidth', 'percent'] });
    expect(num('3‰').value).toBe(0.003);
    expect(num('-0.5%').value).toBe(-0.005);
  });

  it('reads money in yuan, dollars and euros with its currency', () => {
    expect(num('¥1,200')).toMatchObject({ value: 1200, unit: 'currency', currency: 'CNY', steps: ['currency', 'thousands'] });
    expect(num('￥1,200')).toMatchObject({ value: 1200, currency: 'CNY' });
    expect(num('$3.50')).toMatchObject({ value: 3.5, currency: 'USD' });
    expect(num('1200元')).toMatchObject({ value: 1200, currency: 'CNY' });
    expect(num('-¥5')).toMatchObject({ value: -5, currency: 'CNY' });
    expect(num('(¥1,234)')).toMatchObject({ value: -1234, currency: 'CNY', steps: ['parenthesesNegative', 'currency', 'thousands'] });
    expect(num('€2.5万')).toMatchObject({ value: 25000, currency: 'EUR', steps: ['currency', 'multiplier'] });
    // A decimal comma ("2,5") is ambiguous with a thousands separator and refused rather than guessed.
    expect(parseNumberValue('€2,5')).toMatchObject({ kind: 'invalid' });
  });

  it('treats blanks and dashes as missing, not zero', () => {
    for (const raw of ['', '  ', '-', '--', '—', 'N/A', '#N/A', '无', null]) expect(parseNumberValue(raw).kind).toBe('missing');
  });

  it('refuses text with a reason naming it', () => {
    expect(parseNumberValue('abc')).toEqual({ kind: 'invalid', raw: 'abc', reason: '"abc" is not a number' });
    expect(parseNumberValue('1,23')).toMatchObject({ kind: 'invalid' });
    expect(parseNumberValue('12%¥')).toMatchObject({ kind: 'invalid' });
    expect(parseNumberValue('(-5)')).toMatchObject({ kind: 'invalid', reason: 'a number in parentheses cannot also have a minus sign' });
    expect(parseNumberValue(Number.NaN)).toMatchObject({ kind: 'invalid' });
  });

  it('passes numeric cells through untouched', () => {
    expect(parseNumberValue(0.125)).toEqual({ kind: 'number', raw: '0.125', value: 0.125, unit: 'count', steps: [] });
  });
});

const date = (raw: string | number, dayFirst = false) => {
  const parsed = parseDateValue(raw, { dayFirst });
  if (parsed.kind !== 'date') throw new Error(`${raw} -> ${parsed.kind}${parsed.kind === 'invalid' ? `: ${parsed.reason}` : ''}`);
  return parsed;
};

describe('parseDateValue', () => {
  it.each([
    ['2026/3/5', '2026-03-05'],
    ['2026-03-05', '2026-03-05'],
    ['2026.3.5', '2026-03-05'],
    ['2026-03-05 14:30', '2026-03-05'],
    ['2026-03-05T14:30:00', '2026-03-05'],
    ['2026年3月5日', '2026-03-05'],
    ['２０２６年３月５日', '2026-03-05'],
  ])('%s is the day %s', (raw, iso) => {
    expect(date(raw)).toMatchObject({ date: iso, granularity: 'day' });
  });

  it('reads 3/5/2026 month first unless told day first, and never against an impossible month', () => {
    expect(date('3/5/2026')).toMatchObject({ date: '2026-03-05', steps: ['monthFirst'] });
    expect(date('3/5/2026', true)).toMatchObject({ date: '2026-05-03', steps: ['dayFirst'] });
    expect(date('25/3/2026')).toMatchObject({ date: '2026-03-25', steps: ['dayFirst'] });
    expect(date('3/25/2026', true)).toMatchObject({ date: '2026-03-25', steps: ['monthFirst'] });
  });

  it('reads Excel serials, including past the 1900 leap-year bug', () => {
    expect(excelSerialToDate(1)).toBe('1900-01-01');
    expect(excelSerialToDate(59)).toBe('1900-02-28');
    expect(excelSerialToDate(61)).toBe('1900-03-01');
    expect(excelSerialToDate(46086)).toBe('2026-03-05');
    expect(date(46086)).toMatchObject({ date: '2026-03-05', steps: ['excelSerial'] });
    expect(date('46086.75')).toMatchObject({ date: '2026-03-05', steps: ['excelSerial'] });
  });

  it('reads weeks, months, quarters and years as the first day of the period', () => {
    expect(date('2026-W10')).toMatchObject({ date: '2026-03-02', granularity: 'week' });
    expect(date('2026W01')).toMatchObject({ date: '2025-12-29', granularity: 'week' });
    expect(date('2026年第10周')).toMatchObject({ date: '2026-03-02', granularity: 'week' });
    expect(date('2026年3月')).toMatchObject({ date: '2026-03-01', granularity: 'month' });
    expect(date('2026-03')).toMatchObject({ date: '2026-03-01', granularity: 'month' });
    expect(date('2026-Q2')).toMatchObject({ date: '2026-04-01', granularity: 'quarter' });
    expect(date('Q4 2026')).toMatchObject({ date: '2026-10-01', granularity: 'quarter' });
    expect(date('2026年第三季度')).toMatchObject({ date: '2026-07-01', granularity: 'quarter' });
    expect(date('2026年')).toMatchObject({ date: '2026-01-01', granularity: 'year' });
  });

  it('refuses dates that do not exist, and text that is no date', () => {
    expect(parseDateValue('2026-02-30')).toMatchObject({ kind: 'invalid', reason: '"2026-02-30" is not a real date' });
    expect(parseDateValue('2026-W54')).toMatchObject({ kind: 'invalid' });
    // 2025 has 52 ISO weeks; 2026 (starting on a Thursday) has 53.
    expect(parseDateValue('2025-W53')).toMatchObject({ kind: 'invalid' });
    expect(date('2026-W53')).toMatchObject({ date: '2026-12-28', granularity: 'week' });
    expect(parseDateValue('next Tuesday')).toMatchObject({ kind: 'invalid', reason: '"next Tuesday" is not a date this app reads' });
    expect(parseDateValue('--').kind).toBe('missing');
  });
});

describe('parseDurationValue', () => {
  it.each([
    ['00:02:35', 155],
    ['02:35', 155],
    ['1:00:00', 3600],
    ['155秒', 155],
    ['2分35秒', 155],
    ['1小时5分', 3900],
    ['2m 35s', 155],
    ['5 minutes', 300],
    ['155', 155],
    ['１５５秒', 155],
  ])('%s is %d seconds', (raw, seconds) => {
    expect(parseDurationValue(raw)).toMatchObject({ kind: 'duration', seconds });
  });

  it('refuses what is no duration and keeps blanks missing', () => {
    expect(parseDurationValue('soon')).toMatchObject({ kind: 'invalid', reason: '"soon" is not a duration this app reads' });
    expect(parseDurationValue('2分 and more')).toMatchObject({ kind: 'invalid' });
    expect(parseDurationValue(-3)).toMatchObject({ kind: 'invalid' });
    expect(parseDurationValue('-').kind).toBe('missing');
  });
});
