import type { ImportRecord, MapMetrics, TableExport } from '../api/contract';
import { definitionOf, metricName, metricStatus } from '../metrics/definitions';
import { goalFor } from '../metrics/goals';
import { valueBucket } from '../metrics/periods';
import { overallFigures } from '../metrics/figures';
import { scopeName } from '../metrics/figureText';
import { targetKey } from '../metrics/targets';
import type { ProjectCatalog } from '../model/catalog';
import type { Gap } from '../model/gaps';
import type { JourneyMap } from '../model/journey';
import type { Grain, MetricDefinition, MetricSeries, MetricTarget, SeriesPoint } from '../model/metrics';
import { builtinChannelName } from '../templates/builtinChannels';
import { explainGap, gapWords } from '../gaps/gapWords';
import { collectPainPoints, PAIN_COLUMNS, sortPainPoints, type CatalogNames } from '../painPoints/collect';
import { PAIN_EXPORT_EXTRA_COLUMNS, painExportTable, type PainExportLabels } from '../painPoints/exportTable';
import { dataTableWords, GAP_TABLE_COLUMNS, METRIC_TABLE_COLUMNS, type GapTableColumn, type MetricTableColumn, type TableLanguage } from './dataTableLabels';

/**
 * The rows of the data tables main writes as CSV or XLSX (`export.table`, the
 * command line): a map's pain points ranked, its open gaps, and its metric
 * values at a grain with where each came from. Headers and words are in the
 * request's language; formula neutralising is the file writer's job.
 */

export type { TableLanguage } from './dataTableLabels';
type Cell = TableExport['rows'][number][number];
export type DataTableContent = Pick<TableExport, 'columns' | 'rows' | 'sheetName'>;

const catalogNames = (catalog: ProjectCatalog): CatalogNames => ({
  persona: (id) => catalog.personas.find((p) => p.id === id)?.name ?? id,
  segment: (id) => catalog.segments.find((s) => s.id === id)?.name ?? id,
});

/** The map's pain points, highest priority first, with every column the pain-point table exports (the map column left out: one map). */
export function painPointTable(map: JourneyMap, catalog: ProjectCatalog, language: TableLanguage): DataTableContent {
  const words = dataTableWords(language);
  const names = catalogNames(catalog);
  const labels: PainExportLabels = {
    ...names,
    header: (column) => words.pain[column],
    frequency: (value) => words.frequency[value],
    status: (value) => words.painStatus[value],
    evidence: (value) => words.evidence[value],
  };
  const rows = sortPainPoints(collectPainPoints(map), 'priority', 'descend', names);
  const columns = [...PAIN_COLUMNS.filter((column) => column !== 'map'), ...PAIN_EXPORT_EXTRA_COLUMNS];
  return { ...painExportTable(rows, columns, labels), sheetName: words.sheet.painPoints };
}

/**
 * The open gaps in the order given (most severe first), worded in the
 * table's language as the gap panel words them (src/gaps/gapWords.ts): the
 * severity, the rule's name, the explanation. With the catalog, an emotional
 * low names its persona; without it the explanation leaves the persona out.
 */
export function gapTable(map: JourneyMap, gaps: readonly Gap[], language: TableLanguage, catalog?: ProjectCatalog): DataTableContent {
  const words = gapWords(language);
  const names = catalog ? catalogNames(catalog) : undefined;
  const cell = (gap: Gap, column: GapTableColumn): Cell => {
    switch (column) {
      case 'severity':
        return words.severity[gap.severity];
      case 'rule':
        return words.ruleNames[gap.rule];
      case 'stage':
        return map.stages.find((stage) => stage.id === gap.stageId)?.name ?? words.wholeMap;
      case 'explanation':
        return explainGap(gap, language, names);
      case 'cards':
        return gap.cardIds.flatMap((id) => map.cards[id]?.title ?? []).join(', ') || null;
    }
  };
  return {
    columns: GAP_TABLE_COLUMNS.map((column) => words.columns[column]),
    rows: gaps.map((gap) => GAP_TABLE_COLUMNS.map((column) => cell(gap, column))),
    sheetName: words.sheetName,
  };
}

/** A stored value as far as the metrics table needs it: what it is about and the import (and file rows) it came from. */
export interface SourcedValue {
  target: MetricTarget;
  metric: string;
  segment: string;
  period: string | null;
  /** The period's length as the file gave it (an ISO week rolls up by its Thursday); absent: its first day decides. */
  grain?: Grain | null;
  importId: string;
  rows: readonly number[];
}

/** Row numbers as ranges ("2-5, 9"), so a value summed from thousands of rows stays one readable cell. */
export function rowRanges(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    let end = start;
    while (sorted[i + 1] === end + 1) end = sorted[++i]!;
    parts.push(end === start ? String(start) : `${start}-${end}`);
  }
  return parts.join(', ');
}

/** The name of what a value is about: the stage's or channel's name, the card's title, the UTM fields, or the map's name. */
export function metricTargetName(target: MetricTarget, map: JourneyMap, catalog: ProjectCatalog, language: TableLanguage = 'en'): string {
  switch (target.kind) {
    case 'map':
      return map.name;
    case 'stage':
      return map.stages.find((stage) => stage.id === target.id)?.name ?? target.id;
    case 'card':
      return map.cards[target.id]?.title ?? target.id;
    case 'channel': {
      const channel = catalog.channels.find((c) => c.id === target.id);
      if (!channel) return target.id;
      // A built-in channel shows its translated name until the user renames it (as the catalog panel does).
      return channel.name !== '' || !channel.builtin ? channel.name : (builtinChannelName(channel.builtin, language) ?? channel.builtin);
    }
    case 'utm':
      return [target.source, target.medium, target.campaign].map((field) => field ?? '').join(' / ');
  }
}

export interface MetricTableInput {
  map: JourneyMap;
  catalog: ProjectCatalog;
  /** The map's metrics at `grain` (what `metrics.get` returns). */
  metrics: MapMetrics;
  grain: Grain;
  /** The stored values with their imports, to name each value's source; derived values have none. */
  values: readonly SourcedValue[];
  imports: readonly ImportRecord[];
}

/** One row per value the map shows at the grain (per target, metric, segment and period), with its status and source files, sheets and rows. */
export function metricTable(input: MetricTableInput, language: TableLanguage): DataTableContent {
  const words = dataTableWords(language);
  const sources = sourceIndex(input.values, input.grain);
  const imports = new Map(input.imports.map((record) => [record.id, record]));
  const rows: Cell[][] = [];
  for (const series of input.metrics.series) {
    const definition = definitionOf(input.metrics.definitions, series.metric);
    for (const point of series.points) {
      const from = sources.get(sourceKey(series, point.period)) ?? [];
      const cells = metricCells(input, series, point, definition, from, imports, language);
      rows.push(METRIC_TABLE_COLUMNS.map((column) => cells[column]));
    }
  }
  rows.push(...overallRows(input, language));
  return { columns: METRIC_TABLE_COLUMNS.map((column) => words.metric[column]), rows, sheetName: words.sheet.metrics };
}

/** The overall figures of every period (all channels' counts added up, rates recomputed from them), after the per-target rows: the same numbers as the Metrics panel. */
function overallRows(input: MetricTableInput, language: TableLanguage): Cell[][] {
  const words = dataTableWords(language);
  const periods: (string | null)[] = input.metrics.periods.length > 0 ? input.metrics.periods : [null];
  return periods.flatMap((period) =>
    overallFigures(input.metrics, { grain: input.grain, period, segment: null })
      .filter((figure) => figure.scope.kind === 'overall' && figure.period === period)
      .map((figure) => {
        const definition = definitionOf(input.metrics.definitions, figure.metric);
        const where = scopeName(figure.scope, (target) => metricTargetName(target, input.map, input.catalog, language), language);
        const cells: Record<MetricTableColumn, Cell> = {
          targetKind: where,
          target: where,
          metric: definition ? metricName(definition, language) : figure.metric,
          period: figure.period ?? words.noPeriod,
          segment: words.allUsers,
          value: figure.value,
          unit: definition ? (definition.unit === 'currency' ? `${definition.unit} (${definition.currency ?? 'CNY'})` : definition.unit) : null,
          targetValue: (definition && goalFor(definition, { target: { kind: 'map' }, segment: null })?.target) ?? null,
          status: words.metricStatus[definition ? metricStatus(figure.value, definition, { target: { kind: 'map' }, segment: null }) : 'none'],
          sourceFile: null,
          sheet: null,
          rows: null,
        };
        return METRIC_TABLE_COLUMNS.map((column) => cells[column]);
      }),
  );
}

const sourceKey = (value: Pick<SourcedValue, 'target' | 'metric' | 'segment'>, bucket: string | null): string =>
  `${targetKey(value.target)}|${value.metric}|${value.segment}|${bucket ?? ''}`;

/** Stored values by the bucket (at `grain`) they fall in. */
function sourceIndex(values: readonly SourcedValue[], grain: Grain): Map<string, SourcedValue[]> {
  const index = new Map<string, SourcedValue[]>();
  for (const value of values) {
    const key = sourceKey(value, value.period === null ? null : valueBucket(value.period, value.grain ?? null, grain));
    index.set(key, [...(index.get(key) ?? []), value]);
  }
  return index;
}

const distinct = (items: readonly (string | null | undefined)[]): string | null => [...new Set(items.filter((item): item is string => !!item))].join(', ') || null;

function metricCells(
  input: MetricTableInput,
  series: MetricSeries,
  point: SeriesPoint,
  definition: MetricDefinition | undefined,
  from: readonly SourcedValue[],
  imports: ReadonlyMap<string, ImportRecord>,
  language: TableLanguage,
): Record<MetricTableColumn, Cell> {
  const words = dataTableWords(language);
  const records = from.map((value) => imports.get(value.importId));
  const unit = definition ? (definition.unit === 'currency' ? `${definition.unit} (${definition.currency ?? 'CNY'})` : definition.unit) : null;
  return {
    targetKind: words.targetKind[series.target.kind],
    target: metricTargetName(series.target, input.map, input.catalog, language),
    metric: definition ? metricName(definition, language) : series.metric,
    period: point.period ?? words.noPeriod,
    segment: series.segment === '' ? words.allUsers : series.segment,
    value: point.value,
    unit,
    targetValue: (definition && goalFor(definition, { target: series.target, segment: series.segment })?.target) ?? null,
    status: words.metricStatus[definition ? metricStatus(point.value, definition, { target: series.target, segment: series.segment }) : 'none'],
    sourceFile: distinct(records.map((record) => record?.fileName)),
    sheet: distinct(records.map((record) => record?.sheet)),
    rows: from.length === 0 ? null : rowRanges(from.flatMap((value) => value.rows)),
  };
}
