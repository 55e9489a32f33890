import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Popover, Radio, Select, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDateValue, parseDurationValue } from '../../../src/import/timeValues';
import { BUILTIN_SEGMENTS, segmentLabel } from '../../../src/metrics/segments';
import { parseNumberValue } from '../../../src/import/values';
import { describeError, toDescribableError } from '../../i18n/describeError';
import { columnLetter } from './FileStep';
import { FixedPeriodField } from './FixedPeriodField';
import { useMetricNames } from './importFormat';
import { distinctValues, headersOf, useImportWizardStore } from './importWizardStore';
import { rolesFor, type ColumnDraft, type MappingDraft, type TargetKind } from './mappingDraft';

const CUSTOM = 'custom';
const TARGET_KINDS: TargetKind[] = ['channel', 'stage', 'card', 'utm', 'map'];
/** Segments a metric column can be filed under besides the row's: the built-in visitor segments and the devices headers name. */
const DEVICE_SEGMENTS = ['mobile', 'desktop'] as const;

/** The segment of one metric column: the row's (''), a built-in visitor segment or a device; one the preset names otherwise is kept. */
function SegmentSelect({ row, onChange }: { row: ColumnRow; onChange: (segment: string | undefined) => void }) {
  const { t, i18n } = useTranslation('import');
  const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const current = row.column.segment ?? '';
  const known: string[] = ['', ...BUILTIN_SEGMENTS, ...DEVICE_SEGMENTS];
  const label = (segment: string) =>
    segment === ''
      ? t('mapping.segmentFromRow')
      : (DEVICE_SEGMENTS as readonly string[]).includes(segment)
        ? t(`mapping.segmentDevice.${segment}`)
        : segmentLabel(segment, language);
  return (
    <Select<string>
      aria-label={t('mapping.segmentFor', { header: row.header })}
      data-testid="import-column-segment"
      style={{ width: 180 }}
      value={current}
      onChange={(segment) => onChange(segment === '' ? undefined : segment)}
      options={[...known, ...(known.includes(current) ? [] : [current])].map((segment) => ({ value: segment, label: label(segment) }))}
    />
  );
}

type ColumnRow = { key: number; header: string; samples: string[]; column: ColumnDraft };

/** How the importer reads a sample cell in this role: "1,234 → 1234", "12.5% → 0.125", or why it cannot. */
function explainSample(raw: string, column: ColumnDraft, dayFirst: boolean): { text: string; refused: boolean } {
  const parsed =
    column.role === 'period' || column.role === 'timestamp'
      ? parseDateValue(raw, { dayFirst })
      : column.role === 'metric' && column.metric === 'dwellTime'
        ? parseDurationValue(raw)
        : column.role === 'metric' || column.role === 'value'
          ? parseNumberValue(raw)
          : null;
  if (!parsed || parsed.kind === 'missing') return { text: raw, refused: false };
  if (parsed.kind === 'invalid') return { text: `${raw} ✗`, refused: true };
  const value = 'date' in parsed ? parsed.date : 'seconds' in parsed ? `${parsed.seconds} s` : String(parsed.value);
  return { text: value === raw ? raw : `${raw} → ${value}`, refused: false };
}

function Samples({ row, dayFirst }: { row: ColumnRow; dayFirst: boolean }) {
  return (
    <span className="import-samples">
      {row.samples.map((raw) => {
        const { text, refused } = explainSample(raw, row.column, dayFirst);
        return (
          <Typography.Text key={raw} type={refused ? 'danger' : 'secondary'} className="import-sample">
            {text}
          </Typography.Text>
        );
      })}
    </span>
  );
}

function SavePreset() {
  const { t } = useTranslation('import');
  const { message } = App.useApp();
  const presetName = useImportWizardStore((s) => s.presets.find((p) => p.id === s.presetId)?.name ?? '');
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (name.trim() === '') return;
    setSaving(true);
    try {
      await useImportWizardStore.getState().savePreset(name.trim());
      void message.success(t('mapping.presetSaved', { name: name.trim() }));
      setOpen(false);
    } catch (thrown) {
      const error = toDescribableError(thrown);
      if (error.code !== 'INTERNAL') void message.error(describeError(t, error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setName(presetName);
      }}
      trigger="click"
      title={t('mapping.savePresetTitle')}
      content={
        <Space.Compact>
          <Input
            autoFocus
            aria-label={t('mapping.presetName')}
            placeholder={t('mapping.presetName')}
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            onPressEnter={(e) => {
              e.stopPropagation();
              void save();
            }}
          />
          <Button type="primary" loading={saving} disabled={name.trim() === ''} onClick={() => void save()}>
            {t('mapping.savePresetButton')}
          </Button>
        </Space.Compact>
      }
    >
      <Button icon={<SaveOutlined />}>{t('mapping.savePreset')}</Button>
    </Popover>
  );
}

function LongNames({ draft }: { draft: MappingDraft }) {
  const { t } = useTranslation('import');
  const { options } = useMetricNames();
  const entries = Object.entries(draft.names);
  if (entries.length === 0) return null;
  return (
    <Table<{ key: string; name: string; metric: string }>
      data-testid="import-long-names"
      size="small"
      pagination={false}
      title={() => t('mapping.namesTitle')}
      dataSource={entries.map(([name, metric]) => ({ key: name, name, metric }))}
      columns={[
        { title: t('mapping.nameInFile'), dataIndex: 'name' },
        {
          title: t('mapping.metric'),
          key: 'metric',
          render: (_, row) => (
            <Select<string>
              aria-label={t('mapping.metricFor', { name: row.name })}
              style={{ width: 260 }}
              showSearch
              optionFilterProp="label"
              value={row.metric}
              onChange={(metric) => useImportWizardStore.getState().updateDraft({ names: { ...draft.names, [row.name]: metric } })}
              options={[{ value: '', label: t('mapping.leaveOut') }, ...options]}
            />
          ),
        },
      ]}
    />
  );
}

function RoleCell({ row, draft }: { row: ColumnRow; draft: MappingDraft }) {
  const { t } = useTranslation('import');
  const { options } = useMetricNames();
  const roles = rolesFor(draft);
  const { column } = row;
  const known = options.some((o) => o.value === column.metric);
  const value = column.role === 'metric' ? (known ? `metric:${column.metric}` : CUSTOM) : roles.includes(column.role) ? column.role : 'ignore';
  const setColumn = (next: ColumnDraft) => {
    const columns = draft.columns.slice();
    columns[row.key] = next;
    useImportWizardStore.getState().updateDraft({ columns });
  };
  const roleOptions = roles.filter((r) => r !== 'metric').map((r) => ({ value: r, label: t(`roles.${r}`, { target: t(`targetKinds.${draft.targetKind}`) }) }));
  return (
    <Space>
      <Select<string>
        aria-label={t('mapping.roleFor', { header: row.header })}
        data-testid="import-role"
        style={{ width: 280 }}
        showSearch
        optionFilterProp="label"
        value={value}
        onChange={(next) => {
          // Another metric keeps the column's segment (新访客数 read as visits instead of visitors is still new visitors).
          const segment = column.role === 'metric' && column.segment !== undefined ? { segment: column.segment } : {};
          if (next === CUSTOM) setColumn({ role: 'metric', metric: column.role === 'metric' && !known ? column.metric : `custom_${row.key + 1}`, ...segment });
          else if (next.startsWith('metric:')) setColumn({ role: 'metric', metric: next.slice('metric:'.length), ...segment });
          else setColumn({ role: next as ColumnDraft['role'], metric: '' });
        }}
        options={
          roles.includes('metric')
            ? [
                { label: t('mapping.rolesGroup'), options: roleOptions },
                {
                  label: t('mapping.metricsGroup'),
                  options: [...options.map((o) => ({ value: `metric:${o.value}`, label: o.label })), { value: CUSTOM, label: t('mapping.customMetric') }],
                },
              ]
            : roleOptions
        }
      />
      {value === CUSTOM && (
        <Input
          aria-label={t('mapping.customKey', { header: row.header })}
          style={{ width: 160 }}
          value={column.metric}
          onChange={(e) => setColumn({ ...column, role: 'metric', metric: e.target.value })}
        />
      )}
      {column.role === 'metric' && draft.layout === 'wide' && (
        <SegmentSelect
          row={row}
          onChange={(segment) => setColumn({ role: 'metric', metric: column.metric, ...(segment === undefined ? {} : { segment }) })}
        />
      )}
    </Space>
  );
}

/** Step 2: what each column holds, and how the file is laid out. */
export function MappingStep() {
  const { t } = useTranslation('import');
  const inspection = useImportWizardStore((s) => s.inspection);
  const draft = useImportWizardStore((s) => s.draft);
  const draftProblem = useImportWizardStore((s) => s.draftProblem);
  if (!inspection || !draft) return null;
  const headers = headersOf(inspection, draft.headerRow);
  const update = (change: Partial<MappingDraft>) => useImportWizardStore.getState().updateDraft(change);
  const rows: ColumnRow[] = headers.map((header, key) => ({
    key,
    header,
    samples: distinctValues(inspection, draft.headerRow, key).slice(0, 3),
    column: draft.columns[key] ?? { role: 'ignore', metric: '' },
  }));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Form layout="inline">
        <Form.Item label={t('mapping.kind')}>
          <Radio.Group
            optionType="button"
            value={draft.kind}
            onChange={(e) => update({ kind: e.target.value as MappingDraft['kind'] })}
            options={[
              { value: 'metrics', label: t('mapping.kindMetrics') },
              { value: 'transitions', label: t('mapping.kindTransitions') },
            ]}
          />
        </Form.Item>
        {draft.kind === 'metrics' && (
          <>
            <Form.Item label={t('mapping.layout')}>
              <Radio.Group
                optionType="button"
                value={draft.layout}
                onChange={(e) => update({ layout: e.target.value as MappingDraft['layout'] })}
                options={[
                  { value: 'wide', label: t('mapping.layoutWide') },
                  { value: 'long', label: t('mapping.layoutLong') },
                ]}
              />
            </Form.Item>
            <Form.Item label={t('mapping.targetKind')}>
              <Select<TargetKind>
                aria-label={t('mapping.targetKind')}
                data-testid="import-target-kind"
                style={{ width: 180 }}
                value={draft.targetKind}
                onChange={(targetKind) => update({ targetKind })}
                options={TARGET_KINDS.map((k) => ({ value: k, label: t(`targetKinds.${k}`) }))}
              />
            </Form.Item>
          </>
        )}
        <Form.Item label={t('mapping.dayFirst')} tooltip={t('mapping.dayFirstHelp')}>
          <Switch aria-label={t('mapping.dayFirst')} checked={draft.dayFirst} onChange={(dayFirst) => update({ dayFirst })} />
        </Form.Item>
        <Form.Item label={t('mapping.skipTotals')}>
          <Switch aria-label={t('mapping.skipTotals')} checked={draft.skipTotals} onChange={(skipTotals) => update({ skipTotals })} />
        </Form.Item>
        {draft.kind === 'metrics' && !draft.columns.some((c) => c.role === 'period') && <FixedPeriodField draft={draft} />}
      </Form>
      {draftProblem && (
        <Alert type="error" showIcon data-testid="import-mapping-problem" message={t(draftProblem.problem, { detail: draftProblem.detail ?? '' })} />
      )}
      <Table<ColumnRow>
        data-testid="import-columns"
        size="small"
        pagination={false}
        scroll={{ y: 360 }}
        dataSource={rows}
        columns={[
          { title: '', key: 'letter', width: 48, render: (_, row) => columnLetter(row.key) },
          { title: t('mapping.header'), dataIndex: 'header', width: 180, ellipsis: true },
          {
            title: t('mapping.samples'),
            key: 'samples',
            render: (_, row) => <Samples row={row} dayFirst={draft.dayFirst} />,
          },
          { title: t('mapping.role'), key: 'role', width: 640, render: (_, row) => <RoleCell row={row} draft={draft} /> },
        ]}
        onRow={(row) => ({ 'data-column': columnLetter(row.key) }) as React.HTMLAttributes<HTMLElement>}
      />
      {draft.kind === 'metrics' && draft.layout === 'long' && <LongNames draft={draft} />}
      <SavePreset />
    </Space>
  );
}
