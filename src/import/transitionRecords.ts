import type { TransitionRecord, TransitionsMapping } from './mapping';
import { acceptRow, cellText, createTally, valueInput, type RecordBuilder } from './recordTally';
import { parseTimestampValue } from './timeValues';

/** Stage-transition rows (entity, stage, time) as records, for a funnel's velocity. */
export function transitionsBuilder(mapping: TransitionsMapping, headers: readonly string[]): RecordBuilder {
  const tally = createTally(headers);
  const transitions: TransitionRecord[] = [];
  const stageRows = new Map<string, number>();
  const entities = new Set<string>();
  const dateOptions = { dayFirst: mapping.dayFirst };

  return {
    push(row, rowNumber) {
      if (rowNumber - 1 <= mapping.headerRow) return;
      if (!acceptRow(tally, row, rowNumber, mapping.skipTotals)) return;
      const entity = cellText(row[mapping.entity]);
      const stageKey = cellText(row[mapping.stage]);
      const time = parseTimestampValue(valueInput(row[mapping.timestamp]), dateOptions);
      if (entity === '') tally.problem(rowNumber, mapping.entity, row[mapping.entity], 'missingEntity', 'the lead or customer id is empty');
      if (stageKey === '') tally.problem(rowNumber, mapping.stage, row[mapping.stage], 'missingStage', 'the stage is empty');
      if (time.kind !== 'timestamp') {
        const reason = time.kind === 'invalid' ? time.reason : 'the time is empty';
        tally.problem(rowNumber, mapping.timestamp, row[mapping.timestamp], 'date', reason);
        return;
      }
      if (entity === '' || stageKey === '') return;
      transitions.push({ entity, stageKey, at: time.at, row: rowNumber });
      entities.add(entity);
      stageRows.set(stageKey, (stageRows.get(stageKey) ?? 0) + 1);
      tally.validRows++;
    },
    finish() {
      return {
        kind: 'transitions',
        rowsRead: tally.rowsRead,
        validRows: tally.validRows,
        blankRows: tally.blankRows,
        totalsRows: tally.totalsRows,
        problems: tally.problems,
        problemCount: tally.problemCount,
        transitions,
        stageKeys: [...stageRows].map(([key, rows]) => ({ key, rows })),
        entities: entities.size,
      };
    },
  };
}

