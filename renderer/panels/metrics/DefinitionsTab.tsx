import { DeleteOutlined, EditOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricDefinition } from '../../../src/model/metrics';
import { BUILTIN_DEFINITIONS, formatMetricValue } from '../../../src/metrics/definitions';
import { api } from '../../api/client';
import { describeError, toDescribableError } from '../../i18n/describeError';
import { useMetricsStore } from '../../store/metricsStore';
import { DefinitionForm } from './DefinitionForm';
import { displayName, metricLanguage } from './metricFormat';

const builtinOf = (key: string) => BUILTIN_DEFINITIONS.find((d) => d.key === key);
const sameDefinition = (a: MetricDefinition, b: MetricDefinition) =>
  JSON.stringify(Object.entries(a).sort(([x], [y]) => (x < y ? -1 : 1))) === JSON.stringify(Object.entries(b).sort(([x], [y]) => (x < y ? -1 : 1)));

/** Every metric definition of the project: add custom metrics, change thresholds, put a built-in back. */
export function DefinitionsTab() {
  const { t } = useTranslation('metrics');
  const { message } = App.useApp();
  const language = metricLanguage();
  const projectId = useMetricsStore((s) => s.projectId);
  const definitions = useMetricsStore((s) => s.data?.definitions ?? BUILTIN_DEFINITIONS);
  const [editing, setEditing] = useState<MetricDefinition | 'new' | null>(null);
  const [saving, setSaving] = useState(false);

  const run = async (call: () => Promise<unknown>): Promise<boolean> => {
    setSaving(true);
    try {
      await call();
      await useMetricsStore.getState().refresh();
      return true;
    } catch (thrown) {
      void message.error(t('definitions.saveFailed', { message: describeError(t, toDescribableError(thrown)) }));
      return false;
    } finally {
      setSaving(false);
    }
  };
  const save = async (definition: MetricDefinition) => {
    if (projectId === null) return;
    if (await run(() => api.invoke('metrics.saveDefinition', { projectId, definition }))) setEditing(null);
  };
  const remove = (key: string) => projectId !== null && void run(() => api.invoke('metrics.deleteDefinition', { projectId, key }));
  const threshold = (value: number | undefined, d: MetricDefinition) => (value === undefined ? t('definitions.none') : formatMetricValue(value, d, language));

  return (
    <div data-testid="definitions-tab">
      <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')} style={{ marginBottom: 8 }}>
        {t('definitions.add')}
      </Button>
      <Table<MetricDefinition>
        size="small"
        rowKey="key"
        pagination={false}
        scroll={{ x: 710 }}
        dataSource={definitions}
        onRow={(d) => ({ 'data-testid': 'definition-row', 'data-key': d.key }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'name',
            title: t('definitions.name'),
            fixed: 'left',
            width: 120,
            render: (_, d) => {
              const builtin = builtinOf(d.key);
              return (
                <>
                  {displayName(d, d.key, language)}{' '}
                  {!builtin ? <Tag color="blue">{t('definitions.customTag')}</Tag> : !sameDefinition(builtin, d) ? <Tag color="gold">{t('definitions.changedTag')}</Tag> : null}
                </>
              );
            },
          },
          { key: 'unit', title: t('definitions.unit'), width: 70, render: (_, d) => t(`definitions.units.${d.unit}`) },
          { key: 'aggregation', title: t('definitions.aggregation'), width: 90, render: (_, d) => t(`definitions.aggregations.${d.aggregation}`) },
          { key: 'direction', title: t('definitions.direction'), width: 80, render: (_, d) => t(`definitions.directions.${d.direction}`) },
          { key: 'target', title: t('definitions.target'), width: 70, align: 'right', render: (_, d) => threshold(d.target, d) },
          { key: 'amber', title: t('definitions.amber'), width: 70, align: 'right', render: (_, d) => threshold(d.amber, d) },
          { key: 'red', title: t('definitions.red'), width: 70, align: 'right', render: (_, d) => threshold(d.red, d) },
          { key: 'goals', title: t('definitions.goalsCount'), width: 70, align: 'right', render: (_, d) => (d.goals?.length ? d.goals.length : t('definitions.none')) },
          {
            key: 'actions',
            title: '',
            fixed: 'right',
            width: 64,
            render: (_, d) => {
              const builtin = builtinOf(d.key);
              const name = displayName(d, d.key, language);
              return (
                <Space size={0}>
                  <Tooltip title={t('definitions.edit', { name })}>
                    <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('definitions.edit', { name })} onClick={() => setEditing(d)} />
                  </Tooltip>
                  {!builtin || !sameDefinition(builtin, d) ? (
                    <Popconfirm
                      title={t(builtin ? 'definitions.resetConfirm' : 'definitions.deleteConfirm', { name })}
                      okText={t(builtin ? 'definitions.reset' : 'definitions.delete')}
                      cancelText={t('definitions.cancel')}
                      onConfirm={() => remove(d.key)}
                    >
                      <Button
                        type="text"
                        size="small"
                        icon={builtin ? <UndoOutlined /> : <DeleteOutlined />}
                        aria-label={`${t(builtin ? 'definitions.reset' : 'definitions.delete')} ${name}`}
                      />
                    </Popconfirm>
                  ) : null}
                </Space>
              );
            },
          },
        ]}
      />
      {editing !== null ? (
        <DefinitionForm
          definition={editing === 'new' ? null : editing}
          definitions={definitions}
          saving={saving}
          onSave={(d) => void save(d)}
          onCancel={() => setEditing(null)}
        />
      ) : null}
    </div>
  );
}
