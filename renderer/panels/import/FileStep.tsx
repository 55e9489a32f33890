import { Alert, Descriptions, InputNumber, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportInspection } from '../../../src/api/contract';
import { TEXT_ENCODINGS, type TextEncoding } from '../../../src/import/decode';
import { formatBytes } from './importFormat';
import { useImportWizardStore } from './importWizardStore';

const PREVIEW_ROWS = 30;
const AUTO = 'auto';

function EncodingSelect({ inspection }: { inspection: ImportInspection }) {
  const { t } = useTranslation('import');
  const read = useImportWizardStore((s) => s.read);
  const encoding = inspection.encoding;
  if (!encoding) return null;
  const name = (e: TextEncoding) => t(`encodings.${e}`);
  return (
    <Space wrap>
      <Select<string>
        aria-label={t('file.encoding')}
        data-testid="import-encoding"
        style={{ minWidth: 240 }}
        value={read.encoding ?? AUTO}
        onChange={(value) => {
          const { sheet } = read;
          void useImportWizardStore.getState().setRead({ ...(sheet === undefined ? {} : { sheet }), ...(value === AUTO ? {} : { encoding: value as TextEncoding }) });
        }}
        options={[
          { value: AUTO, label: t('file.encodingAuto', { name: name(encoding.detected) }) },
          ...TEXT_ENCODINGS.map((e) => ({ value: e, label: name(e) })),
        ]}
      />
      <Typography.Text type="secondary" data-testid="import-encoding-evidence">
        {encoding.evidence === 'chosen'
          ? t('file.encodingDetectedPlain', { name: name(encoding.detected) })
          : t('file.encodingDetected', { name: name(encoding.detected), why: t(`evidence.${encoding.evidence}`) })}
      </Typography.Text>
      {encoding.replaced > 0 && <Tag color="warning">{t('file.replaced', { count: encoding.replaced })}</Tag>}
    </Space>
  );
}

type PreviewRow = { key: number; cells: ImportInspection['rows'][number] };

/** Step 1: what the file is, how it is read, and its first rows with the header row, titles and totals marked. */
export function FileStep() {
  const { t } = useTranslation('import');
  const inspection = useImportWizardStore((s) => s.inspection);
  const inspecting = useImportWizardStore((s) => s.inspecting);
  const draft = useImportWizardStore((s) => s.draft);
  const presets = useImportWizardStore((s) => s.presets);
  const presetId = useImportWizardStore((s) => s.presetId);
  const read = useImportWizardStore((s) => s.read);

  const width = inspection ? Math.max(1, ...inspection.rows.slice(0, PREVIEW_ROWS).map((r) => r.length)) : 0;
  const headerRow = draft?.headerRow ?? 0;
  const totals = useMemo(() => new Set(inspection?.totalsRows ?? []), [inspection]);

  if (!inspection) return <Spin spinning={inspecting}><div style={{ minHeight: 200 }} /></Spin>;

  const columns = [
    { title: '#', key: 'n', width: 56, render: (_: unknown, row: PreviewRow) => row.key + 1 },
    ...Array.from({ length: width }, (_, c) => ({
      title: columnLetter(c),
      key: String(c),
      ellipsis: true,
      render: (_: unknown, row: PreviewRow) => {
        const cell = row.cells[c];
        return cell === null || cell === undefined ? '' : String(cell);
      },
    })),
    {
      title: '',
      key: 'flag',
      width: 120,
      render: (_: unknown, row: PreviewRow) =>
        row.key === headerRow ? (
          <Tag color="blue">{t('file.headerTag')}</Tag>
        ) : row.key < headerRow ? (
          <Tag>{t('file.titleTag')}</Tag>
        ) : totals.has(row.key + 1) ? (
          <Tag color="orange">{t('file.totalsTag')}</Tag>
        ) : null,
    },
  ];
  const rows: PreviewRow[] = inspection.rows.slice(0, PREVIEW_ROWS).map((cells, key) => ({ key, cells }));

  return (
    <Spin spinning={inspecting}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions size="small" column={3} bordered>
          <Descriptions.Item label={t('file.name')} span={3}>
            <Typography.Text data-testid="import-file-path" copyable={{ text: inspection.path }}>
              {inspection.path}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('file.format')}>{inspection.format.toUpperCase()}</Descriptions.Item>
          <Descriptions.Item label={t('file.size')}>{formatBytes(inspection.size)}</Descriptions.Item>
          <Descriptions.Item label={t('file.rows')}>{t('file.rowsAbout', { count: inspection.totalRows })}</Descriptions.Item>
        </Descriptions>
        <Space wrap size="large" align="center">
          {presets.length > 0 && (
            <Space>
              <Typography.Text>{t('file.preset')}</Typography.Text>
              <Select<string>
                aria-label={t('file.preset')}
                data-testid="import-preset"
                style={{ minWidth: 200 }}
                allowClear
                placeholder={t('file.noPreset')}
                value={presetId ?? undefined}
                onChange={(value) => void useImportWizardStore.getState().applyPreset(value ?? null)}
                options={presets.map((p) => ({ value: p.id, label: p.name }))}
              />
            </Space>
          )}
          {inspection.encoding && <EncodingSelect inspection={inspection} />}
          {inspection.sheets.length > 0 && (
            <Space>
              <Typography.Text>{t('file.sheet')}</Typography.Text>
              <Select<string>
                aria-label={t('file.sheet')}
                data-testid="import-sheet"
                style={{ minWidth: 160 }}
                value={inspection.sheet ?? inspection.sheets[0]}
                onChange={(sheet) => void useImportWizardStore.getState().setRead({ ...read, sheet })}
                options={inspection.sheets.map((s) => ({ value: s, label: s }))}
              />
            </Space>
          )}
          <Space>
            <Typography.Text>{t('file.headerRow')}</Typography.Text>
            <InputNumber
              aria-label={t('file.headerRow')}
              data-testid="import-header-row"
              min={1}
              max={Math.max(1, inspection.rows.length)}
              value={headerRow + 1}
              onChange={(value) => {
                if (typeof value === 'number') useImportWizardStore.getState().setHeaderRow(value - 1);
              }}
            />
            {inspection.headerRow !== null && (
              <Typography.Text type="secondary">{t('file.headerDetected', { row: inspection.headerRow + 1 })}</Typography.Text>
            )}
          </Space>
        </Space>
        {inspection.totalsRows.length > 0 && (
          <Alert
            type="info"
            showIcon
            data-testid="import-totals-notice"
            message={t('file.totalsNotice', { rows: inspection.totalsRows.join(', '), count: inspection.totalsRows.length })}
          />
        )}
        <Typography.Text type="secondary">{t('file.clickHeader')}</Typography.Text>
        <Table<PreviewRow>
          data-testid="import-preview"
          className="import-preview"
          size="small"
          bordered
          pagination={false}
          scroll={{ x: 'max-content', y: 300 }}
          columns={columns}
          dataSource={rows}
          rowClassName={(row) =>
            row.key === headerRow ? 'import-preview__header' : row.key < headerRow ? 'import-preview__title' : totals.has(row.key + 1) ? 'import-preview__totals' : ''
          }
          onRow={(row) => ({ onClick: () => useImportWizardStore.getState().setHeaderRow(row.key), 'data-row': row.key + 1 }) as React.HTMLAttributes<HTMLElement>}
        />
      </Space>
    </Spin>
  );
}

/** Spreadsheet column letter of a 0-based index ("A", "Z", "AA"). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
