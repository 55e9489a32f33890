import type { TransitionRecord } from '../../../src/import/mapping';
import type { PackedMetrics } from '../../../src/import/recordColumns';

/**
 * The records of a parsed file as main keeps them until the commit. Metric
 * records come packed in columns by the record builder (see PackedMetrics):
 * a million records cross between main and the import workers as a few
 * transferable buffers instead of a million cloned objects.
 */
export type { PackedMetrics };

export interface PackedTransitions {
  kind: 'transitions';
  length: number;
  transitions: TransitionRecord[];
}

export type PackedRecords = PackedMetrics | PackedTransitions;

/** The buffers to transfer (not copy) with packed records. */
export const transferList = (packed: PackedRecords): ArrayBuffer[] =>
  packed.kind === 'metrics'
    ? [packed.cellKey, packed.cellPeriod, packed.cellSegment, packed.cell, packed.metric, packed.value, packed.row].map((array) => array.buffer as ArrayBuffer)
    : [];
