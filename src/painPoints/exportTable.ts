import type { TableExport } from '../api/contract';
import type { EvidenceLevel, Frequency, PainStatus } from '../model/annotations';
import type { CatalogNames, PainColumn, PainPointRow } from './collect';

/**
 * The pain-point table as the rows and translated headers of a CSV / XLSX
 * export: numbers stay numbers (severity, reach, effort on 1..5, priority),
 * enums become their translated labels, lists are joined with ", ".
 * Formula neutralising is the writer's job (main), not this one's.
 */

/** Columns only the export carries (the table shows them in the inspector). */
export const PAIN_EXPORT_EXTRA_COLUMNS = ['description', 'about', 'impact', 'impactMetric', 'evidenceSource', 'created'] as const;
export type PainExportColumn = PainColumn | (typeof PAIN_EXPORT_EXTRA_COLUMNS)[number];

export interface PainExportLabels extends CatalogNames {
  header(column: PainExportColumn): string;
  frequency(value: Frequency): string;
  status(value: PainStatus): string;
  evidence(value: EvidenceLevel): string;
}

type Cell = TableExport['rows'][number][number];

const list = (values: readonly string[]): string | null => (values.length === 0 ? null : values.join(', '));

function cellOf(row: PainPointRow, column: PainExportColumn, labels: PainExportLabels): Cell {
  const { pain, card } = row;
  switch (column) {
    case 'title':
      return card.title;
    case 'map':
      return row.mapName;
    case 'stages':
      return list(row.stageNames);
    case 'severity':
      return pain.severity ?? null;
    case 'frequency':
      return pain.frequency ? labels.frequency(pain.frequency) : null;
    case 'reach':
      return pain.reach ?? null;
    case 'effort':
      return pain.effort ?? null;
    case 'priority':
      return row.priority.score;
    case 'status':
      return labels.status(row.status);
    case 'owner':
      return pain.owner ?? null;
    case 'evidence':
      return pain.evidence ? labels.evidence(pain.evidence) : null;
    case 'personas':
      return list((card.personaIds ?? []).map(labels.persona));
    case 'segments':
      return list((card.segmentIds ?? []).map(labels.segment));
    case 'tags':
      return list(pain.tags ?? []);
    case 'opportunities':
      return list(row.opportunities.map((o) => o.title));
    case 'updated':
      return pain.updatedAt ?? null;
    case 'description':
      return card.body ?? null;
    case 'about':
      return row.aboutTitle;
    case 'impact':
      return pain.impact ?? null;
    case 'impactMetric':
      return pain.impactMetric ?? null;
    case 'evidenceSource':
      return pain.evidenceSource ?? null;
    case 'created':
      return pain.createdAt ?? null;
  }
}

/** Headers and cells of the given rows and columns, in the order given. */
export function painExportTable(rows: readonly PainPointRow[], columns: readonly PainExportColumn[], labels: PainExportLabels): Pick<TableExport, 'columns' | 'rows'> {
  return {
    columns: columns.map((column) => labels.header(column)),
    rows: rows.map((row) => columns.map((column) => cellOf(row, column, labels))),
  };
}
