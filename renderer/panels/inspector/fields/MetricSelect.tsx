import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { BUILTIN_DEFINITIONS } from '../../../../src/metrics/definitions';
import { displayName, metricLanguage } from '../../metrics/metricFormat';
import { metricKeysWithValues, stageMetricKeys } from '../../../../src/metrics/readings';
import { useMetricsStore } from '../../../store/metricsStore';

/** The metric a metrics-lane tile shows: metrics with stage values on this map first, then every other definition. */
export function MetricSelect({ id, value, onChange }: { id: string; value: string | null; onChange(metricKey: string | null): void }) {
  const { t } = useTranslation('metrics');
  const language = metricLanguage();
  const data = useMetricsStore((s) => s.data);
  const definitions = data?.definitions ?? BUILTIN_DEFINITIONS;
  const staged = stageMetricKeys(data);
  const withValues = new Set([...staged, ...metricKeysWithValues(data)]);
  const option = (key: string) => ({ value: key, label: displayName(definitions.find((d) => d.key === key), key, language) });
  const first = [...staged, ...[...withValues].filter((k) => !staged.includes(k))];
  const rest = definitions.map((d) => d.key).filter((k) => !withValues.has(k));
  const options: { label: string; value?: string; options?: { value: string; label: string }[] }[] =
    first.length > 0
      ? [
          { label: t('inspector.withValues'), options: first.map(option) },
          { label: t('inspector.withoutValues'), options: rest.map(option) },
        ]
      : rest.map(option);
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('inspector.metricPlaceholder')}
      value={value}
      options={options}
      onChange={(next: string | undefined) => onChange(next ?? null)}
    />
  );
}
