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

/** A point of an aggregated series. `count` is the number of stored values (rows, for a ratio) combined into it. */
export interface SeriesPoint {
  period: string | null;
  value: number;
  count: number;
  /** A ratio's summed counts: value = numerator / denominator (absent when a rate had no counts to weigh it). */
  numerator?: number;
  denominator?: number;
  /** A weighted average's total weight (Σ of its weightBy metric). */
  weight?: number;
  /** True when a ratio or weighted average fell back to a plain average because some value had no counts or weight. */
  approximate?: boolean;
  /** First and last day the combined values cover ("YYYY-MM-DD"); null or absent for values without a period. */
  from?: string | null;
  to?: string | null;
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

/** Days of the moves of one transition that finished in one month ("YYYY-MM", as written in the log). */
export interface VelocityMonth {
  month: string;
  count: number;
  averageDays: number;
  /** Null only in a snapshot taken before medians by month were kept. */
  medianDays: number | null;
}

/** Forward: to a later stage of the map (a skip included); backward: to an earlier one (SQL back to MQL). */
export type MoveDirection = 'forward' | 'backward';

/** Velocity of one observed move between an entity's consecutive entries (from → to). */
export interface TransitionVelocity {
  fromStageId: string;
  toStageId: string;
  direction: MoveDirection;
  count: number;
  averageDays: number;
  medianDays: number;
  /** By the month the move finished in, oldest first. */
  monthly: VelocityMonth[];
}

/** Entries into one stage and who is in it now. */
export interface StageVelocity {
  stageId: string;
  /** Entities that entered the stage at least once. */
  entered: number;
  /** Entities that entered it more than once (MQL-01, MQL-02; or back after SQL). */
  reentered: number;
  /** All entries into the stage. */
  entries: number;
  /** Re-entry rate = reentered / entered; null when nobody entered. */
  reentryRate: number | null;
  /** Entities whose latest entry is this stage. */
  current: number;
  /** Days those entities have been in the stage up to `asOf`; null when nobody is in it. */
  currentAverageDays: number | null;
  currentMedianDays: number | null;
}

export interface VelocityReport {
  /** Every observed move, forward and backward, by the map order of its from stage, then its to stage. */
  transitions: TransitionVelocity[];
  /** Moves between two different map stages, by direction. */
  moves: { forward: number; backward: number };
  /** Backward-move rate = backward moves / all moves; null without moves. */
  backwardRate: number | null;
  /** Re-entry rate = entities that entered some stage more than once / entities; null without entities. */
  reentryRate: number | null;
  /** Every stage of the map in map order, then other stages seen in the log by id. */
  stages: StageVelocity[];
  entities: number;
  /** The moment days-in-stage are counted up to (ISO, UTC); null for an empty log or a snapshot taken before it was kept. */
  asOf: string | null;
}
