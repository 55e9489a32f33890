import type { ImportInspection, ImportMatches } from '../../src/api/contract';
import { fixedPeriodEnd } from '../../src/import/fixedPeriod';
import type { ImportMapping, ImportProblem, ReadOptions } from '../../src/import/mapping';
import { columnLetter } from '../../src/import/records';
import type { ProjectCatalog } from '../../src/model/catalog';
import type { JourneyMap } from '../../src/model/journey';
import type { MetricTarget } from '../../src/model/metrics';
import { builtinChannelName } from '../../src/templates/builtinChannels';
import { textTable } from './textTable';

/** What an import of the command line did or would do, for text and `--json`. */
export interface ImportReport {
  committed: boolean;
  importId?: string;
  file: string;
  map: string;
  /** The preset read with, else null (the mapping came from a file or the importer's proposal). */
  preset: string | null;
  /** Where the mapping came from. */
  mappingFrom: 'preset' | 'file' | 'proposed';
  /** The preset `--save-preset` saved, if any. */
  savedPreset?: string;
  rows: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  problems: number;
  problemList: readonly ImportProblem[];
  unmatched: string[];
  read: ReadOptions;
  mapping: ImportMapping;
  /** Every key of the file and where it goes (null: left out). */
  matches: ImportMatches;
  columns: { column: string; header: string; role: string }[];
}

/** The header of each column of the mapping's header row, as the inspection read it. */
export function headerNames(inspection: ImportInspection, headerRow: number): string[] {
  if (headerRow === inspection.headerRow) return inspection.headers;
  return (inspection.rows[headerRow] ?? []).map((cell) => (cell === null ? '' : String(cell).trim()));
}

/** What each mapped column holds: "metric impressions", "channel", "period", ... (unmapped columns left out). */
export function describeColumns(mapping: ImportMapping, headers: readonly string[]): ImportReport['columns'] {
  const roles = new Map<number, string>();
  const set = (column: number | undefined, role: string) => {
    if (column !== undefined) roles.set(column, role);
  };
  if (mapping.kind === 'transitions') {
    set(mapping.entity, 'lead or customer id');
    set(mapping.stage, 'stage');
    set(mapping.timestamp, 'time entered');
  } else {
    const { target, layout } = mapping;
    if (target.kind === 'utm') {
      set(target.source, 'UTM source');
      set(target.medium, 'UTM medium');
      set(target.campaign, 'UTM campaign');
    } else if (target.kind !== 'map') set(target.column, target.kind);
    set(mapping.period, 'period');
    set(mapping.segment, 'segment');
    if (layout.layout === 'wide') for (const { column, metric, segment } of layout.metrics) set(column, segment ? `metric ${metric}, segment ${segment}` : `metric ${metric}`);
    else {
      set(layout.metricColumn, 'metric name');
      set(layout.valueColumn, 'value');
    }
  }
  return [...roles]
    .sort(([a], [b]) => a - b)
    .map(([column, role]) => ({ column: columnLetter(column), header: headers[column] ?? '', role }));
}

/** "stage "Awareness"", "channel "百度推广"", "UTM source=baidu medium=cpc", "the whole map". */
export function targetName(target: MetricTarget | null, map: JourneyMap, catalog: ProjectCatalog): string {
  if (target === null) return '(nothing: left out)';
  switch (target.kind) {
    case 'map':
      return 'the whole map';
    case 'stage':
      return `stage "${map.stages.find((stage) => stage.id === target.id)?.name ?? target.id}"`;
    case 'card':
      return `card "${map.cards[target.id]?.title ?? target.id}"`;
    case 'channel': {
      const channel = catalog.channels.find((candidate) => candidate.id === target.id);
      const name = channel?.name || (channel?.builtin ? builtinChannelName(channel.builtin, 'en') : undefined);
      return `channel "${name ?? target.id}"`;
    }
    case 'utm':
      return `UTM ${[['source', target.source], ['medium', target.medium], ['campaign', target.campaign]]
        .filter(([, value]) => value !== undefined)
        .map(([field, value]) => `${field}=${value}`)
        .join(' ')}`;
  }
}

const UTM_FIELDS = ['source', 'medium', 'campaign'] as const;

/** A key of the file as a person reads it: a UTM key (fields joined by U+001F) as "source=baidu medium=cpc". */
function keyText(key: string): string {
  if (key === '') return '(no name: the whole map)';
  if (!key.includes('\u001f')) return key;
  const parts = key.split('\u001f');
  return UTM_FIELDS.flatMap((field, i) => (parts[i] ? [`${field}=${parts[i]}`] : [])).join(' ');
}

/** The mapping in words, for `--dry-run`. */
export function mappingText(report: ImportReport, inspection: ImportInspection, map: JourneyMap, catalog: ProjectCatalog): string {
  const { mapping } = report;
  const lines: string[] = [];
  const from = report.mappingFrom === 'preset' ? `preset "${report.preset}"` : report.mappingFrom === 'file' ? 'the mapping file' : 'proposed from the headers';
  const where = [inspection.format.toUpperCase(), inspection.sheet ? `sheet "${inspection.sheet}"` : '', inspection.encoding ? `encoding ${inspection.encoding.used}` : '']
    .filter(Boolean)
    .join(', ');
  lines.push(`Mapping (${from}): ${where}; header row ${mapping.headerRow + 1}; ${mapping.dayFirst ? 'dates day first' : 'dates month first'}; totals rows ${mapping.skipTotals ? 'left out' : 'kept'}.`);
  if (mapping.kind === 'transitions') lines.push('Layout: stage-transition log.');
  else {
    lines.push(`Layout: ${mapping.layout.layout === 'wide' ? 'wide (one column per metric)' : 'long (one row per metric)'}; rows are about: ${mapping.target.kind === 'map' ? 'the whole map' : mapping.target.kind === 'utm' ? 'UTM values' : mapping.target.kind}.`);
    const fixed = mapping.fixedPeriod;
    lines.push(
      mapping.period !== undefined
        ? 'Period: from the period column.'
        : fixed
          ? `Period: every value in the ${fixed.grain} ${fixed.start} to ${fixed.end ?? fixedPeriodEnd(fixed.start, fixed.grain)} (--period).`
          : 'Period: none (the file has no period column; give one with --period).',
    );
  }
  const layout = mapping.kind === 'metrics' && mapping.layout.layout === 'long' ? mapping.layout : null;
  const columns = textTable(['COLUMN', 'HEADER', 'MAPPED TO'], report.columns.map(({ column, header, role }) => [column, header, role]));
  const names = layout ? `\n${textTable(['METRIC NAME IN FILE', 'METRIC'], Object.entries(layout.names).map(([name, metric]) => [name, metric]))}` : '';
  const matches = textTable(['NAME IN FILE', 'MATCHED TO'], Object.entries(report.matches).map(([key, target]) => [keyText(key), targetName(target, map, catalog)]));
  return `${lines.join('\n')}\n${columns}${names}\n${matches}`;
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The closing line (or JSON) on stdout. */
export function reportText(report: ImportReport, json: boolean): string {
  if (json) {
    const { problemList, ...rest } = report;
    return `${JSON.stringify({ ...rest, problemList: problemList.map(({ row, column, header, raw, code, reason }) => ({ row, column, header, raw, code, reason })) }, null, 2)}\n`;
  }
  const verb = report.committed ? 'Imported' : 'Would import (dry run, nothing written)';
  const how = report.preset !== null ? ` with preset "${report.preset}"` : report.mappingFrom === 'file' ? ' with the given mapping' : ' with the proposed mapping';
  const saved = report.savedPreset === undefined ? '' : ` Saved as preset "${report.savedPreset}".`;
  return (
    `${verb} ${report.file} into "${report.map}"${how}: ${plural(report.rows, 'row')}; ` +
    `${report.added} added, ${report.changed} changed, ${report.removed} removed, ${report.unchanged} unchanged; ${plural(report.problems, 'problem')}.${saved}\n`
  );
}

export const problemTable = (problems: readonly ImportProblem[]): string =>
  textTable(['ROW', 'COLUMN', 'HEADER', 'VALUE', 'REASON'], problems.map((p) => [p.row === 0 ? '' : String(p.row), p.column, p.header, p.raw, p.reason]));
