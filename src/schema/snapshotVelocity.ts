import { z } from 'zod';
import type { VelocityReport } from '../model/metrics';

/**
 * The stage velocity a snapshot keeps: what `metrics.velocity` returned when
 * it was taken. Snapshots taken before backward moves got their days (2026-12)
 * hold the older shape; they are read into the current one with what they
 * knew: their forward moves exactly (medians by month were not kept: null),
 * move counts and rates from their counts, no per-stage figures and no asOf.
 */

const Count = z.number().int().min(0);
const StageRef = z.string().min(1).max(64);
const Month = z.string().max(32);
const Days = z.number().finite();
const Rate = z.number().min(0).max(1).nullable();

const CurrentVelocitySchema = z.object({
  transitions: z.array(
    z.object({
      fromStageId: StageRef,
      toStageId: StageRef,
      direction: z.enum(['forward', 'backward']),
      count: Count,
      averageDays: Days,
      medianDays: Days,
      monthly: z.array(z.object({ month: Month, count: Count, averageDays: Days, medianDays: Days.nullable() })),
    }),
  ),
  moves: z.object({ forward: Count, backward: Count }),
  backwardRate: Rate,
  reentryRate: Rate,
  stages: z.array(
    z.object({
      stageId: StageRef,
      entered: Count,
      reentered: Count,
      entries: Count,
      reentryRate: Rate,
      current: Count,
      currentAverageDays: Days.nullable(),
      currentMedianDays: Days.nullable(),
    }),
  ),
  entities: Count,
  asOf: z.string().max(40).nullable(),
});

const LegacyVelocitySchema = z.object({
  transitions: z.array(
    z.object({
      fromStageId: StageRef,
      toStageId: StageRef,
      count: Count,
      averageDays: Days,
      medianDays: Days,
      monthly: z.array(z.object({ month: Month, averageDays: Days, count: Count })),
    }),
  ),
  backwardMoves: z.array(z.object({ fromStageId: StageRef, toStageId: StageRef, count: Count })),
  repeatedEntries: z.array(z.object({ stageId: StageRef, entities: Count, entries: Count })),
  currentCounts: z.array(z.object({ stageId: StageRef, count: Count })),
  entities: Count,
});

/** An older snapshot's velocity in the current shape, with only what it knew. */
function upgradeLegacyVelocity(legacy: z.infer<typeof LegacyVelocitySchema>): VelocityReport {
  const forward = legacy.transitions.reduce((n, t) => n + t.count, 0);
  const backward = legacy.backwardMoves.reduce((n, b) => n + b.count, 0);
  return {
    transitions: legacy.transitions.map((t) => ({ ...t, direction: 'forward', monthly: t.monthly.map((m) => ({ ...m, medianDays: null })) })),
    moves: { forward, backward },
    backwardRate: forward + backward === 0 ? null : backward / (forward + backward),
    reentryRate: null,
    stages: [],
    entities: legacy.entities,
    asOf: null,
  };
}

/** A snapshot's velocity, current or older shape, read as the current one. */
export const SnapshotVelocitySchema = z.union([CurrentVelocitySchema, LegacyVelocitySchema.transform(upgradeLegacyVelocity)]);
