import { utmKey, type ImportParseResult, type MetricsMapping } from './mapping';
import { fixedPeriodEnd } from './fixedPeriod';
import { RecordColumns, stringTable, unpackMetrics, type PackedMetrics } from './recordColumns';
import { acceptRow, cellText, createTally, valueInput, type RecordBuilder } from './recordTally';
import type { Cell } from './sheetLayout';
import { parseDateValue, parseDurationValue } from './timeValues';
import { parseNumberFast, parseNumberValue } from './values';

/**
 * Metric rows as records, packed in columns as they are read (see
 * recordColumns.ts): each row's target, period and segment become one index
 * into the file's distinct combinations, each value a few typed-array slots.
 * Numbers, dates and durations are parsed (values.ts, timeValues.ts); every
 * refused cell becomes a problem naming its row and column.
 */

/** Metrics whose values are durations (read as seconds) even when written as plain numbers. */
const DURATION_METRICS: ReadonlySet<string> = new Set(['dwellTime']);

/** Parsed dates by raw text: a big file repeats a few dates on every row. */
const DATE_CACHE_LIMIT = 4096;

/** A builder of metric records that can also hand them over packed. */
export interface MetricsRecordBuilder extends RecordBuilder {
  /** The summary (with `records` empty) and the records packed in columns. */
  finishPacked(): { summary: ImportParseResult & { kind: 'metrics' }; packed: PackedMetrics };
}

export function metricsBuilder(mapping: MetricsMapping, headers: readonly string[]): MetricsRecordBuilder {
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
      const source = cellText(sourceCell);
      const medium = cellText(mediumCell);
      const campaign = cellText(campaignCell);
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
    const key = cellText(row[target.column]);
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

  /** The period of an undated file: none, or the fixed period the user named (every value is filed under it). */
  let noPeriod = -1;
  function undatedPeriod(): number {
    if (noPeriod < 0) {
      noPeriod = periods.length;
      const fixed = mapping.fixedPeriod;
      periods.push(fixed ? { period: fixed.start, grain: fixed.grain } : { period: null, grain: null });
      if (fixed) {
        from = fixed.start;
        to = fixed.end ?? fixedPeriodEnd(fixed.start, fixed.grain);
      }
    }
    return noPeriod;
  }

  // The row being read. Its combinations are made when its first value is read: one for the row's segment, and
  // one per other segment its wide columns name (a column's own segment overrides the row's for its values).
  let rowTargetKey = '';
  let rowPeriod = -1;
  let rowSegment = '';
  let rowNumberNow = 0;
  let rowKey = -1;
  let rowCell = -1;
  let columnCells: Map<string, number> | undefined;
  function startRow(targetKey: string, period: number, segment: string, rowNumber: number): void {
    rowTargetKey = targetKey;
    rowPeriod = period;
    rowSegment = segment;
    rowNumberNow = rowNumber;
    rowKey = -1;
    rowCell = -1;
    columnCells?.clear();
  }
  function cellFor(segment: string): number {
    if (rowKey < 0) {
      rowKey = rowTargetKey === lastKey && lastKeyIndex >= 0 ? lastKeyIndex : keys.of(rowTargetKey);
      if (rowTargetKey === lastKey) lastKeyIndex = rowKey;
    }
    if (segment === rowSegment) return rowCell < 0 ? (rowCell = cellOf(rowKey, rowPeriod, segments.of(segment))) : rowCell;
    columnCells ??= new Map();
    let c = columnCells.get(segment);
    if (c === undefined) columnCells.set(segment, (c = cellOf(rowKey, rowPeriod, segments.of(segment))));
    return c;
  }
  function add(metric: number, value: number, segment: string): void {
    columns.push(cellFor(segment), metric, value, rowNumberNow);
    if (segment !== '') segmentsSeen.add(segment);
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
      } else period = undatedPeriod();
      startRow(targetKey, period, mapping.segment === undefined ? '' : cellText(row[mapping.segment]), rowNumber);

      if (layout.layout === 'wide') {
        for (let i = 0; i < wideColumns.length; i++) {
          const { column, metric, segment, duration } = wideColumns[i]!;
          const value = valueOf(row[column], column, duration, rowNumber);
          if (value === undefined) continue;
          let m = wideMetricIndex[i]!;
          if (m < 0) wideMetricIndex[i] = m = metricIndexOf(metric);
          add(m, value, segment ?? rowSegment);
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
        if (value !== undefined) add(metricIndexOf(metric), value, rowSegment);
      }
      if (rowKey < 0) return;
      tally.validRows++;
      keyRows[rowKey] = (keyRows[rowKey] ?? 0) + 1;
    },
    finish() {
      const { summary, packed } = finishPacked();
      return { ...summary, records: unpackMetrics(packed) };
    },
    finishPacked,
  };
}

