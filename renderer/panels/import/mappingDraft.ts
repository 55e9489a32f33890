import type { ColumnSuggestion } from '../../../src/import/headerSuggestions';
import type { FixedPeriod } from '../../../src/import/fixedPeriod';
import type { ImportMapping, TargetColumns } from '../../../src/import/mapping';
import { metricKeyFor } from '../../../src/import/suggestMapping';
import { MetricKeySchema } from '../../../src/schema/metrics';

/**
 * What the wizard's mapping step edits: one role per column plus the choices
 * that apply to the whole file. `toMapping` turns it into the ImportMapping
 * main reads the file with; `fromMapping` goes back (suggestions, presets).
 */
export const COLUMN_ROLES = [
  'ignore',
  'target',
  'utmSource',
  'utmMedium',
  'utmCampaign',
  'period',
  'segment',
  'metric',
  'metricName',
  'value',
  'entity',
  'stage',
  'timestamp',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export interface ColumnDraft {
  role: ColumnRole;
  /** With role 'metric': the metric key (built-in or custom). */
  metric: string;
  /** With role 'metric': the segment its values are filed under ("新访客数" → 'new'); absent: the row's segment. */
  segment?: string;
}

export type TargetKind = 'map' | 'stage' | 'card' | 'channel' | 'utm';

export interface MappingDraft {
  kind: 'metrics' | 'transitions';
  layout: 'wide' | 'long';
  targetKind: TargetKind;
  headerRow: number;
  dayFirst: boolean;
  skipTotals: boolean;
  columns: ColumnDraft[];
  /** Long layout: metric name as written in the file → metric key ('' leaves it out). */
  names: Record<string, string>;
  /** Metrics without a period column: the period every value is filed under. */
  fixedPeriod?: FixedPeriod;
}

/** Roles each kind of file offers. */
export const rolesFor = (draft: Pick<MappingDraft, 'kind' | 'layout' | 'targetKind'>): ColumnRole[] => {
  if (draft.kind === 'transitions') return ['ignore', 'entity', 'stage', 'timestamp'];
  const target: ColumnRole[] =
    draft.targetKind === 'utm' ? ['utmSource', 'utmMedium', 'utmCampaign'] : draft.targetKind === 'map' ? [] : ['target'];
  const values: ColumnRole[] = draft.layout === 'wide' ? ['metric'] : ['metricName', 'value'];
  return ['ignore', ...target, 'period', 'segment', ...values];
};

const columnOf = (columns: ColumnDraft[], role: ColumnRole): number | undefined => {
  const index = columns.findIndex((c) => c.role === role);
  return index < 0 ? undefined : index;
};

/** Problems that keep the draft from becoming a mapping, as i18n keys of the 'import' namespace. */
export type DraftProblem =
  | 'validation.noTarget'
  | 'validation.noUtm'
  | 'validation.noMetric'
  | 'validation.badMetricKey'
  | 'validation.noMetricName'
  | 'validation.noValue'
  | 'validation.noEntity'
  | 'validation.noStage'
  | 'validation.noTimestamp'
  | 'validation.duplicate';

export type DraftResult = { ok: true; mapping: ImportMapping } | { ok: false; problem: DraftProblem; detail?: string };

const SINGLE_ROLES: ColumnRole[] = ['target', 'utmSource', 'utmMedium', 'utmCampaign', 'period', 'segment', 'metricName', 'value', 'entity', 'stage', 'timestamp'];

/** The mapping this draft describes, or the first thing missing from it. */
export function toMapping(draft: MappingDraft): DraftResult {
  const offered = new Set(rolesFor(draft));
  const columns = draft.columns.map((c) => (offered.has(c.role) ? c : { ...c, role: 'ignore' as const }));
  for (const role of SINGLE_ROLES) {
    if (columns.filter((c) => c.role === role).length > 1) return { ok: false, problem: 'validation.duplicate', detail: role };
  }
  const common = { headerRow: draft.headerRow, dayFirst: draft.dayFirst, skipTotals: draft.skipTotals };
  if (draft.kind === 'transitions') {
    const entity = columnOf(columns, 'entity');
    const stage = columnOf(columns, 'stage');
    const timestamp = columnOf(columns, 'timestamp');
    if (entity === undefined) return { ok: false, problem: 'validation.noEntity' };
    if (stage === undefined) return { ok: false, problem: 'validation.noStage' };
    if (timestamp === undefined) return { ok: false, problem: 'validation.noTimestamp' };
    return { ok: true, mapping: { kind: 'transitions', ...common, entity, stage, timestamp } };
  }
  let target: TargetColumns;
  if (draft.targetKind === 'map') target = { kind: 'map' };
  else if (draft.targetKind === 'utm') {
    const source = columnOf(columns, 'utmSource');
    const medium = columnOf(columns, 'utmMedium');
    const campaign = columnOf(columns, 'utmCampaign');
    if (source === undefined && medium === undefined && campaign === undefined) return { ok: false, problem: 'validation.noUtm' };
    target = { kind: 'utm', ...(source === undefined ? {} : { source }), ...(medium === undefined ? {} : { medium }), ...(campaign === undefined ? {} : { campaign }) };
  } else {
    const column = columnOf(columns, 'target');
    if (column === undefined) return { ok: false, problem: 'validation.noTarget' };
    target = { kind: draft.targetKind, column };
  }
  const period = columnOf(columns, 'period');
  const segment = columnOf(columns, 'segment');
  // A period column wins: the fixed period is only for files without one.
  const fixedPeriod = period === undefined ? draft.fixedPeriod : undefined;
  const base = {
    kind: 'metrics' as const,
    ...common,
    target,
    ...(period === undefined ? {} : { period }),
    ...(fixedPeriod === undefined ? {} : { fixedPeriod }),
    ...(segment === undefined ? {} : { segment }),
  };
  if (draft.layout === 'wide') {
    const metrics = columns.flatMap((c, column) =>
      c.role === 'metric' ? [{ column, metric: c.metric.trim(), ...(c.segment === undefined || c.segment === '' ? {} : { segment: c.segment }) }] : [],
    );
    if (metrics.length === 0) return { ok: false, problem: 'validation.noMetric' };
    const bad = metrics.find((m) => !MetricKeySchema.safeParse(m.metric).success);
    if (bad) return { ok: false, problem: 'validation.badMetricKey', detail: bad.metric };
    return { ok: true, mapping: { ...base, layout: { layout: 'wide', metrics } } };
  }
  const metricColumn = columnOf(columns, 'metricName');
  const valueColumn = columnOf(columns, 'value');
  if (metricColumn === undefined) return { ok: false, problem: 'validation.noMetricName' };
  if (valueColumn === undefined) return { ok: false, problem: 'validation.noValue' };
  const names = Object.fromEntries(Object.entries(draft.names).filter(([, key]) => key.trim() !== ''));
  const bad = Object.values(names).find((key) => !MetricKeySchema.safeParse(key).success);
  if (bad !== undefined) return { ok: false, problem: 'validation.badMetricKey', detail: bad };
  return { ok: true, mapping: { ...base, layout: { layout: 'long', metricColumn, valueColumn, names } } };
}

const emptyColumns = (count: number): ColumnDraft[] => Array.from({ length: count }, () => ({ role: 'ignore', metric: '' }));

/** The draft a saved or suggested mapping stands for, over `columnCount` columns. */
export function fromMapping(mapping: ImportMapping, columnCount: number): MappingDraft {
  const width = Math.max(columnCount, ...mappingColumns(mapping).map((c) => c + 1));
  const columns = emptyColumns(width);
  const set = (column: number | undefined, role: ColumnRole, metric = '', segment?: string) => {
    if (column !== undefined && columns[column]) columns[column] = { role, metric, ...(segment === undefined ? {} : { segment }) };
  };
  const common = { headerRow: mapping.headerRow, dayFirst: mapping.dayFirst, skipTotals: mapping.skipTotals };
  if (mapping.kind === 'transitions') {
    set(mapping.entity, 'entity');
    set(mapping.stage, 'stage');
    set(mapping.timestamp, 'timestamp');
    return { kind: 'transitions', layout: 'wide', targetKind: 'map', ...common, columns, names: {} };
  }
  const target = mapping.target;
  if (target.kind === 'utm') {
    set(target.source, 'utmSource');
    set(target.medium, 'utmMedium');
    set(target.campaign, 'utmCampaign');
  } else if (target.kind !== 'map') set(target.column, 'target');
  set(mapping.period, 'period');
  set(mapping.segment, 'segment');
  let names: Record<string, string> = {};
  if (mapping.layout.layout === 'wide') for (const m of mapping.layout.metrics) set(m.column, 'metric', m.metric, m.segment);
  else {
    set(mapping.layout.metricColumn, 'metricName');
    set(mapping.layout.valueColumn, 'value');
    names = { ...mapping.layout.names };
  }
  return { kind: 'metrics', layout: mapping.layout.layout, targetKind: target.kind, ...common, columns, names, ...(mapping.fixedPeriod ? { fixedPeriod: mapping.fixedPeriod } : {}) };
}

function mappingColumns(mapping: ImportMapping): number[] {
  if (mapping.kind === 'transitions') return [mapping.entity, mapping.stage, mapping.timestamp];
  const t = mapping.target;
  const target = t.kind === 'utm' ? [t.source, t.medium, t.campaign] : t.kind === 'map' ? [] : [t.column];
  const values = mapping.layout.layout === 'wide' ? mapping.layout.metrics.map((m) => m.column) : [mapping.layout.metricColumn, mapping.layout.valueColumn];
  return [...target, mapping.period, mapping.segment, ...values].filter((c): c is number => c !== undefined);
}

const DIMENSION_ROLE: Record<string, { role: ColumnRole; target?: TargetKind }> = {
  channel: { role: 'target', target: 'channel' },
  stage: { role: 'target', target: 'stage' },
  utmSource: { role: 'utmSource', target: 'utm' },
  utmMedium: { role: 'utmMedium', target: 'utm' },
  utmCampaign: { role: 'utmCampaign', target: 'utm' },
  period: { role: 'period' },
  segment: { role: 'segment' },
  metricName: { role: 'metricName' },
  value: { role: 'value' },
};

/** A draft from per-column header suggestions, when main proposed no whole mapping. */
export function fromSuggestions(suggestions: (ColumnSuggestion | null)[], headerRow: number): MappingDraft {
  const columns = emptyColumns(suggestions.length);
  let targetKind: TargetKind = 'map';
  suggestions.forEach((s, i) => {
    if (!s) return;
    if (s.kind === 'metric') columns[i] = { role: 'metric', metric: s.metric, ...(s.segment === undefined ? {} : { segment: s.segment }) };
    else {
      const { role, target } = DIMENSION_ROLE[s.role] ?? { role: 'ignore' as const };
      columns[i] = { role, metric: '' };
      if (target && targetKind === 'map') targetKind = target;
    }
  });
  const layout = columns.some((c) => c.role === 'metricName') ? 'long' : 'wide';
  return { kind: 'metrics', layout, targetKind, headerRow, dayFirst: false, skipTotals: true, columns, names: {} };
}

/** Suggested metric keys for the metric names of a long file ("点击量" → clicks). */
export function suggestNames(found: string[], known: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    found.map((name) => {
      if (known[name] !== undefined) return [name, known[name]];
      return [name, metricKeyFor(name) ?? ''];
    }),
  );
}
