import { ExportOutlined } from '@ant-design/icons';
import { Button, Select, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { Effort, Frequency, PainStatus } from '../../../src/model/annotations';
import type { CatalogNames, PainColumn, PainPointRow, SortOrder } from '../../../src/painPoints/collect';
import type { PainPatch } from '../../../src/painPoints/edits';
import { CommitAutoComplete } from './CommitAutoComplete';
import { formatTimestamp, type usePainOptions } from './painLabels';
import { PriorityScore } from './PriorityScore';
import { SeverityLabel, SeverityTag } from './SeverityTag';

/** Filter value meaning "none set" (no owner, no evidence level, not rated). */
export const NONE_KEY = '__none__';

export interface ColumnContext {
  t: TFunction<'pain'>;
  language: string;
  names: CatalogNames;
  options: ReturnType<typeof usePainOptions>;
  /** Filter menus of the filterable columns. */
  filters: Partial<Record<PainColumn, { text: string; value: string | number }[]>>;
  filtered: Partial<Record<PainColumn, (string | number)[] | null>>;
  sort: { column: PainColumn; order: SortOrder };
  owners: string[];
  withMap: boolean;
  edit(row: PainPointRow, patch: PainPatch): void;
  open(row: PainPointRow): void;
  /** Shows the row's card in the inspector (map scope only). */
  select?(row: PainPointRow): void;
}

const tags = (values: string[]) =>
  values.length === 0 ? null : (
    <Space size={[0, 4]} wrap>
      {values.map((v) => (
        <Tag key={v}>{v}</Tag>
      ))}
    </Space>
  );

// Inline editors: compact, borderless until hovered, keyboard-operable like any antd Select.
const inline = { size: 'small', variant: 'borderless', popupMatchSelectWidth: false } as const;

/** The table's columns; sorting and filtering are done by src/painPoints (the table only reports what the user chose). */
export function painColumns(c: ColumnContext): ColumnsType<PainPointRow> {
  const { t } = c;
  const column = (key: PainColumn, width: number, render: (row: PainPointRow) => React.ReactNode) => ({
    key,
    dataIndex: key,
    title: t(`columns.${key}`),
    width,
    sorter: true,
    sortOrder: c.sort.column === key ? c.sort.order : null,
    sortDirections: ['descend', 'ascend', 'descend'] as SortOrder[],
    filters: c.filters[key],
    filteredValue: c.filtered[key] ?? null,
    filterSearch: (c.filters[key]?.length ?? 0) > 8,
    render: (_: unknown, row: PainPointRow) => render(row),
  });
  const all = [
    column('title', 200, (row) =>
      c.select ? (
        <Typography.Link data-testid="pain-row-title" title={t('table.showInInspector')} onClick={() => c.select?.(row)}>
          {row.card.title}
        </Typography.Link>
      ) : (
        <span data-testid="pain-row-title">{row.card.title}</span>
      ),
    ),
    ...(c.withMap ? [column('map', 120, (row) => row.mapName)] : []),
    column('stages', 110, (row) => row.stageNames.join(', ')),
    column('severity', 96, (row) => (
      <Select<number | null>
        {...inline}
        aria-label={t('columns.severity')}
        data-testid="inline-severity"
        allowClear
        placeholder={<SeverityTag severity={undefined} />}
        value={row.pain.severity ?? null}
        labelRender={({ value }) => <SeverityTag severity={Number(value)} />}
        options={c.options.severity.map((o) => ({ value: o.value, title: o.label, label: <SeverityLabel severity={o.value} /> }))}
        onChange={(severity) => c.edit(row, { severity: severity ?? null })}
      />
    )),
    column('frequency', 116, (row) => (
      <Select<Frequency | null>
        {...inline}
        aria-label={t('columns.frequency')}
        allowClear
        placeholder={t('table.unrated')}
        value={row.pain.frequency ?? null}
        options={c.options.frequency}
        onChange={(frequency) => c.edit(row, { frequency: frequency ?? null })}
      />
    )),
    column('reach', 84, (row) => (row.pain.reach === undefined ? null : `${row.pain.reach} %`)),
    column('effort', 84, (row) => (
      <Select<Effort | null>
        {...inline}
        aria-label={t('columns.effort')}
        allowClear
        placeholder={t('table.unrated')}
        value={row.pain.effort ?? null}
        options={c.options.effort}
        onChange={(effort) => c.edit(row, { effort: effort ?? null })}
      />
    )),
    column('priority', 96, (row) => <PriorityScore priority={row.priority} rank={row.rank} />),
    column('status', 124, (row) => (
      <Select<PainStatus>
        {...inline}
        aria-label={t('columns.status')}
        data-testid="inline-status"
        value={row.status}
        options={c.options.status}
        onChange={(status) => c.edit(row, { status })}
      />
    )),
    column('owner', 130, (row) => (
      <CommitAutoComplete
        ariaLabel={t('columns.owner')}
        value={row.pain.owner ?? ''}
        maxLength={200}
        placeholder={t('table.noOwner')}
        options={c.owners.map((o) => ({ value: o }))}
        onCommit={(owner) => c.edit(row, { owner })}
      />
    )),
    column('evidence', 104, (row) => (row.pain.evidence ? <Tag variant={row.pain.evidence === 'observed' ? 'filled' : 'outlined'}>{t(`evidence.${row.pain.evidence}`)}</Tag> : null)),
    column('personas', 120, (row) => tags((row.card.personaIds ?? []).map(c.names.persona))),
    column('segments', 120, (row) => tags((row.card.segmentIds ?? []).map(c.names.segment))),
    column('tags', 120, (row) => tags(row.pain.tags ?? [])),
    column('opportunities', 160, (row) => tags(row.opportunities.map((o) => o.title))),
    column('updated', 140, (row) => formatTimestamp(row.pain.updatedAt, c.language)),
  ];
  return [
    ...all,
    {
      key: 'actions',
      title: t('table.actions'),
      width: 70,
      fixed: 'right',
      render: (_: unknown, row: PainPointRow) => (
        <Tooltip title={t('table.openInCanvas')}>
          <Button size="small" type="text" icon={<ExportOutlined />} aria-label={`${t('table.openInCanvas')}: ${row.card.title}`} onClick={() => c.open(row)} />
        </Tooltip>
      ),
    },
  ];
}
