import { z } from 'zod';
import { ImportMappingSchema, ReadOptionsSchema } from '../import/mapping';
import { IdSchema, NameSchema } from './primitives';
import { GrainSchema, MetricDefinitionSchema, MetricKeySchema, MetricTargetSchema, PeriodStartSchema } from './metrics';

/**
 * The metrics of a project in its JSON form: everything the project file keeps
 * about imported numbers (definitions, presets, the import history, current
 * values with where they came from, what each import replaced so it can still
 * be undone, and stage-transition logs), so an export and re-import loses nothing.
 */

const Timestamp = z.string().max(64);
const Count = z.number().int().min(0);
const SourceRows = z.array(z.number().int().min(0)).max(10_000_000);

const ValueFields = {
  mapId: IdSchema,
  target: MetricTargetSchema,
  metric: MetricKeySchema,
  period: PeriodStartSchema.nullable(),
  grain: GrainSchema.nullable(),
  segment: z.string().max(200),
  value: z.number().finite(),
  /** 1-based rows of the file combined into the value. */
  rows: SourceRows,
};

export const DocumentMetricsSchema = z.looseObject({
  definitions: z.array(MetricDefinitionSchema).default([]),
  presets: z
    .array(
      z.looseObject({
        id: IdSchema,
        name: NameSchema,
        read: ReadOptionsSchema,
        mapping: ImportMappingSchema,
        matches: z.record(z.string().max(1000), MetricTargetSchema.nullable()),
        updatedAt: Timestamp,
      }),
    )
    .default([]),
  /** Oldest first. */
  imports: z
    .array(
      z.looseObject({
        id: IdSchema,
        mapId: IdSchema,
        kind: z.enum(['metrics', 'transitions']),
        path: z.string().max(4096),
        fileName: z.string().max(1000),
        sheet: z.string().max(200).nullable(),
        presetId: IdSchema.nullable(),
        presetName: z.string().max(200).nullable(),
        importedAt: Timestamp,
        rows: Count,
        added: Count,
        changed: Count,
        removed: Count,
        undoneAt: Timestamp.nullable(),
      }),
    )
    .default([]),
  /** Current values; `importId` is the import that wrote each. */
  values: z.array(z.looseObject({ ...ValueFields, importId: IdSchema })).default([]),
  /** Values an import replaced or removed (`importId`), written before by `priorImportId`; its undo puts them back. */
  history: z.array(z.looseObject({ ...ValueFields, importId: IdSchema, priorImportId: IdSchema })).default([]),
  transitions: z
    .array(
      z.looseObject({
        mapId: IdSchema,
        entity: z.string().max(1000),
        stageId: IdSchema,
        at: Timestamp,
        importId: IdSchema,
        row: Count,
        /** The later log that replaced this row, if any. */
        replacedBy: IdSchema.nullable(),
      }),
    )
    .default([]),
});

export type DocumentMetrics = z.infer<typeof DocumentMetricsSchema>;
