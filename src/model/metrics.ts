import type { z } from 'zod';
import type {
  AggregationSchema,
  DirectionSchema,
  GrainSchema,
  MetricDefinitionSchema,
  MetricTargetSchema,
  MetricUnitSchema,
} from '../schema/metrics';

export type MetricDefinition = z.infer<typeof MetricDefinitionSchema>;
export type MetricUnit = z.infer<typeof MetricUnitSchema>;
export type Aggregation = z.infer<typeof AggregationSchema>;
export type Direction = z.infer<typeof DirectionSchema>;
export type Grain = z.infer<typeof GrainSchema>;
export type MetricTarget = z.infer<typeof MetricTargetSchema>;

/** One stored metric value: unique per (target, metric, period, segment) within a map. */
export interface MetricValue {
  target: MetricTarget;
  metric: string;
  /** First day of the period ("YYYY-MM-DD"), or null when the file had no period. */
  period: string | null;
  /** How long the period is, as the file gave it; null with a null period. */
  grain: Grain | null;
  /** Segment label as the file wrote it ("新客", "Returning"); '' for all users. */
  segment: string;
  value: number;
}

/** A point of an aggregated series. `count` is the number of stored values combined into it. */
export interface SeriesPoint {
  period: string | null;
  value: number;
  count: number;
}

/** All values of one metric for one target and segment, bucketed by a grain, oldest first. */
export interface MetricSeries {
  target: MetricTarget;
  metric: string;
  segment: string;
  points: SeriesPoint[];
}

/** Red / amber / green against a definition's thresholds; 'none' when it has none. */
export type MetricStatus = 'green' | 'amber' | 'red' | 'none';

/** One row of a stage-transition log after the log's stage names are matched to the map's stages. */
export interface StageTransition {
  /** Lead or customer id. */
  entity: string;
  stageId: string;
  /** ISO date-time of entering the stage. */
  at: string;
}

/** Velocity of one move between consecutive map stages (from → to). */
export interface TransitionVelocity {
  fromStageId: string;
  toStageId: string;
  count: number;
  averageDays: number;
  medianDays: number;
  /** Average days by the month the move finished in ("YYYY-MM"), oldest first. */
  monthly: { month: string; averageDays: number; count: number }[];
}

export interface VelocityReport {
  transitions: TransitionVelocity[];
  /** Moves to an earlier stage (SQL back to MQL), per (from, to). */
  backwardMoves: { fromStageId: string; toStageId: string; count: number }[];
  /** Entities that entered the same stage more than once (MQL-01, MQL-02), per stage. */
  repeatedEntries: { stageId: string; entities: number; entries: number }[];
  /** How many entities are in each stage now (their latest entry). */
  currentCounts: { stageId: string; count: number }[];
  entities: number;
}
