import { describe, expect, it } from 'vitest';
import type { MetricsMapping } from '../../../src/import/mapping';
import { fromMapping, toMapping } from '../../../renderer/panels/import/mappingDraft';

const undated: MetricsMapping = {
  kind: 'metrics',
  headerRow: 0,
  dayFirst: false,
  skipTotals: true,
  target: { kind: 'channel', column: 0 },
  fixedPeriod: { start: '2026-02-15', grain: 'month', end: '2026-03-14' },
  layout: { layout: 'wide', metrics: [{ column: 1, metric: 'visits' }] },
};

describe("the wizard's fixed period", () => {
  it('goes from a preset to the draft and back unchanged', () => {
    const draft = fromMapping(undated, 2);
    expect(draft.fixedPeriod).toEqual(undated.fixedPeriod);
    expect(toMapping(draft)).toEqual({ ok: true, mapping: undated });
  });

  it('is dropped once a column is chosen as the period', () => {
    const draft = fromMapping(undated, 3);
    const columns = draft.columns.slice();
    columns[2] = { role: 'period', metric: '' };
    const result = toMapping({ ...draft, columns });
    expect(result.ok && result.mapping.kind === 'metrics' ? [result.mapping.period, result.mapping.fixedPeriod] : null).toEqual([2, undefined]);
  });
});
