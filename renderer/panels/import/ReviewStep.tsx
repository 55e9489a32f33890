import { Alert, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportDiffEntry } from '../../../src/api/contract';
import type { ImportProblem } from '../../../src/import/mapping';
import type { JourneyMap } from '../../../src/model/journey';
import type { MetricTarget } from '../../../src/model/metrics';
import { currentLanguage } from '../../i18n';
import { describeError } from '../../i18n/describeError';
import { useCatalogStore } from '../../store/catalogStore';
import { channelDisplayName } from '../catalog/ChannelIcon';
import { useMetricNames } from './importFormat';
import { useImportWizardStore } from './importWizardStore';
import { keyLabel } from './MatchStep';

const CHANGE_COLORS = { added: 'green', changed: 'blue', removed: 'red' } as const;

function useTargetName(map: JourneyMap): (target: MetricTarget) => string {
  const { t } = useTranslation('import');
  const channels = useCatalogStore((s) => s.catalog?.channels ?? []);
  return (target) => {
    switch (target.kind) {
      case 'map':
        return t('match.wholeMap');
      case 'stage':
        return map.stages.find((s) => s.id === target.id)?.name ?? target.id;
      case 'card':
        return Object.values(map.cards).find((c) => c.id === target.id)?.title ?? target.id;
      case 'channel': {
        const channel = channels.find((c) => c.id === target.id);
        return channel ? channelDisplayName(channel, currentLanguage()) : target.id;
      }
      case 'utm':
        return `UTM ${keyLabel([target.source ?? '', target.medium ?? '', target.campaign ?? ''].join('\u001f'), '')}`;
    }
  };
}

const formatValue = (value: number | null): string => (value === null ? '—' : value.toLocaleString(undefined, { maximumFractionDigits: 4 }));

/** Step 5: what was read, what was refused and why, and what committing would change. */
export function ReviewStep({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('import');
  const job = useImportWizardStore((s) => s.job);
  const diff = useImportWizardStore((s) => s.diff);
  const busy = useImportWizardStore((s) => s.busy);
  const error = useImportWizardStore((s) => s.error);
  const { nameOf } = useMetricNames();
  const targetName = useTargetName(map);
  const result = job?.result;
  if (!result) return null;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space size="large" wrap data-testid="import-counts">
        <Statistic data-testid="count-rowsRead" title={t('review.rowsRead')} value={result.rowsRead} />
        <Statistic data-testid="count-validRows" title={t('review.validRows')} value={result.validRows} />
        <Statistic
          data-testid="count-totalsRows"
          title={t('review.totalsRows')}
          value={result.totalsRows.length}
          suffix={result.totalsRows.length > 0 ? <Typography.Text type="secondary">{t('review.rowNumbers', { rows: result.totalsRows.join(', ') })}</Typography.Text> : undefined}
        />
        <Statistic data-testid="count-blankRows" title={t('review.blankRows')} value={result.blankRows} />
        <Statistic data-testid="count-problems" title={t('review.problems')} value={result.problemCount} valueStyle={result.problemCount > 0 ? { color: '#d46b08' } : undefined} />
      </Space>
      {result.problems.length > 0 && (
        <Table<ImportProblem>
          data-testid="import-problems"
          size="small"
          title={() => t('review.problemsTitle', { count: result.problemCount })}
          rowKey={(p) => `${p.row}:${p.column}:${p.code}`}
          pagination={{ pageSize: 5, showSizeChanger: false, size: 'small' }}
          dataSource={result.problems}
          columns={[
            { title: t('review.row'), dataIndex: 'row', width: 70 },
            { title: t('review.column'), dataIndex: 'column', width: 70 },
            { title: t('review.header'), dataIndex: 'header', width: 140, ellipsis: true },
            { title: t('review.raw'), dataIndex: 'raw', width: 140, render: (raw: string) => <Typography.Text code>{raw}</Typography.Text> },
            {
              title: t('review.reason'),
              key: 'reason',
              render: (_, p) => (
                <span title={p.reason}>
                  {t(`problems.${p.code}`)} <Typography.Text type="secondary">{p.reason}</Typography.Text>
                </span>
              ),
            },
          ]}
        />
      )}
      {error && <Alert type="error" showIcon data-testid="import-error" message={describeError(t, error)} />}
      <Spin spinning={busy && !diff}>
        {diff && (
          <Space direction="vertical" size="small" style={{ width: '100%' }}>
            <Space size="large" wrap data-testid="import-diff-counts">
              <Statistic data-testid="diff-added" title={t('review.added')} value={diff.added} valueStyle={{ color: '#389e0d' }} />
              <Statistic data-testid="diff-changed" title={t('review.changed')} value={diff.changed} valueStyle={{ color: '#1677ff' }} />
              <Statistic data-testid="diff-removed" title={t('review.removed')} value={diff.removed} valueStyle={{ color: '#cf1322' }} />
              <Statistic data-testid="diff-unchanged" title={t('review.unchanged')} value={diff.unchanged} />
              <Statistic data-testid="diff-combined" title={t('review.combined')} value={diff.combined} />
              <Statistic data-testid="diff-unmatched" title={t('review.unmatched')} value={diff.unmatched} />
            </Space>
            {diff.rateNotices && diff.rateNotices.length > 0 && (
              <Alert
                type="warning"
                showIcon
                data-testid="import-rate-notices"
                message={t('review.rateNoticesTitle', { count: diff.rateNotices.length })}
                description={
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {diff.rateNotices.map((n) => (
                      <li key={`${n.metric}|${n.rows.join(',')}`}>
                        {t('review.rateNotice', {
                          rows: n.rows.join(', '),
                          metric: nameOf(n.metric),
                          where: targetName(n.target),
                          stated: `${(n.stated * 100).toFixed(2)}%`,
                          computed: `${(n.computed * 100).toFixed(2)}%`,
                          numerator: n.numerator,
                          denominator: n.denominator,
                        })}
                      </li>
                    ))}
                  </ul>
                }
              />
            )}
            {diff.entries.length > 0 && (
              <Table<ImportDiffEntry & { key: number }>
                data-testid="import-diff"
                size="small"
                pagination={{ pageSize: 8, showSizeChanger: false, size: 'small' }}
                dataSource={diff.entries.map((e, key) => ({ ...e, key }))}
                columns={[
                  { title: '', key: 'change', width: 90, render: (_, e) => <Tag color={CHANGE_COLORS[e.change]}>{t(`review.${e.change}`)}</Tag> },
                  { title: t('review.target'), key: 'target', ellipsis: true, render: (_, e) => targetName(e.target) },
                  { title: t('review.metric'), key: 'metric', render: (_, e) => nameOf(e.metric) },
                  { title: t('review.period'), key: 'period', width: 110, render: (_, e) => e.period ?? '—' },
                  { title: t('review.segment'), key: 'segment', width: 110, render: (_, e) => e.segment || t('review.allUsers') },
                  {
                    title: t('review.beforeAfter'),
                    key: 'values',
                    width: 200,
                    render: (_, e) => `${formatValue(e.before)} → ${formatValue(e.after)}`,
                  },
                ]}
              />
            )}
          </Space>
        )}
      </Spin>
    </Space>
  );
}
