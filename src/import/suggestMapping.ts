import { normaliseHeader, suggestColumn, type ColumnSuggestion, type DimensionRole } from './headerSuggestions';
import type { ImportMapping, TargetColumns } from './mapping';
import type { Cell } from './sheetLayout';

/**
 * Proposes a whole mapping from a sheet's first rows: which layout (one
 * column per metric, one row per metric, or a stage-transition log), which
 * column names the target, the period and the segment, and whether dates
 * are written day first. The wizard shows it for the user to confirm.
 */

/** Headers of lead / customer id columns in transition logs. */
const ENTITY_HEADER = /^(客户id|客户编号|客户|线索id|线索编号|线索|用户id|用户编号|会员id|商机id|leadid|lead|customerid|customer|userid|contactid|accountid|dealid|opportunityid|id)$/;
/** Headers of the time a stage was entered, besides plain date headers. */
const TIME_HEADER = /^(进入时间|进入日期|时间|日期|变更时间|更新时间|创建时间|时间戳|enteredat|entered|timestamp|datetime|time|date|changedat|updatedat|createdat)$/;

/** Rows of the sample read for metric names and dates. */
const SAMPLE_ROWS = 200;

/**
 * The metric key a header or a metric name of a long-format file most likely
 * means, or undefined. A name that also names a segment ("新访客数") gives
 * undefined: a long file's names map to metric keys only, and filing new
 * visitors as all visitors would add them to 访客数.
 */
export function metricKeyFor(name: string): string | undefined {
  const suggestion = suggestColumn(name);
  return suggestion?.kind === 'metric' && suggestion.segment === undefined ? suggestion.metric : undefined;
}

const text = (cell: Cell): string => (cell === null || cell === undefined ? '' : String(cell).trim());

/**
 * Reads the day-first setting off sample dates written d/m/y or m/d/y: true
 * when some first part is above 12, false when some second part is, and
 * undefined (keep the default) when no date decides it or they disagree.
 */
export function guessDayFirst(values: readonly Cell[]): boolean | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}(?:\s|$)/.exec(text(value).normalize('NFKC'));
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? undefined : dayFirst;
}

function firstWithRole(suggestions: readonly (ColumnSuggestion | null)[], role: DimensionRole): number | undefined {
  const index = suggestions.findIndex((suggestion) => suggestion?.kind === 'dimension' && suggestion.role === role);
  return index >= 0 ? index : undefined;
}

/** The target columns: a stage column first, then channel, then UTM fields, else the whole map. */
function targetFrom(suggestions: readonly (ColumnSuggestion | null)[]): TargetColumns {
  const stage = firstWithRole(suggestions, 'stage');
  if (stage !== undefined) return { kind: 'stage', column: stage };
  const channel = firstWithRole(suggestions, 'channel');
  if (channel !== undefined) return { kind: 'channel', column: channel };
  const source = firstWithRole(suggestions, 'utmSource');
  const medium = firstWithRole(suggestions, 'utmMedium');
  const campaign = firstWithRole(suggestions, 'utmCampaign');
  if (source !== undefined || medium !== undefined || campaign !== undefined) {
    return {
      kind: 'utm',
      ...(source !== undefined ? { source } : {}),
      ...(medium !== undefined ? { medium } : {}),
      ...(campaign !== undefined ? { campaign } : {}),
    };
  }
  return { kind: 'map' };
}

/**
 * A mapping proposed from the rows (as read, header row included), the
 * header row's index, the header names and `suggestColumn` of each (computed
 * when not given). Undefined-free: null when no metric or log column is recognised.
 */
export function suggestMapping(
  rows: readonly (readonly Cell[])[],
  headerRow: number,
  headers: readonly string[],
  suggestions: readonly (ColumnSuggestion | null)[] = headers.map((header) => suggestColumn(header) ?? null),
): ImportMapping | null {
  const sample = rows.slice(headerRow + 1, headerRow + 1 + SAMPLE_ROWS);
  const columnValues = (column: number): Cell[] => sample.map((row) => row[column]);
  const period = firstWithRole(suggestions, 'period');
  const segment = firstWithRole(suggestions, 'segment');
  const stage = firstWithRole(suggestions, 'stage');

  const entity = headers.findIndex((header) => ENTITY_HEADER.test(normaliseHeader(header).replace(/_/g, '')));
  const timestamp = period ?? headers.findIndex((header) => TIME_HEADER.test(normaliseHeader(header).replace(/_/g, '')));
  const hasMetricColumns = suggestions.some((suggestion) => suggestion?.kind === 'metric');
  if (entity >= 0 && stage !== undefined && timestamp >= 0 && !hasMetricColumns) {
    const dayFirst = guessDayFirst(columnValues(timestamp)) ?? false;
    return { kind: 'transitions', headerRow, dayFirst, skipTotals: true, entity, stage, timestamp };
  }

  const dayFirst = period === undefined ? false : (guessDayFirst(columnValues(period)) ?? false);
  const common = {
    kind: 'metrics' as const,
    headerRow,
    dayFirst,
    skipTotals: true,
    target: targetFrom(suggestions),
    ...(period !== undefined ? { period } : {}),
    ...(segment !== undefined ? { segment } : {}),
  };

  const metricColumn = firstWithRole(suggestions, 'metricName');
  const valueColumn = firstWithRole(suggestions, 'value');
  if (metricColumn !== undefined && valueColumn !== undefined) {
    const names: Record<string, string> = {};
    for (const cell of columnValues(metricColumn)) {
      const name = text(cell);
      const key = name === '' ? undefined : metricKeyFor(name);
      if (key !== undefined) names[name] = key;
    }
    return { ...common, layout: { layout: 'long', metricColumn, valueColumn, names } };
  }

  const metrics: { column: number; metric: string; segment?: string }[] = [];
  const used = new Set<string>();
  suggestions.forEach((suggestion, column) => {
    // A metric named twice (点击量 and 点击数) keeps its first column; the user can add the other.
    // 访客数 and 新访客数 are the same metric under different segments: both stay.
    if (suggestion?.kind !== 'metric') return;
    const id = `${suggestion.metric}\u001f${suggestion.segment ?? ''}`;
    if (used.has(id)) return;
    used.add(id);
    metrics.push({ column, metric: suggestion.metric, ...(suggestion.segment !== undefined ? { segment: suggestion.segment } : {}) });
  });
  if (metrics.length === 0) return null;
  return { ...common, layout: { layout: 'wide', metrics } };
}
