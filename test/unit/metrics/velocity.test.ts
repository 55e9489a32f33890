import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeVelocity, parseDateTime } from '../../../src/metrics/velocity';
import type { StageTransition } from '../../../src/model/metrics';

const ORDER = ['lead', 'mql', 'sql', 'won'];
const t = (entity: string, stageId: string, at: string): StageTransition => ({ entity, stageId, at });

/**
 * A hand-made log:
 *  A: lead → mql (2.5 d) → sql (7 d) → back to mql → sql again (17 d, in February)
 *  B: lead → sql, skipping mql (4 d) → won (31 d, February)
 *  C: lead → mql in +08:00 (2026-01-01T16:00Z → 2026-01-03T16:00Z: 2 d)
 *  D: written out of order: lead 10 Feb → mql 20 Feb (10 d)
 *  E: one entry only
 *  F: MQL-01 and MQL-02, both matched to mql: a repeated entry, no move
 *  G: lead → a stage that is not on the map: no move
 *  H: a time that is not a date: left out
 */
const LOG: StageTransition[] = [
  t('A', 'lead', '2026-01-01T00:00:00Z'),
  t('A', 'mql', '2026-01-03T12:00:00Z'),
  t('A', 'sql', '2026-01-10T12:00:00Z'),
  t('A', 'mql', '2026-01-15T12:00:00Z'),
  t('A', 'sql', '2026-02-01T12:00:00Z'),
  t('B', 'lead', '2026-01-05'),
  t('B', 'sql', '2026-01-09'),
  t('B', 'won', '2026-02-09'),
  t('C', 'lead', '2026-01-02T00:00:00+08:00'),
  t('C', 'mql', '2026-01-04T00:00:00+08:00'),
  t('D', 'mql', '2026-02-20 00:00'),
  t('D', 'lead', '2026-02-10 00:00'),
  t('E', 'lead', '2026-03-01'),
  t('F', 'mql', '2026-01-01'),
  t('F', 'mql', '2026-01-05'),
  t('G', 'lead', '2026-01-01'),
  t('G', 'lost', '2026-01-02'),
  t('H', 'lead', 'yesterday'),
];

describe('computeVelocity on a hand-made log', () => {
  const report = computeVelocity(LOG, ORDER);

  it('measures forward moves in days: count, average, median and by month, a skip as its own pair', () => {
    expect(report.transitions).toEqual([
      {
        fromStageId: 'lead',
        toStageId: 'mql',
        count: 3,
        averageDays: (2.5 + 2 + 10) / 3, // A, C, D = 4.8333…
        medianDays: 2.5,
        monthly: [
          { month: '2026-01', averageDays: 2.25, count: 2 }, // (2.5 + 2) / 2
          { month: '2026-02', averageDays: 10, count: 1 },
        ],
      },
      { fromStageId: 'lead', toStageId: 'sql', count: 1, averageDays: 4, medianDays: 4, monthly: [{ month: '2026-01', averageDays: 4, count: 1 }] },
      {
        fromStageId: 'mql',
        toStageId: 'sql',
        count: 2,
        averageDays: 12, // (7 + 17) / 2
        medianDays: 12,
        monthly: [
          { month: '2026-01', averageDays: 7, count: 1 },
          { month: '2026-02', averageDays: 17, count: 1 },
        ],
      },
      { fromStageId: 'sql', toStageId: 'won', count: 1, averageDays: 31, medianDays: 31, monthly: [{ month: '2026-02', averageDays: 31, count: 1 }] },
    ]);
  });

  it('counts the backward move, the repeated entries and who is in each stage now', () => {
    expect(report.backwardMoves).toEqual([{ fromStageId: 'sql', toStageId: 'mql', count: 1 }]);
    // A entered mql and sql twice each (not consecutively), F entered mql twice in a row
    expect(report.repeatedEntries).toEqual([
      { stageId: 'mql', entities: 2, entries: 4 },
      { stageId: 'sql', entities: 1, entries: 2 },
    ]);
    // A sql, B won, C mql, D mql, E lead, F mql, G lost; every map stage listed, then the others
    expect(report.currentCounts).toEqual([
      { stageId: 'lead', count: 1 },
      { stageId: 'mql', count: 3 },
      { stageId: 'sql', count: 1 },
      { stageId: 'won', count: 1 },
      { stageId: 'lost', count: 1 },
    ]);
    expect(report.entities).toBe(7); // H has no valid time
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    const even = computeVelocity(
      [t('a', 'lead', '2026-01-01'), t('a', 'mql', '2026-01-02'), t('b', 'lead', '2026-01-01'), t('b', 'mql', '2026-01-04'), t('c', 'lead', '2026-01-01'), t('c', 'mql', '2026-01-11'), t('d', 'lead', '2026-01-01'), t('d', 'mql', '2026-01-21')],
      ORDER,
    );
    // days 1, 3, 10, 20: median (3 + 10) / 2 = 6.5, average 34 / 4 = 8.5
    expect(even.transitions[0]).toMatchObject({ count: 4, medianDays: 6.5, averageDays: 8.5 });
  });

  it('reports nothing for an empty log', () => {
    expect(computeVelocity([], ORDER)).toEqual({
      transitions: [],
      backwardMoves: [],
      repeatedEntries: [],
      currentCounts: ORDER.map((stageId) => ({ stageId, count: 0 })),
      entities: 0,
    });
  });
});

describe('parseDateTime', () => {
  it.each([
    ['2026-03-05', Date.UTC(2026, 2, 5), '2026-03'],
    ['2026-03-05T10:30:00Z', Date.UTC(2026, 2, 5, 10, 30), '2026-03'],
    ['2026-03-05 10:30', Date.UTC(2026, 2, 5, 10, 30), '2026-03'],
    ['2026-03-01T01:00:00+08:00', Date.UTC(2026, 1, 28, 17), '2026-03'], // the month as written
    ['2026-03-05T10:30:00.250-0130', Date.UTC(2026, 2, 5, 12, 0, 0, 250), '2026-03'],
  ])('%s', (text, ms, month) => {
    expect(parseDateTime(text)).toEqual({ ms, month });
  });

  it.each(['yesterday', '2026-13-01', '2026/03/05', ''])('%s is not a date-time', (text) => {
    expect(parseDateTime(text)).toBeUndefined();
  });
});

describe('computeVelocity counts (property)', () => {
  const log = fc.uniqueArray(
    fc.record({ entity: fc.constantFrom('e1', 'e2', 'e3', 'e4'), stage: fc.constantFrom(...ORDER), hour: fc.integer({ min: 0, max: 24 * 365 }) }),
    { selector: (row) => row.hour, maxLength: 40 },
  );
  it('forward + backward + same-stage moves = entries − entities; repeated entries and current counts add up', () => {
    fc.assert(
      fc.property(log, (rows) => {
        const transitions = rows.map((row) => t(row.entity, row.stage, new Date(Date.UTC(2026, 0, 1) + row.hour * 3_600_000).toISOString()));
        const report = computeVelocity(transitions, ORDER);
        const byEntity = new Map<string, typeof rows>();
        for (const row of rows) byEntity.set(row.entity, [...(byEntity.get(row.entity) ?? []), row]);
        let sameStage = 0;
        let distinctStages = 0;
        for (const entries of byEntity.values()) {
          entries.sort((a, b) => a.hour - b.hour);
          for (let i = 1; i < entries.length; i++) if (entries[i]?.stage === entries[i - 1]?.stage) sameStage++;
          distinctStages += new Set(entries.map((e) => e.stage)).size;
        }
        const forward = report.transitions.reduce((n, tr) => n + tr.count, 0);
        const backward = report.backwardMoves.reduce((n, b) => n + b.count, 0);
        expect(report.entities).toBe(byEntity.size);
        expect(forward + backward + sameStage).toBe(rows.length - byEntity.size);
        expect(report.repeatedEntries.reduce((n, r) => n + r.entries - r.entities, 0)).toBe(rows.length - distinctStages);
        expect(report.currentCounts.reduce((n, c) => n + c.count, 0)).toBe(byEntity.size);
        for (const tr of report.transitions) {
          expect(tr.monthly.reduce((n, m) => n + m.count, 0)).toBe(tr.count);
          expect(Number.isFinite(tr.averageDays) && tr.averageDays > 0).toBe(true);
        }
      }),
    );
  });
});
