import { z } from 'zod';
import { TimestampSchema } from './annotations';
import { formatIssuePath } from './issuePath';
import { JourneyMapSchema } from './journey';
import { MetricDefinitionSchema, MetricKeySchema, MetricTargetSchema } from './metrics';
import { findMapProblem, type MapProblem } from './projectDocumentIntegrity';
import { IdSchema, NameSchema } from './primitives';
import { SnapshotVelocitySchema } from './snapshotVelocity';

/**
 * A named snapshot of a map as the project file and its JSON form keep it: the
 * whole map as it was, and its metrics (by month) and stage velocity at that
 * moment, so a comparison shows the numbers the map had then. The map keeps
 * fields this version does not know; metrics and velocity are derived data,
 * read with exactly the fields the app computes.
 */

const Count = z.number().int().min(0);
/** Period starts (YYYY-MM-DD) and months (YYYY-MM). */
const PeriodText = z.string().max(32);

/** What `metrics.get` returned for grain 'month' when the snapshot was taken. */
export const SnapshotMetricsSchema = z.object({
  definitions: z.array(MetricDefinitionSchema),
  series: z.array(
    z.object({
      target: MetricTargetSchema,
      metric: MetricKeySchema,
      segment: z.string().max(200),
      points: z.array(
        z.object({
          period: PeriodText.nullable(),
          value: z.number().finite(),
          count: Count,
          // Kept so a snapshot's rates still combine as ratios of sums (absent in snapshots taken before they existed).
          numerator: z.number().finite().optional(),
          denominator: z.number().finite().optional(),
          weight: z.number().finite().optional(),
          approximate: z.boolean().optional(),
          from: PeriodText.nullable().optional(),
          to: PeriodText.nullable().optional(),
        }),
      ),
    }),
  ),
  segments: z.array(z.string().max(200)),
  periods: z.array(PeriodText),
  hasTransitions: z.boolean(),
  /** Rates the files contradicted at that moment (absent in snapshots taken before they were reported). */
  rateNotices: z
    .array(
      z.object({
        metric: MetricKeySchema,
        target: MetricTargetSchema,
        period: PeriodText.nullable(),
        segment: z.string().max(200),
        stated: z.number().finite(),
        computed: z.number().finite(),
        numerator: z.number().finite(),
        denominator: z.number().finite(),
        tolerance: z.number().finite(),
        fileName: z.string().max(1000),
        sheet: z.string().max(1000).nullable(),
        rows: z.array(Count),
      }),
    )
    .optional(),
});

/** One snapshot of a map; `mapId` is the map it belongs to (and is restored into). */
export const SnapshotSchema = z.looseObject({
  id: IdSchema,
  mapId: IdSchema,
  name: NameSchema,
  createdAt: TimestampSchema,
  map: JourneyMapSchema,
  metrics: SnapshotMetricsSchema,
  velocity: SnapshotVelocitySchema.nullable(),
});

export type Snapshot = z.infer<typeof SnapshotSchema>;

/** A broken reference inside a snapshot's map (findMapProblem), with its path from the snapshot. */
export function findSnapshotProblem(snapshot: Snapshot): MapProblem | undefined {
  const problem = findMapProblem(snapshot.map);
  return problem && { path: `map.${problem.path}`, message: problem.message };
}

/**
 * The first problem of a document's snapshots: an id used twice, a snapshot of
 * a map the document lacks, or a broken snapshot map. Paths start at `snapshots`.
 */
export function findSnapshotsProblem(snapshots: readonly Snapshot[], mapIds: ReadonlySet<string>): MapProblem | undefined {
  const seen = new Set<string>();
  for (const [index, snapshot] of snapshots.entries()) {
    const at = (field: string) => `${formatIssuePath(['snapshots', index])}.${field}`;
    if (seen.has(snapshot.id)) return { path: at('id'), message: `snapshot id "${snapshot.id}" is used twice` };
    seen.add(snapshot.id);
    if (!mapIds.has(snapshot.mapId)) return { path: at('mapId'), message: `refers to map "${snapshot.mapId}", which is not in the file` };
    const problem = findSnapshotProblem(snapshot);
    if (problem) return { path: at(problem.path), message: problem.message };
  }
  return undefined;
}
