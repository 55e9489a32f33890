import { describe, expect, it } from 'vitest';
import { computeVelocity } from '../../../src/metrics/velocity';
import type { VelocityReport } from '../../../src/model/metrics';
import { SnapshotVelocitySchema } from '../../../src/schema/snapshotVelocity';

describe('a snapshot’s velocity', () => {
  it('reads back what computeVelocity gives, backward moves and days in stage included', () => {
    const report = computeVelocity(
      [
        { entity: 'L1', stageId: 'mql', at: '2026-03-01' },
        { entity: 'L1', stageId: 'sql', at: '2026-03-05' },
        { entity: 'L1', stageId: 'mql', at: '2026-03-09' },
      ],
      ['mql', 'sql'],
    );
    expect(report.transitions.map((t) => t.direction)).toEqual(['forward', 'backward']);
    expect(SnapshotVelocitySchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
  });

  it('reads a snapshot taken before backward days were kept: forward moves exactly, counts and the backward rate, nothing made up', () => {
    const legacy = {
      transitions: [{ fromStageId: 'mql', toStageId: 'sql', count: 2, averageDays: 3, medianDays: 3, monthly: [{ month: '2026-03', averageDays: 3, count: 2 }] }],
      backwardMoves: [{ fromStageId: 'sql', toStageId: 'mql', count: 1 }],
      repeatedEntries: [{ stageId: 'mql', entities: 1, entries: 2 }],
      currentCounts: [
        { stageId: 'mql', count: 1 },
        { stageId: 'sql', count: 1 },
      ],
      entities: 2,
    };
    expect(SnapshotVelocitySchema.parse(legacy)).toEqual({
      transitions: [{ fromStageId: 'mql', toStageId: 'sql', direction: 'forward', count: 2, averageDays: 3, medianDays: 3, monthly: [{ month: '2026-03', count: 2, averageDays: 3, medianDays: null }] }],
      moves: { forward: 2, backward: 1 },
      backwardRate: 1 / 3, // 1 backward of 2 + 1 moves
      reentryRate: null,
      stages: [],
      entities: 2,
      asOf: null,
    } satisfies VelocityReport);
  });

  it('refuses a velocity that is neither shape', () => {
    expect(SnapshotVelocitySchema.safeParse({ transitions: [], entities: 1 }).success).toBe(false);
  });
});
