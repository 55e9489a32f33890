import type { ImportMapping, MetricsMapping } from './mapping';
import { metricsBuilder, type MetricsRecordBuilder } from './metricRecords';
import type { RecordBuilder } from './recordTally';
import { transitionsBuilder } from './transitionRecords';

/**
 * Applies a mapping to a sheet's rows, one row at a time, so a file of any
 * size streams through it: numbers, dates and durations are parsed (see
 * values.ts), blank and totals rows are left out, and every refused cell
 * becomes a problem naming its row and column. Metric rows: metricRecords.ts;
 * transition logs: transitionRecords.ts.
 */
export { columnLetter, type RecordBuilder } from './recordTally';
export type { MetricsRecordBuilder } from './metricRecords';

/** A builder for `mapping`; `headers` name the columns in problems. */
export function createRecordBuilder(mapping: MetricsMapping, headers: readonly string[]): MetricsRecordBuilder;
export function createRecordBuilder(mapping: ImportMapping, headers: readonly string[]): RecordBuilder | MetricsRecordBuilder;
export function createRecordBuilder(mapping: ImportMapping, headers: readonly string[]): RecordBuilder | MetricsRecordBuilder {
  return mapping.kind === 'metrics' ? metricsBuilder(mapping, headers) : transitionsBuilder(mapping, headers);
}
