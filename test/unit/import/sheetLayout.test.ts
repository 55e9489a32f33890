import { describe, expect, it } from 'vitest';
import { findHeaderRow, headerNames, isBlankRow, isTotalsRow } from '../../../src/import/sheetLayout';

describe('findHeaderRow', () => {
  it('skips a title row and a blank row above the header', () => {
    const rows = [
      ['2026年3月渠道数据', null, null, null],
      [null, null, null, null],
      ['渠道', '展示量', '点击量', '点击率'],
      ['微信', '1,234', 56, '4.5%'],
    ];
    expect(findHeaderRow(rows)).toEqual({ index: 2, skipped: 2 });
  });

  it('takes the first row when it is the header', () => {
    expect(findHeaderRow([['channel', 'clicks'], ['wechat', 3]])).toEqual({ index: 0, skipped: 0 });
  });

  it('does not take a row of numbers, or a note with one cell, as the header', () => {
    const rows = [['Exported 2026-03-05'], [1, 2, 3], ['source', 'visits', 'orders'], ['ads', 10, 1]];
    expect(findHeaderRow(rows)?.index).toBe(2);
  });

  it('finds nothing in an empty sheet', () => {
    expect(findHeaderRow([])).toBeUndefined();
    expect(findHeaderRow([[null, ''], ['  ']])).toBeUndefined();
  });
});

describe('totals and blank rows', () => {
  it.each([['合计'], ['总计'], ['小计：'], ['Total'], ['GRAND TOTAL'], ['Sum'], ['合计 ']])('%s starts a totals row', (word) => {
    expect(isTotalsRow([word, 100, 200])).toBe(true);
    expect(isTotalsRow([null, word, 100])).toBe(true);
  });

  it('does not take a channel that merely contains the word for a totals row', () => {
    expect(isTotalsRow(['Total Commerce Ads', 5])).toBe(false);
    expect(isTotalsRow(['合计划', 5])).toBe(false);
    expect(isTotalsRow([12, 'Total'])).toBe(false);
  });

  it('knows blank rows', () => {
    expect(isBlankRow([null, '', '  ', undefined])).toBe(true);
    expect(isBlankRow([null, 0])).toBe(false);
  });
});

describe('headerNames', () => {
  it('gives the blanks of a merged header the name on their left, and every column a unique name', () => {
    expect(headerNames(['渠道', '访客', null, '订单'], 4)).toEqual(['渠道', '访客', '访客 (2)', '订单']);
    expect(headerNames([null, 'clicks', 'clicks'], 4)).toEqual(['Column 1', 'clicks', 'clicks (2)', 'clicks (3)']);
    expect(headerNames(['  page\n views '], 1)).toEqual(['page views']);
  });
});
