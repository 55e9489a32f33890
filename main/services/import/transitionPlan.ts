import type { ImportDiff, ImportMatches } from '../../../src/api/contract';
import { AppError } from '../../../src/api/result';
import type { StageTransition } from '../../../src/model/metrics';
import type { PackedTransitions } from './packedRecords';

export interface TransitionsPlan {
  transitions: (StageTransition & { row: number })[];
  diff: ImportDiff;
  rows: number;
}

/** The plan of a transition log: its rows whose stage names are matched to a stage; it replaces the previous log of `previousRows` rows. */
export function planTransitions(packed: PackedTransitions, matches: ImportMatches, previousImportId: string | null, previousRows: number): TransitionsPlan {
  const transitions: TransitionsPlan['transitions'] = [];
  let unmatched = 0;
  for (const record of packed.transitions) {
    const target = matches[record.stageKey] ?? null;
    if (!target) {
      unmatched++;
      continue;
    }
    if (target.kind !== 'stage') {
      throw new AppError('BAD_REQUEST', `The stage "${record.stageKey}" of the log can only be matched to a stage of the map, not a ${target.kind}.`, {
        field: `matches.${record.stageKey}`,
      });
    }
    transitions.push({ entity: record.entity, stageId: target.id, at: record.at, row: record.row });
  }
  return {
    transitions,
    rows: transitions.length,
    diff: {
      added: transitions.length,
      changed: 0,
      removed: previousRows,
      unchanged: 0,
      unmatched,
      combined: 0,
      entries: [],
      previousImportId,
    },
  };
}
