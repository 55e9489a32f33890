import { Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MetricRow } from '../../../src/compare/compareMetrics';

const TREND_CLASS = { better: 'jc-compare__better', worse: 'jc-compare__worse', same: '' } as const;

const changeText = (row: MetricRow, language: string): string => {
  if (row.change === null) return '—';
  const sign = row.change > 0 ? '+' : '';
  const absolute = `${sign}${row.change.toLocaleString(language, { maximumFractionDigits: 2 })}`;
  return row.changeRatio === null ? absolute : `${absolute} (${sign}${(row.changeRatio * 100).toFixed(1)}%)`;
};

/** The metrics tab: each stage and card metric before and after, with the change coloured green when better, red when worse. */
export function CompareMetrics({ rows }: { rows: MetricRow[] }) {
  const { t, i18n } = useTranslation('compare');
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('metrics.none')} />;
  return (
    <Table<MetricRow>
      size="small"
      pagination={false}
      rowKey={(row) => `${row.subject.kind}:${row.subject.name}:${row.metric}`}
      dataSource={rows}
      data-testid="compare-metrics"
      columns={[
        { key: 'subject', title: t('metrics.subject'), render: (_, row) => row.subject.name, ellipsis: true },
        { key: 'metric', title: t('metrics.metric'), dataIndex: 'name' },
        { key: 'before', title: t('metrics.before'), align: 'right', render: (_, row) => row.before?.text ?? '—' },
        { key: 'after', title: t('metrics.after'), align: 'right', render: (_, row) => row.after?.text ?? '—' },
        { key: 'change', title: t('metrics.change'), align: 'right', render: (_, row) => <span className={TREND_CLASS[row.trend]}>{changeText(row, i18n.language)}</span> },
      ]}
    />
  );
}
