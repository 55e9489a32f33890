import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeVelocity, meanAndMedian, parseDateTime } from '../../../src/metrics/velocity';
import type { StageTransition, VelocityReport } from '../../../src/model/metrics';

const ORDER = ['lead', 'mql', 'sql', 'won'];
const t = (entity: string, stageId: string, at: string): StageTransition => ({ entity, stageId, at });

/**
 * A hand-made log, written shuffled (entities interleaved, D's rows reversed):
 *  A: lead 01-01 00:00 → mql 01-03 12:00 (2.5 d) → sql 01-10 12:00 (7 d) → back to mql 01-15 12:00 (5 d)
 *     → sql again 02-01 12:00 (17 d, finished in February)
 *  B: lead 01-05 → sql 01-09, skipping mql (4 d) → won 02-09 (31 d)
 *  C: lead → mql in +08:00: 01-01 16:00Z → 01-03 16:00Z (2 d)
 *  D: lead 02-10 → mql 02-20 (10 d), rows written newest first
 *  E: lead 03-01 only: the latest time in the log, so the default asOf
 *  F: MQL-01 01-01 and MQL-02 01-05, both matched to mql: a re-entry, no move
 *  G: lead 01-01 → lost 01-02, a stage not on the map: no move
 *  H: a time that is not a date: left out
 *  I: sql 01-20 → back to mql 01-31 (11 d) → sql 02-02 (2 d, across the month boundary: February)
 *     → back to mql 02-12 (10 d)
 */
const LOG: StageTransition[] = [
  t('I', 'mql', '2026-02-12'),
  t('A', 'sql', '2026-02-01T12:00:00Z'),
  t('D', 'mql', '2026-02-20 00:00'),
  t('B', 'won', '2026-02-09'),
  t('A', 'lead', '2026-01-01T00:00:00Z'),
  t('F', 'mql', '2026-01-05'),
  t('C', 'mql', '2026-01-04T00:00:00+08:00'),
  t('I', 'sql', '2026-01-20'),
  t('A', 'mql', '2026-01-15T12:00:00Z'),
  t('G', 'lost', '2026-01-02'),
  t('H', 'lead', 'yesterday'),
  t('B', 'lead', '2026-01-05'),
  t('I', 'mql', '2026-01-31'),
  t('A', 'sql', '2026-01-10T12:00:00Z'),
  t('D', 'lead', '2026-02-10 00:00'),
  t('E', 'lead', '2026-03-01'),
  t('C', 'lead', '2026-01-02T00:00:00+08:00'),
  t('A', 'mql', '2026-01-03T12:00:00Z'),
  t('F', 'mql', '2026-01-01'),
  t('G', 'lead', '2026-01-01'),
  t('I', 'sql', '2026-02-02'),
  t('B', 'sql', '2026-01-09'),
];

describe('computeVelocity on a shuffled log with backward moves, re-entries and skips', () => {
  const report = computeVelocity(LOG, ORDER);

  it('measures every transition forward and backward: count, mean, median, and by the month the move finished', () => {
    expect(report.transitions).toEqual([
      {
        fromStageId: 'lead',
        toStageId: 'mql',
        direction: 'forward',
        count: 3,
        averageDays: (2.5 + 2 + 10) / 3, // A, C, D = 14.5 / 3 = 4.8333…
        medianDays: 2.5, // 2, 2.5, 10: the middle one
        monthly: [
          { month: '2026-01', count: 2, averageDays: 2.25, medianDays: 2.25 }, // A 2.5, C 2: (2.5 + 2) / 2, median of two = their mean
          { month: '2026-02', count: 1, averageDays: 10, medianDays: 10 }, // D
        ],
      },
      // the skip Lead → SQL is its own pair, not Lead → MQL + MQL → SQL
      { fromStageId: 'lead', toStageId: 'sql', direction: 'forward', count: 1, averageDays: 4, medianDays: 4, monthly: [{ month: '2026-01', count: 1, averageDays: 4, medianDays: 4 }] },
      {
        fromStageId: 'mql',
        toStageId: 'sql',
        direction: 'forward',
        count: 3,
        averageDays: (7 + 17 + 2) / 3, // A 7, A 17, I 2 = 26 / 3 = 8.6667
        medianDays: 7, // 2, 7, 17
        monthly: [
          { month: '2026-01', count: 1, averageDays: 7, medianDays: 7 }, // A finished 01-10
          { month: '2026-02', count: 2, averageDays: 9.5, medianDays: 9.5 }, // A 17 (02-01), I 2 (01-31 → 02-02): (17 + 2) / 2
        ],
      },
      {
        fromStageId: 'sql',
        toStageId: 'mql',
        direction: 'backward',
        count: 3,
        averageDays: (5 + 11 + 10) / 3, // A 5, I 11, I 10 = 26 / 3 = 8.6667
        medianDays: 10, // 5, 10, 11
        monthly: [
          { month: '2026-01', count: 2, averageDays: 8, medianDays: 8 }, // A 5 (01-15), I 11 (01-31): (5 + 11) / 2
          { month: '2026-02', count: 1, averageDays: 10, medianDays: 10 }, // I 02-12
        ],
      },
      { fromStageId: 'sql', toStageId: 'won', direction: 'forward', count: 1, averageDays: 31, medianDays: 31, monthly: [{ month: '2026-02', count: 1, averageDays: 31, medianDays: 31 }] },
    ]);
  });

  it('gives the backward-move rate and the re-entry rates', () => {
    // forward 3 + 1 + 3 + 1 = 8, backward 3: rate 3 / 11
    expect(report.moves).toEqual({ forward: 8, backward: 3 });
    expect(report.backwardRate).toBeCloseTo(3 / 11, 12);
    // A (mql, sql), F (mql), I (mql, sql) re-entered some stage: 3 of 8 entities (H has no valid time)
    expect(report.entities).toBe(8);
    expect(report.reentryRate).toBe(3 / 8);
    const reentries = report.stages.map(({ stageId, entered, reentered, entries, reentryRate }) => ({ stageId, entered, reentered, entries, reentryRate }));
    expect(reentries).toEqual([
      { stageId: 'lead', entered: 6, reentered: 0, entries: 6, reentryRate: 0 }, // A B C D E G
      { stageId: 'mql', entered: 5, reentered: 3, entries: 8, reentryRate: 3 / 5 }, // A×2 C D F×2 I×2
      { stageId: 'sql', entered: 3, reentered: 2, entries: 5, reentryRate: 2 / 3 }, // A×2 B I×2
      { stageId: 'won', entered: 1, reentered: 0, entries: 1, reentryRate: 0 }, // B
      { stageId: 'lost', entered: 1, reentered: 0, entries: 1, reentryRate: 0 }, // G: not on the map, listed after its stages
    ]);
  });

  it('counts who is in each stage now and for how long, up to the latest time in the log', () => {
    expect(report.asOf).toBe('2026-03-01T00:00:00.000Z'); // E's entry
    const current = report.stages.map(({ stageId, current, currentAverageDays, currentMedianDays }) => ({ stageId, current, currentAverageDays, currentMedianDays }));
    // mql: C since 01-03 16:00Z = 1/3 + 28 + 28 = 56.3333 d; D since 02-20 = 9 d; F since MQL-01 on 01-01 = 31 + 28 = 59 d;
    // I since 02-12 = 17 d. Mean (56.3333 + 9 + 59 + 17) / 4 = 35.3333; median of 9, 17, 56.33, 59 = (17 + 56.3333) / 2 = 36.6667
    expect(current).toEqual([
      { stageId: 'lead', current: 1, currentAverageDays: 0, currentMedianDays: 0 }, // E entered at asOf
      { stageId: 'mql', current: 4, currentAverageDays: expect.closeTo(106 / 3, 9), currentMedianDays: expect.closeTo(110 / 3, 9) },
      { stageId: 'sql', current: 1, currentAverageDays: 27.5, currentMedianDays: 27.5 }, // A since 02-01 12:00
      { stageId: 'won', current: 1, currentAverageDays: 20, currentMedianDays: 20 }, // B since 02-09
      { stageId: 'lost', current: 1, currentAverageDays: 58, currentMedianDays: 58 }, // G since 01-02
    ]);
  });

  it('describes the log as of an earlier moment when asked: later entries are left out', () => {
    const early = computeVelocity(LOG, ORDER, { asOf: '2026-02-05' });
    expect(early.asOf).toBe('2026-02-05T00:00:00.000Z');
    // D and E start after it; B's won (02-09) and I's last mql (02-12) are not there yet
    expect(early.entities).toBe(6);
    expect(early.transitions.find((tr) => tr.toStageId === 'won')).toBeUndefined();
    expect(early.transitions.find((tr) => tr.direction === 'backward')).toMatchObject({ count: 2, averageDays: 8, medianDays: 8 }); // A 5, I 11
    // sql: A since 02-01 12:00 = 3.5 d, B since 01-09 = 27 d, I since 02-02 = 3 d: mean 33.5 / 3, median (odd) 3.5
    expect(early.stages.find((s) => s.stageId === 'sql')).toMatchObject({ current: 3, currentAverageDays: 33.5 / 3, currentMedianDays: 3.5 });
    expect(() => computeVelocity(LOG, ORDER, { asOf: 'next week' })).toThrow(RangeError);
  });

  it('gives the same report whatever order the rows come in', () => {
    const ordered = [...LOG].sort((a, b) => (a.entity + a.at < b.entity + b.at ? -1 : 1));
    expect(computeVelocity(ordered, ORDER)).toEqual(report);
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    const even = computeVelocity(
      [t('a', 'lead', '2026-01-01'), t('a', 'mql', '2026-01-02'), t('b', 'lead', '2026-01-01'), t('b', 'mql', '2026-01-04'), t('c', 'lead', '2026-01-01'), t('c', 'mql', '2026-01-11'), t('d', 'lead', '2026-01-01'), t('d', 'mql', '2026-01-21')],
      ORDER,
    );
    // days 1, 3, 10, 20: median (3 + 10) / 2 = 6.5, average 34 / 4 = 8.5
    expect(even.transitions[0]).toMatchObject({ count: 4, medianDays: 6.5, averageDays: 8.5 });
    expect(meanAndMedian([])).toBeNull();
  });

  it('reports nothing for an empty log', () => {
    expect(computeVelocity([], ORDER)).toEqual({
      transitions: [],
      moves: { forward: 0, backward: 0 },
      backwardRate: null,
      reentryRate: null,
      stages: ORDER.map((stageId) => ({ stageId, entered: 0, reentered: 0, entries: 0, reentryRate: null, current: 0, currentAverageDays: null, currentMedianDays: null })),
      entities: 0,
      asOf: null,
    } satisfies VelocityReport);
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

describe('computeVelocity (property)', () => {
  const STAGES = [...ORDER, 'lost'];
  const log = fc.uniqueArray(
    fc.record({ entity: fc.constantFrom('e1', 'e2', 'e3', 'e4'), stage: fc.constantFrom(...STAGES), hour: fc.integer({ min: 0, max: 24 * 365 }) }),
    { selector: (row) => row.hour, maxLength: 40 },
  );
  const at = (hour: number) => new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000).toISOString();

  it('forward + backward counts = consecutive entries between two map stages; each pair has its own days; median and mean lie between min and max', () => {
    fc.assert(
      fc.property(log, (rows) => {
        const report = computeVelocity(
          rows.map((row) => t(row.entity, row.stage, at(row.hour))),
          ORDER,
        );
        const byEntity = new Map<string, typeof rows>();
        for (const row of rows) byEntity.set(row.entity, [...(byEntity.get(row.entity) ?? []), row]);
        const days = new Map<string, number[]>();
        for (const entries of byEntity.values()) {
          entries.sort((a, b) => a.hour - b.hour);
          for (let i = 1; i < entries.length; i++) {
            const [from, to] = [entries[i - 1]?.stage ?? '', entries[i]?.stage ?? ''];
            if (from === to || !ORDER.includes(from) || !ORDER.includes(to)) continue;
            const key = `${from}>${to}`;
            days.set(key, [...(days.get(key) ?? []), ((entries[i]?.hour ?? 0) - (entries[i - 1]?.hour ?? 0)) / 24]);
          }
        }
        const pairs = [...days.values()].reduce((n, d) => n + d.length, 0);
        expect(report.moves.forward + report.moves.backward).toBe(pairs);
        expect(report.transitions.reduce((n, tr) => n + tr.count, 0)).toBe(pairs);
        expect(report.transitions.map((tr) => `${tr.fromStageId}>${tr.toStageId}`).sort()).toEqual([...days.keys()].sort());
        for (const tr of report.transitions) {
          const expected = days.get(`${tr.fromStageId}>${tr.toStageId}`) ?? [];
          const [min, max] = [Math.min(...expected), Math.max(...expected)];
          expect(tr.count).toBe(expected.length);
          expect(tr.direction).toBe(ORDER.indexOf(tr.toStageId) > ORDER.indexOf(tr.fromStageId) ? 'forward' : 'backward');
          expect(tr.medianDays).toBeGreaterThanOrEqual(min);
          expect(tr.medianDays).toBeLessThanOrEqual(max);
          expect(tr.averageDays).toBeGreaterThanOrEqual(min - 1e-9);
          expect(tr.averageDays).toBeLessThanOrEqual(max + 1e-9);
          expect(tr.monthly.reduce((n, m) => n + m.count, 0)).toBe(tr.count);
        }
        expect(report.entities).toBe(byEntity.size);
        expect(report.stages.reduce((n, s) => n + s.current, 0)).toBe(byEntity.size);
        for (const s of report.stages) {
          if (s.currentMedianDays !== null) expect(s.currentMedianDays).toBeGreaterThanOrEqual(0);
          if (s.reentryRate !== null) expect(s.reentryRate).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('does not depend on the order of the rows', () => {
    fc.assert(
      fc.property(
        log.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))),
        ([rows, shuffled]) => {
          const of = (list: typeof rows) => computeVelocity(list.map((row) => t(row.entity, row.stage, at(row.hour))), ORDER);
          expect(of(shuffled)).toEqual(of(rows));
        },
      ),
    );
  });
});
