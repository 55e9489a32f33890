import { isBlankRow, isTotalsRow, type Cell } from './sheetLayout';
import {
  MAX_LISTED_PROBLEMS,
  utmKey,
  type ImportMapping,
  type ImportParseResult,
  type ImportProblem,
  type ImportProblemCode,
  type MetricsMapping,
  type TransitionRecord,
  type TransitionsMapping,
} from './mapping';
import { fixedPeriodEnd } from './fixedPeriod';
import { RecordColumns, stringTable, unpackMetrics, type PackedMetrics } from './recordColumns';
import { parseDateValue, parseDurationValue, parseTimestampValue } from './timeValues';
import { parseNumberFast, parseNumberValue } from './values';

/**
 * Applies a mapping to a sheet's rows, one row at a time, so a file of any
 * size streams through it: numbers, dates and durations are parsed (see
 * values.ts), blank and totals rows are left out, and every refused cell
 * becomes a problem naming its row and column.
 */
export interface RecordBuilder {
  /** Feeds one raw row; `rowNumber` is its 1-based row in the sheet. Rows at or above the header row are ignored. */
  push(row: readonly Cell[], rowNumber: number): void;
  /** The records and summary of every row pushed. */
  finish(): ImportParseResult;
}

/** The column letter a spreadsheet shows for a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Metrics whose values are durations (read as seconds) even when written as plain numbers. */
const DURATION_METRICS: ReadonlySet<string> = new Set(['dwellTime']);

/** A cell as the value parsers take it (yes/no cells as their text). */
const valueInput = (cell: Cell): string | number | null | undefined => (typeof cell === 'boolean' ? String(cell) : cell);

/** Parsed dates by raw text: a big file repeats a few dates on every row. */
const DATE_CACHE_LIMIT = 4096;

const cellText = (cell: Cell): string => (cell === null || cell === undefined ? '' : typeof cell === 'string' ? cell.trim() : String(cell));

/** Counts, problems and row bookkeeping shared by both kinds of import. */
function createTally(headers: readonly string[]) {
  const letters: string[] = [];
  const tally = {
    rowsRead: 0,
    validRows: 0,
    blankRows: 0,
    totalsRows: [] as number[],
    problems: [] as ImportProblem[],
    problemCount: 0,
    problem(row: number, column: number, cell: Cell, code: ImportProblemCode, reason: string): void {
      tally.problemCount++;
      if (tally.problems.length >= MAX_LISTED_PROBLEMS) return;
      const letter = (letters[column] ??= columnLetter(column));
      tally.problems.push({ row, column: letter, header: headers[column] ?? '', raw: cellText(cell), code, reason });
    },
  };
  return tally;
}

type Tally = ReturnType<typeof createTally>;

/** False when the row's first filled cell starts with a digit (a date or a number): no totals label does. */
function mayBeTotals(row: readonly Cell[]): boolean {
  for (const cell of row) {
    if (cell === null || cell === undefined) continue;
    if (typeof cell !== 'string') return true;
    const code = cell.charCodeAt(0);
    return !(code >= 48 && code <= 57);
  }
  return true;
}

/** Counts a data row as read; false when it is blank or a totals row to leave out. */
function acceptRow(tally: Tally, row: readonly Cell[], rowNumber: number, skipTotals: boolean): boolean {
  tally.rowsRead++;
  if (isBlankRow(row)) {
    tally.blankRows++;
    return false;
  }
  if (skipTotals && mayBeTotals(row) && isTotalsRow(row)) {
    tally.totalsRows.push(rowNumber);
    return false;
  }
  return true;
}

/** A builder of metric records that can also hand them over packed. */
export interface MetricsRecordBuilder extends RecordBuilder {
  /** The summary (with `records` empty) and the records packed in columns. */
  finishPacked(): { summary: ImportParseResult & { kind: 'metrics' }; packed: PackedMetrics };
}

const targetText = cellText;

function metricsBuilder(mapping: MetricsMapping, headers: readonly string[]): MetricsRecordBuilder {
  const tally = createTally(headers);
  const columns = new RecordColumns();
  const keys = stringTable();
  const metricTable = stringTable();
  const segments = stringTable();
  const periods: PackedMetrics['periods'] = [];
  const cellKey: number[] = [];
  const cellPeriod: number[] = [];
  const cellSegment: number[] = [];
  /** Valid rows per target key (by index in `keys`: keys are added by the first valid row of each). */
  const keyRows: number[] = [];
  const segmentsSeen = new Set<string>();
  let from: string | undefined;
  let to: string | undefined;
  const dateOptions = { dayFirst: mapping.dayFirst };
  const { layout, target } = mapping;
  const names = layout.layout === 'long' ? new Map(Object.entries(layout.names).map(([name, key]) => [name.trim(), key])) : undefined;
  const isDurationMetric = (metric: string) => DURATION_METRICS.has(metric);
  const wideColumns =
    layout.layout === 'wide' ? layout.metrics.map(({ column, metric, segment }) => ({ column, metric, segment, duration: isDurationMetric(metric) })) : [];

  /** Parsed dates by raw cell (a big file repeats a few dates on every row), with their index in `periods`. */
  type DateEntry = { date: ReturnType<typeof parseDateValue>; period: number };
  const dates = new Map<Cell, DateEntry>();
  const periodIndex = new Map<string, number>();
  function parseDate(cell: Cell): DateEntry {
    let entry = dates.get(cell);
    if (entry === undefined) {
      const date = parseDateValue(valueInput(cell), dateOptions);
      let period = -1;
      if (date.kind === 'date') {
        const key = `${date.date}\u001f${date.granularity}`;
        period = periodIndex.get(key) ?? -1;
        if (period < 0) {
          period = periods.length;
          periodIndex.set(key, period);
          periods.push({ period: date.date, grain: date.granularity });
        }
      }
      entry = { date, period };
      if (dates.size >= DATE_CACHE_LIMIT) dates.clear();
      dates.set(cell, entry);
    }
    return entry;
  }
  let noPeriod = -1;

  /** The combination index of (key, period, segment): one small map per period, keyed by key and segment. */
  const cellsByPeriod: (Map<number | string, number> | undefined)[] = [];
  function cellOf(key: number, period: number, segment: number): number {
    const cells = (cellsByPeriod[period] ??= new Map());
    const id: number | string = key < 32768 && segment < 32768 ? key * 32768 + segment : `${key}|${segment}`;
    let c = cells.get(id);
    if (c === undefined) {
      c = cellKey.length;
      cells.set(id, c);
      cellKey.push(key);
      cellPeriod.push(period);
      cellSegment.push(segment);
    }
    return c;
  }

  // The previous row's target cells and key: rows of one target usually come together.
  let lastSource: Cell = undefined;
  let lastMedium: Cell = undefined;
  let lastCampaign: Cell = undefined;
  let lastKey: string | undefined;
  let lastKeyIndex = -1;

  function targetKeyOf(row: readonly Cell[], rowNumber: number): string | undefined {
    if (target.kind === 'utm') {
      const sourceCell = target.source === undefined ? null : row[target.source];
      const mediumCell = target.medium === undefined ? null : row[target.medium];
      const campaignCell = target.campaign === undefined ? null : row[target.campaign];
      if (lastKey !== undefined && sourceCell === lastSource && mediumCell === lastMedium && campaignCell === lastCampaign) return lastKey;
      const source = targetText(sourceCell);
      const medium = targetText(mediumCell);
      const campaign = targetText(campaignCell);
      if (source === '' && medium === '' && campaign === '') {
        const column = target.source ?? target.medium ?? target.campaign ?? 0;
        tally.problem(rowNumber, column, row[column], 'missingTarget', 'the UTM source, medium and campaign are all empty');
        return undefined;
      }
      lastSource = sourceCell;
      lastMedium = mediumCell;
      lastCampaign = campaignCell;
      lastKeyIndex = -1;
      return (lastKey = utmKey({ source, medium, campaign }));
    }
    if (target.kind === 'map') return '';
    const key = targetText(row[target.column]);
    if (key === '') tally.problem(rowNumber, target.column, row[target.column], 'missingTarget', `the ${target.kind} is empty`);
    return key === '' ? undefined : key;
  }

  /** The value of one cell of `metric`, or undefined (a problem when it is refused) when there is none. */
  function valueOf(cell: Cell, column: number, duration: boolean, rowNumber: number): number | undefined {
    if (cell === null || cell === undefined || cell === '') return undefined;
    if (!duration) {
      if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
      if (typeof cell === 'string') {
        const fast = parseNumberFast(cell);
        if (fast !== undefined) return fast;
      }
      const number = parseNumberValue(valueInput(cell));
      if (number.kind === 'missing') return undefined;
      if (number.kind === 'number') return number.value;
      const asDuration = parseDurationValue(valueInput(cell));
      if (asDuration.kind !== 'duration') {
        tally.problem(rowNumber, column, cell, 'number', number.reason);
        return undefined;
      }
      return asDuration.seconds;
    }
    const parsed = parseDurationValue(valueInput(cell));
    if (parsed.kind === 'missing') return undefined;
    if (parsed.kind === 'invalid') {
      tally.problem(rowNumber, column, cell, 'duration', parsed.reason);
      return undefined;
    }
    return parsed.seconds;
  }

  const wideMetricIndex: number[] = wideColumns.map(() => -1);
  const metricIndexOf = (metric: string): number => {
    const i = metricTable.of(metric);
    if (i > 0xffff) throw new Error('an import can hold at most 65,535 different metrics');
    return i;
  };

  function finishSummary(): ImportParseResult & { kind: 'metrics' } {
    return {
      kind: 'metrics',
      rowsRead: tally.rowsRead,
      validRows: tally.validRows,
      blankRows: tally.blankRows,
      totalsRows: tally.totalsRows,
      problems: tally.problems,
      problemCount: tally.problemCount,
      records: [],
      targetKeys: keys.table.map((key, i) => ({ key, rows: keyRows[i]! })),
      metrics: [...metricTable.table],
      segments: [...segmentsSeen],
      periods: from !== undefined && to !== undefined ? { from, to } : null,
    };
  }

  function finishPacked(): { summary: ImportParseResult & { kind: 'metrics' }; packed: PackedMetrics } {
    return {
      summary: finishSummary(),
      packed: {
        kind: 'metrics',
        length: columns.length,
        keys: keys.table,
        metrics: metricTable.table,
        periods,
        segments: segments.table,
        cellKey: Uint32Array.from(cellKey),
        cellPeriod: Uint32Array.from(cellPeriod),
        cellSegment: Uint32Array.from(cellSegment),
        ...columns.join(),
      },
    };
  }

  return {
    push(row, rowNumber) {
      if (rowNumber - 1 <= mapping.headerRow) return;
      if (!acceptRow(tally, row, rowNumber, mapping.skipTotals)) return;
      const targetKey = targetKeyOf(row, rowNumber);
      if (targetKey === undefined) return;

      let period: number;
      if (mapping.period !== undefined) {
        const cell = row[mapping.period];
        const { date, period: index } = parseDate(cell);
        if (date.kind !== 'date') {
          tally.problem(rowNumber, mapping.period, cell, 'date', date.kind === 'invalid' ? date.reason : 'the date is empty');
          return;
        }
        period = index;
        const day = date.date;
        if (from === undefined || day < from) from = day;
        if (to === undefined || day > to) to = day;
      } else {
        if (noPeriod < 0) {
          noPeriod = periods.length;
          // A fixed period (an undated file) files every value under it, as a period column naming it would.
          const fixed = mapping.fixedPeriod;
          periods.push(fixed ? { period: fixed.start, grain: fixed.grain } : { period: null, grain: null });
          if (fixed) {
            from = fixed.start;
            to = fixed.end ?? fixedPeriodEnd(fixed.start, fixed.grain);
          }
        }
        period = noPeriod;
      }
      const rowSegment = mapping.segment === undefined ? '' : cellText(row[mapping.segment]);

      // The row's combinations, made when their first value is read: one for the row's segment, and one per
      // other segment its wide columns name (a column's own segment overrides the row's for its values).
      let key = -1;
      let rowCell = -1;
      let columnCells: Map<string, number> | undefined;
      const cellFor = (segment: string): number => {
        if (key < 0) {
          key = targetKey === lastKey && lastKeyIndex >= 0 ? lastKeyIndex : keys.of(targetKey);
          if (targetKey === lastKey) lastKeyIndex = key;
        }
        if (segment === rowSegment) return rowCell < 0 ? (rowCell = cellOf(key, period, segments.of(segment))) : rowCell;
        columnCells ??= new Map();
        let c = columnCells.get(segment);
        if (c === undefined) columnCells.set(segment, (c = cellOf(key, period, segments.of(segment))));
        return c;
      };
      const add = (metric: number, value: number, segment: string = rowSegment): void => {
        columns.push(cellFor(segment), metric, value, rowNumber);
        if (segment !== '') segmentsSeen.add(segment);
      };

      if (layout.layout === 'wide') {
        for (let i = 0; i < wideColumns.length; i++) {
          const { column, metric, segment, duration } = wideColumns[i]!;
          const value = valueOf(row[column], column, duration, rowNumber);
          if (value === undefined) continue;
          let m = wideMetricIndex[i]!;
          if (m < 0) wideMetricIndex[i] = m = metricIndexOf(metric);
          add(m, value, segment);
        }
      } else {
        const name = cellText(row[layout.metricColumn]);
        const metric = names?.get(name);
        if (metric === undefined) {
          const reason = name === '' ? 'the metric name is empty' : `"${name}" is not mapped to a metric`;
          tally.problem(rowNumber, layout.metricColumn, row[layout.metricColumn], 'unknownMetric', reason);
          return;
        }
        const value = valueOf(row[layout.valueColumn], layout.valueColumn, isDurationMetric(metric), rowNumber);
        if (value !== undefined) add(metricIndexOf(metric), value);
      }
      if (key < 0) return;
      tally.validRows++;
      keyRows[key] = (keyRows[key] ?? 0) + 1;
    },
    finish() {
      const { summary, packed } = finishPacked();
      return { ...summary, records: unpackMetrics(packed) };
    },
    finishPacked,
  };
}

function transitionsBuilder(mapping: TransitionsMapping, headers: readonly string[]): RecordBuilder {
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

/** A builder for `mapping`; `headers` name the columns in problems. */
export function createRecordBuilder(mapping: MetricsMapping, headers: readonly string[]): MetricsRecordBuilder;
export function createRecordBuilder(mapping: ImportMapping, headers: readonly string[]): RecordBuilder | MetricsRecordBuilder;
export function createRecordBuilder(mapping: ImportMapping, headers: readonly string[]): RecordBuilder | MetricsRecordBuilder {
  return mapping.kind === 'metrics' ? metricsBuilder(mapping, headers) : transitionsBuilder(mapping, headers);
}
