import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportMappingSchema, type ImportMapping } from '../../../src/import/mapping';
import { createRecordBuilder } from '../../../src/import/records';
import type { Cell } from '../../../src/import/sheetLayout';
import { suggestMapping } from '../../../src/import/suggestMapping';
import { findHeader } from '../../../src/import/sheetLayout';

/** Cells as spreadsheets hold them: tricky texts people type, any text, numbers (serials, fractions, NaN), yes/no and blanks. */
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom('1,234', '12.5%', '¥1,200', '￥', '１２３', '1.2万', '3亿', '-', '--', '', '(1,234)', '2026/3/5', '2026年3月5日', '3/5/2026', '2026-W10', '00:02:35', '155秒', '合计', 'Total', '2026-03-05 09:30', 'MQL'),
  fc.string({ maxLength: 12 }),
  fc.double({ noDefaultInfinity: false }),
  fc.integer({ min: -1e6, max: 3e6 }),
  fc.boolean(),
  fc.constant(null),
);

const WIDTH = 30;
const column = fc.integer({ min: 0, max: WIDTH - 1 });
const grid = fc.array(fc.array(cell, { maxLength: WIDTH }), { maxLength: 25 });

const mapping: fc.Arbitrary<ImportMapping> = fc.oneof(
  fc.record({
    kind: fc.constant('metrics' as const),
    headerRow: fc.integer({ min: 0, max: 3 }),
    dayFirst: fc.boolean(),
    skipTotals: fc.boolean(),
    target: fc.oneof(
      fc.constant({ kind: 'map' as const }),
      column.map((c) => ({ kind: 'channel' as const, column: c })),
      column.map((c) => ({ kind: 'stage' as const, column: c })),
      fc.record({ kind: fc.constant('utm' as const), source: column, campaign: column }),
    ),
    period: fc.option(column, { nil: undefined }),
    segment: fc.option(column, { nil: undefined }),
    layout: fc.oneof(
      fc.record({
        layout: fc.constant('wide' as const),
        metrics: fc.array(fc.record({ column, metric: fc.constantFrom('visits', 'ctr', 'dwellTime', 'revenue') }), { minLength: 1, maxLength: 6 }),
      }),
      fc.record({
        layout: fc.constant('long' as const),
        metricColumn: column,
        valueColumn: column,
        names: fc.constant({ 'MQL': 'leads', '00:02:35': 'dwellTime', '合计': 'visits' }),
      }),
    ),
  }).map((m) => {
    const { period, segment, ...rest } = m;
    return { ...rest, ...(period !== undefined ? { period } : {}), ...(segment !== undefined ? { segment } : {}) };
  }),
  fc.record({
    kind: fc.constant('transitions' as const),
    headerRow: fc.integer({ min: 0, max: 3 }),
    dayFirst: fc.boolean(),
    skipTotals: fc.boolean(),
    entity: column,
    stage: column,
    timestamp: column,
  }),
);

describe('createRecordBuilder on random sheets', () => {
  it('never throws, and every problem names a data row and a column letter', () => {
    fc.assert(
      fc.property(mapping, grid, (m, rows) => {
        expect(ImportMappingSchema.safeParse(m).success).toBe(true);
        const builder = createRecordBuilder(m, Array.from({ length: WIDTH }, (_, i) => `h${i}`));
        rows.forEach((row, i) => builder.push(row, i + 1));
        const result = builder.finish();
        const dataRows = Math.max(0, rows.length - m.headerRow - 1);
        expect(result.rowsRead).toBe(dataRows);
        expect(result.validRows + result.blankRows + result.totalsRows.length).toBeLessThanOrEqual(dataRows);
        expect(result.problemCount).toBeGreaterThanOrEqual(result.problems.length);
        for (const problem of result.problems) {
          expect(problem.row).toBeGreaterThan(m.headerRow + 1);
          expect(problem.row).toBeLessThanOrEqual(rows.length);
          expect(problem.column).toMatch(/^[A-Z]{1,2}$/);
          expect(problem.reason.length).toBeGreaterThan(0);
        }
        if (result.kind === 'metrics') for (const record of result.records) expect(Number.isFinite(record.value)).toBe(true);
        else for (const t of result.transitions) expect(t.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
      }),
      { numRuns: 300 },
    );
  });

  it('suggests only mappings the schema accepts', () => {
    const headerCell = fc.constantFrom('日期', '渠道', '展示量', '点击率', '指标', '数值', '客户ID', '阶段', '进入时间', 'utm_source', '备注', '人群', '');
    fc.assert(
      fc.property(fc.array(headerCell, { minLength: 1, maxLength: 12 }), grid, (header, rows) => {
        const all = [header, ...rows];
        const found = findHeader(all);
        if (!found) return;
        const suggested = suggestMapping(all, found.index, found.names);
        if (suggested) expect(ImportMappingSchema.safeParse(suggested).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
