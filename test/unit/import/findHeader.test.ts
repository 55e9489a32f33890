import { describe, expect, it } from 'vitest';
import { findHeader, headerNamesAt, isSubHeaderRow, type Cell } from '../../../src/import/sheetLayout';

describe('findHeader', () => {
  it('finds the header under a title and names every column', () => {
    const rows: Cell[][] = [['2026年3月渠道数据'], [], ['日期', '渠道', '展示量', '', '点击量'], ['2026/3/5', '百度', '1,234', '1', '56']];
    expect(findHeader(rows)).toEqual({ index: 2, skipped: 2, names: ['日期', '渠道', '展示量', '展示量 (2)', '点击量'] });
  });

  it('joins a two-row header whose group name is merged over its sub-headers', () => {
    const rows: Cell[][] = [
      ['2026年3月渠道数据'],
      ['日期', '渠道', '流量', null, '访客数'],
      [null, null, '展示量', '点击量', null],
      [46086, '百度', 1234, 56, 40],
    ];
    expect(findHeader(rows)).toEqual({ index: 2, skipped: 1, names: ['日期', '渠道', '展示量', '点击量', '访客数'] });
  });

  it('joins a two-row header when the lower row is the one that looks like a header (two groups, the first columns merged down)', () => {
    // As SheetJS reads a LibreOffice or Excel sheet: merged cells after the first are empty strings.
    const rows: Cell[][] = [
      ['渠道周报'],
      ['周', '渠道', '流量', '', '', '转化', ''],
      ['', '', '展示量', '点击量', '访客数', '交易数', '新访客交易数'],
      ['2026-W01', '百度搜索', 9000, 270, 200, 10, 4],
    ];
    expect(findHeader(rows)).toEqual({ index: 2, skipped: 1, names: ['周', '渠道', '展示量', '点击量', '访客数', '交易数', '新访客交易数'] });
  });

  it('does not take a text data row for sub-headers', () => {
    const log: Cell[][] = [
      ['客户ID', '阶段', '进入时间'],
      ['C001', 'MQL', '2026-03-05 09:30'],
    ];
    expect(findHeader(log)).toEqual({ index: 0, skipped: 0, names: ['客户ID', '阶段', '进入时间'] });
    // Sub-headers need a group above them: text under a header with no merged cells is data.
    expect(isSubHeaderRow(['渠道', '备注', '访客数'], [null, '新客', null], 3)).toBe(false);
    // Numbers below a group are data, not sub-headers.
    expect(isSubHeaderRow(['日期', '流量', null], [null, '12', '13'], 3)).toBe(false);
  });

  it('names columns of a chosen header row the same way (with the row above when it is a group row)', () => {
    expect(headerNamesAt(['日期', '流量', null], [null, '展示量', '点击量'], 3)).toEqual(['日期', '展示量', '点击量']);
    expect(headerNamesAt(undefined, ['a', '', 'a'], 4)).toEqual(['a', 'a (2)', 'a (3)', 'a (4)']);
  });

  it('gives undefined for a sheet without a header', () => {
    expect(findHeader([])).toBeUndefined();
    expect(findHeader([[], [null, '']])).toBeUndefined();
  });
});
