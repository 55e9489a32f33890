import type { ReactNode } from 'react';

export interface PrintColumn<Row> {
  key: string;
  header: string;
  cell(row: Row): ReactNode;
  /** Right-aligned, kept on one line. */
  numeric?: boolean;
}

interface PrintTableProps<Row> {
  columns: readonly PrintColumn<Row>[];
  rows: readonly Row[];
  rowKey(row: Row, index: number): string;
  /** As wide as its content (a short summary), not the whole page. */
  compact?: boolean;
  testId?: string;
}

/**
 * A table for paper: its header repeats on every page (thead as a
 * table-header-group) and no row is split across two pages (print.css).
 */
export function PrintTable<Row>({ columns, rows, rowKey, compact, testId }: PrintTableProps<Row>) {
  return (
    <table className={compact ? 'print-table print-table--compact' : 'print-table'} data-testid={testId}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key}>{column.header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)}>
            {columns.map((column) => (
              <td key={column.key} className={column.numeric ? 'print-table__number' : undefined}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A coloured dot before a value, the value itself always in words or numbers (colour is never the only cue). */
export function Dot({ color }: { color: string | undefined }) {
  return color ? <span className="print-dot" style={{ background: color }} /> : null;
}
