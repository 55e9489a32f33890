import type { TransitionRecord } from '../../../src/import/mapping';
import type { PackedMetrics } from '../../../src/import/recordColumns';

/**
 * The records of a parsed file until the commit: a transition log's in main; metric
 * records come packed in columns by the record builder (see PackedMetrics)
 * and stay in the import worker, which plans the commit from them.
 */
export type { PackedMetrics };

export interface PackedTransitions {
  kind: 'transitions';
  length: number;
  transitions: TransitionRecord[];
}

export type PackedRecords = PackedMetrics | PackedTransitions;

