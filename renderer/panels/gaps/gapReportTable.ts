import type { TableExport } from '../../../src/api/contract';
import type { Gap, GapAcceptance, GapRule, GapSeverity } from '../../../src/model/gaps';
import type { JourneyMap } from '../../../src/model/journey';
import { gapCardTitles } from './gapList';

/** Columns of the gap report's full list, in the order the table and the exported file show them. */
export const GAP_REPORT_COLUMNS = ['severity', 'rule', 'stage', 'explanation', 'cards', 'accepted', 'reason', 'acceptedBy', 'acceptedAt'] as const;
export type GapReportColumn = (typeof GAP_REPORT_COLUMNS)[number];

/** The texts of a report in the UI language. */
export interface GapReportLabels {
  header(column: GapReportColumn): string;
  severity(severity: GapSeverity): string;
  rule(rule: GapRule): string;
  stage(gap: Gap): string;
  explanation(gap: Gap): string;
  yes: string;
  no: string;
  when(iso: string): string;
}

type Cell = TableExport['rows'][number][number];

function cellOf(map: JourneyMap, gap: Gap, acceptance: GapAcceptance | null, column: GapReportColumn, labels: GapReportLabels): Cell {
  switch (column) {
    case 'severity':
      return labels.severity(gap.severity);
    case 'rule':
      return labels.rule(gap.rule);
    case 'stage':
      return labels.stage(gap);
    case 'explanation':
      return labels.explanation(gap);
    case 'cards':
      return gapCardTitles(map, gap).join(', ') || null;
    case 'accepted':
      return acceptance ? labels.yes : labels.no;
    case 'reason':
      return acceptance?.reason ?? null;
    case 'acceptedBy':
      return acceptance ? acceptance.acceptedBy || null : null;
    case 'acceptedAt':
      return acceptance ? labels.when(acceptance.acceptedAt) : null;
  }
}

/** The report's full list as the translated headers and rows of a CSV / XLSX export, one row per gap, accepted ones included. */
export function gapReportTable(
  map: JourneyMap,
  entries: readonly { gap: Gap; acceptance: GapAcceptance | null }[],
  labels: GapReportLabels,
): Pick<TableExport, 'columns' | 'rows'> {
  return {
    columns: GAP_REPORT_COLUMNS.map((column) => labels.header(column)),
    rows: entries.map(({ gap, acceptance }) => GAP_REPORT_COLUMNS.map((column) => cellOf(map, gap, acceptance, column, labels))),
  };
}
