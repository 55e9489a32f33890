import './painPoints.css';
import { Button, Empty, Table, Typography } from 'antd';
import type { FilterValue, SorterResult } from 'antd/es/table/interface';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Command } from '../../../src/commands/schemas';
import {
  filterPainPoints,
  NONE,
  painFacets,
  sortPainPoints,
  UNRATED,
  type PainColumn,
  type PainPointFilter,
  type PainPointRow,
  type SortOrder,
} from '../../../src/painPoints/collect';
import { painEditCommands, type PainPatch } from '../../../src/painPoints/edits';
import { currentLanguage } from '../../i18n';
import { useCatalogStore } from '../../store/catalogStore';
import { BulkEditBar } from './BulkEditBar';
import { ExportButtons } from './ExportButtons';
import { nowIso } from './painEdits';
import { useCatalogNames, usePainOptions } from './painLabels';
import { NONE_KEY, painColumns } from './painTableColumns';

/** Edits grouped by the map they apply to (the project-wide table spans several maps). */
export type CommandsByMap = Map<string, Command[]>;

export interface PainTableProps {
  /** Every pain point in scope, ranked; the table filters and sorts them. */
  rows: PainPointRow[];
  /** Stages to filter by (in the project-wide table, labelled with their map). */
  stages: { id: string; label: string }[];
  /** Maps to filter by; given only in the project-wide table, which then shows a Map column. */
  maps?: { id: string; name: string }[];
  /** Applies edits (one batch per map). */
  apply(edits: CommandsByMap): void;
  open(row: PainPointRow): void;
  /** Shows the row's card in the inspector (map scope only). */
  select?(row: PainPointRow): void;
  /** Buttons shown before the export buttons (e.g. "Add pain point"). */
  actions?: ReactNode;
  exportName: string;
}

type Filters = Partial<Record<PainColumn, (string | number)[] | null>>;

const fromKey = (value: string | number): string => (value === NONE_KEY ? NONE : String(value));

/** The table's filter choices as a PainPointFilter. */
function toPainFilter(f: Filters): PainPointFilter {
  const strings = (key: PainColumn) => (f[key] ?? []).map(fromKey);
  return {
    mapIds: strings('map'),
    stageIds: strings('stages'),
    personaIds: strings('personas'),
    segmentIds: strings('segments'),
    severities: (f.severity ?? []).map(Number),
    statuses: strings('status') as PainPointFilter['statuses'],
    owners: strings('owner'),
    tags: strings('tags'),
    evidence: strings('evidence') as PainPointFilter['evidence'],
  };
}

const groupByMap = (rows: readonly PainPointRow[], patch: PainPatch, now: string): CommandsByMap => {
  const edits: CommandsByMap = new Map();
  for (const row of rows) {
    const commands = painEditCommands([row.card], patch, now);
    if (commands.length > 0) edits.set(row.mapId, [...(edits.get(row.mapId) ?? []), ...commands]);
  }
  return edits;
};

/** The pain-point table shared by the map editor and the project view: sort, filter, inline and bulk edit, open, export. */
export function PainTable({ rows, stages, maps, apply, open, select, actions, exportName }: PainTableProps) {
  const { t } = useTranslation('pain');
  const options = usePainOptions();
  const names = useCatalogNames();
  const catalog = useCatalogStore((s) => s.catalog);
  const [filtered, setFiltered] = useState<Filters>({});
  const [sort, setSort] = useState<{ column: PainColumn; order: SortOrder }>({ column: 'priority', order: 'descend' });
  const [selectedKeys, setSelectedKeys] = useState<string[]>([]);
  const facets = useMemo(() => painFacets(rows), [rows]);

  const shown = useMemo(() => sortPainPoints(filterPainPoints(rows, toPainFilter(filtered)), sort.column, sort.order, names), [rows, filtered, sort, names]);
  const selected = rows.filter((row) => selectedKeys.includes(row.key));
  const edit = (targets: readonly PainPointRow[], patch: PainPatch) => {
    const edits = groupByMap(targets, patch, nowIso());
    if (edits.size > 0) apply(edits);
  };

  const none = { text: t('evidence.none'), value: NONE_KEY };
  const columns = painColumns({
    t,
    language: currentLanguage(),
    names,
    options,
    filtered,
    sort,
    owners: facets.owners,
    withMap: maps !== undefined,
    edit: (row, patch) => edit([row], patch),
    open,
    select,
    filters: {
      map: maps?.map((m) => ({ text: m.name, value: m.id })),
      stages: stages.map((s) => ({ text: s.label, value: s.id })),
      severity: [...options.severity.map((o) => ({ text: o.label, value: o.value })), { text: t('table.unrated'), value: UNRATED }],
      status: options.status.map((o) => ({ text: o.label, value: o.value })),
      owner: [...facets.owners.map((o) => ({ text: o, value: o })), { text: t('table.noOwner'), value: NONE_KEY }],
      evidence: [...options.evidence.map((o) => ({ text: o.label, value: o.value })), none],
      personas: (catalog?.personas ?? []).map((p) => ({ text: p.name, value: p.id })),
      segments: (catalog?.segments ?? []).map((s) => ({ text: s.name, value: s.id })),
      tags: facets.tags.map((tag) => ({ text: tag, value: tag })),
    },
  });
  const anyFilter = Object.values(filtered).some((v) => v && v.length > 0);

  return (
    <div
      className="jc-pain-table"
      data-testid="pain-table"
      // Keys typed in the table's fields belong to them, not to the canvas shortcuts; Ctrl/Cmd ones still reach the editor.
      onKeyDown={(e) => !e.ctrlKey && !e.metaKey && e.stopPropagation()}
    >
      <div className="jc-pain-table__bar">
        <Typography.Text data-testid="pain-table-count">{t('table.count', { shown: shown.length, total: rows.length })}</Typography.Text>
        {anyFilter && (
          <Button size="small" onClick={() => setFiltered({})}>
            {t('table.clearFilters')}
          </Button>
        )}
        <div className="jc-pain-table__spacer" />
        {actions}
        <ExportButtons rows={shown} withMap={maps !== undefined} fileName={exportName} />
      </div>
      {selected.length > 0 && <BulkEditBar count={selected.length} owners={facets.owners} onEdit={(patch) => edit(selected, patch)} onClear={() => setSelectedKeys([])} />}
      <Table<PainPointRow>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={shown}
        sticky
        scroll={{ x: 'max-content' }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, hideOnSinglePage: true }}
        rowSelection={{ selectedRowKeys: selectedKeys, onChange: (keys) => setSelectedKeys(keys.map(String)), preserveSelectedRowKeys: false }}
        locale={{ emptyText: <Empty description={rows.length === 0 ? t('table.empty') : t('table.emptyFiltered')} /> }}
        onChange={(_pagination, filters: Record<string, FilterValue | null>, sorter: SorterResult<PainPointRow> | SorterResult<PainPointRow>[]) => {
          setFiltered(filters as Filters);
          const one = Array.isArray(sorter) ? sorter[0] : sorter;
          // antd cycles descend -> ascend -> off; "off" falls back to the ranking by priority.
          if (one?.columnKey && one.order) setSort({ column: one.columnKey as PainColumn, order: one.order });
          else setSort({ column: 'priority', order: 'descend' });
        }}
      />
    </div>
  );
}
