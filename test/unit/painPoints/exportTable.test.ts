import { describe, expect, it } from 'vitest';
import { TableExportSchema } from '../../../src/api/contract';
import { collectPainPoints } from '../../../src/painPoints/collect';
import { painExportTable, type PainExportColumn } from '../../../src/painPoints/exportTable';
import { painMap } from './painMap';

const labels = {
  header: (c: PainExportColumn) => `H:${c}`,
  frequency: (f: string) => `F:${f}`,
  status: (s: string) => `S:${s}`,
  evidence: (e: string) => `E:${e}`,
  persona: (id: string) => `P:${id}`,
  segment: (id: string) => `G:${id}`,
};

describe('painExportTable', () => {
  const rows = collectPainPoints(painMap());
  const columns: PainExportColumn[] = ['title', 'stages', 'severity', 'frequency', 'reach', 'effort', 'priority', 'status', 'personas', 'tags', 'opportunities', 'about'];

  it('writes translated headers in the order given', () => {
    expect(painExportTable(rows, ['priority', 'title'], labels).columns).toEqual(['H:priority', 'H:title']);
  });

  it('keeps numbers as numbers, labels enums, joins lists, leaves empty cells null', () => {
    const table = painExportTable(rows, columns, labels);
    expect(table.rows[2]).toEqual(['Slow checkout', 'Consider, Buy', 4, 'F:often', 30, 'M', 9, 'S:inProgress', 'P:per1', 'speed', 'One-page checkout', 'Checkout page']);
    expect(table.rows[3]).toEqual(['Confusing form', 'Buy', null, null, null, null, null, 'S:open', null, null, null, null]);
    expect(TableExportSchema.safeParse({ format: 'csv', ...table }).success).toBe(true);
  });

  it('exports only the rows given (the filtered table), in their order', () => {
    const table = painExportTable([rows[1]!, rows[0]!], ['title', 'tags'], labels);
    expect(table.rows).toEqual([
      ['Tiny font', null],
      ['Hidden fees', 'price, trust'],
    ]);
  });
});
