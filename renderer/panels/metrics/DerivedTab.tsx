import { Alert, Empty, Table, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import type { MetricTarget } from '../../../src/model/metrics';
import { metricTargetName } from '../../../src/export/dataTables';
import { CHANNEL_QUALITY_INDEX_FORMULA, FIRST_VISIT_CONVERSION_INDEX_FORMULA } from '../../../src/metrics/derived';
import { coverText, figureValueText, formulaText, scopeName } from '../../../src/metrics/figureText';
import { mapFigures, type Figure } from '../../../src/metrics/figures';
import { targetKey } from '../../../src/metrics/targets';
import { useCatalogStore } from '../../store/catalogStore';
import { useMetricsStore } from '../../store/metricsStore';
import { displayName, metricLanguage } from './metricFormat';

const ratio = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(2));
const share = (value: number | undefined) => (value === undefined ? '—' : `${(value * 100).toFixed(1)}%`);
const figureKey = (f: Figure) => `${f.scope.kind === 'target' ? targetKey(f.scope.target) : `all:${f.scope.of}`}|${f.metric}`;

/** The map's figures as src/metrics computes them: overall figures, rates per target, the first-visit and channel quality indexes, and rates a file contradicted. */
export function DerivedTab({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('metrics');
  const language = metricLanguage();
  const data = useMetricsStore((s) => s.data);
  const grain = useMetricsStore((s) => s.grain);
  const period = useMetricsStore((s) => s.period);
  const segment = useMetricsStore((s) => s.segment);
  const range = useMetricsStore((s) => s.range);
  const catalog = useCatalogStore((s) => s.catalog);
  const formula = (f: { en: string; zh: string }) => (language === 'zh-CN' ? f.zh : f.en);
  const figures = useMemo(() => (data ? mapFigures(data, map, { grain, period, segment }) : null), [data, map, grain, period, segment]);

  if (!data || !figures) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('derived.empty')} />;
  const nameOf = (target: MetricTarget) => (catalog ? metricTargetName(target, map, catalog, language) : target.kind);
  const metricLabel = (key: string) => displayName(data.definitions.find((d) => d.key === key), key, language);
  const figureColumns = [
    { key: 'where', title: t('derived.where'), ellipsis: true, render: (_: unknown, f: Figure) => scopeName(f.scope, nameOf, language) },
    {
      key: 'metric',
      title: t('derived.metric'),
      render: (_: unknown, f: Figure) => (
        <Tooltip title={formulaText(f, data.definitions, language)}>
          <span className="jc-metrics-panel__dotted">{metricLabel(f.metric)}</span>
        </Tooltip>
      ),
    },
    { key: 'value', title: t('derived.value'), align: 'right' as const, render: (_: unknown, f: Figure) => figureValueText(f, data.definitions, language) },
  ];
  const notices = data.rateNotices ?? [];
  const nothing = figures.overall.length === 0 && figures.rates.length === 0 && figures.firstVisit.length === 0 && !figures.channelQuality;
  if (nothing) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('derived.empty')} />;
  const covers = figures.overall.map(coverText).find((text) => text !== '');

  return (
    <div data-testid="derived-tab">
      {notices.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          data-testid="rate-notices"
          title={t('derived.noticesTitle', { count: notices.length })}
          description={
            <ul className="jc-metrics-panel__list">
              {notices.map((n) => (
                <li key={`${targetKey(n.target)}|${n.metric}|${n.period ?? ''}|${n.segment}`}>
                  {t('derived.notice', {
                    metric: metricLabel(n.metric),
                    where: nameOf(n.target),
                    stated: `${(n.stated * 100).toFixed(2)}%`,
                    computed: `${(n.computed * 100).toFixed(2)}%`,
                    file: n.sheet ? `${n.fileName} › ${n.sheet}` : n.fileName,
                    rows: n.rows.join(', '),
                  })}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Typography.Text strong>{t('derived.overall')}</Typography.Text>
      {covers ? (
        <div className="jc-metrics-panel__formula" data-testid="derived-covers">
          {t('derived.covers', { days: covers, rule: t(`toolbar.coverRule.${range ? 'range' : grain}`) })}
        </div>
      ) : null}
      <Table
        size="small"
        pagination={false}
        rowKey={figureKey}
        dataSource={figures.overall}
        onRow={(f) => ({ 'data-testid': 'overall-row', 'data-metric': f.metric }) as React.HTMLAttributes<HTMLElement>}
        columns={figureColumns}
      />
      <div className="jc-metrics-panel__section">
        <Typography.Text strong>{t('derived.rates')}</Typography.Text>
        <Table
          size="small"
          pagination={false}
          rowKey={figureKey}
          dataSource={figures.rates}
          onRow={(f) => ({ 'data-testid': 'derived-row', 'data-metric': f.metric }) as React.HTMLAttributes<HTMLElement>}
          columns={figureColumns}
        />
      </div>
      <div className="jc-metrics-panel__section" data-testid="derived-first-visit">
        <Tooltip title={formula(FIRST_VISIT_CONVERSION_INDEX_FORMULA)}>
          <Typography.Text strong className="jc-metrics-panel__dotted">
            {t('derived.firstVisit')}
          </Typography.Text>
        </Tooltip>
        <div className="jc-metrics-panel__formula">{t('derived.firstVisitMeaning')}</div>
        {figures.firstVisit.length === 0 ? (
          <div className="jc-metrics-panel__formula">{t('derived.firstVisitMissing')}</div>
        ) : (
          <ul className="jc-metrics-panel__list">
            {figures.firstVisit.map((f) => (
              <li key={f.scope.kind === 'target' ? targetKey(f.scope.target) : 'all'} data-testid="first-visit-index">
                {scopeName(f.scope, nameOf, language)}: <strong>{ratio(f.index)}</strong>{' '}
                <span className="jc-metrics-panel__formula">
                  {t('derived.firstVisitInputs', {
                    newTransactions: f.newTransactions,
                    transactions: f.transactions,
                    newVisitors: f.newVisitors,
                    visitors: f.visitors,
                    visitorMetric: metricLabel(f.visitorMetric.used),
                  })}
                </span>
                {f.visitorMetric.used !== f.visitorMetric.wanted ? (
                  <div className="jc-metrics-panel__formula">{t('derived.substitute', { wanted: metricLabel(f.visitorMetric.wanted), used: metricLabel(f.visitorMetric.used) })}</div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="jc-metrics-panel__section" data-testid="derived-channel-quality">
        <Tooltip title={formula(CHANNEL_QUALITY_INDEX_FORMULA)}>
          <Typography.Text strong className="jc-metrics-panel__dotted">
            {t('derived.channelQuality')}
          </Typography.Text>
        </Tooltip>
        <div className="jc-metrics-panel__formula">{t('derived.channelQualityMeaning')}</div>
        {!figures.channelQuality ? (
          <div className="jc-metrics-panel__formula">{t('derived.channelQualityMissing')}</div>
        ) : (
          <>
            {[figures.channelQuality.payingMetric, figures.channelQuality.visitMetric]
              .filter((input) => input.used !== input.wanted)
              .map((input) => (
                <div key={input.wanted} className="jc-metrics-panel__formula" data-testid="index-substitute">
                  {t('derived.substitute', { wanted: metricLabel(input.wanted), used: metricLabel(input.used) })}
                </div>
              ))}
            <Table
              size="small"
              pagination={false}
              rowKey={(q) => targetKey(q.target)}
              dataSource={figures.channelQuality.rows}
              onRow={() => ({ 'data-testid': 'channel-quality-row' }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { key: 'channel', title: t('derived.channel'), ellipsis: true, render: (_, q) => nameOf(q.target) },
                { key: 'paying', title: t('derived.payingShare'), align: 'right', render: (_, q) => share(q.payingShare) },
                { key: 'visits', title: t('derived.visitShare'), align: 'right', render: (_, q) => share(q.visitShare) },
                { key: 'index', title: t('derived.index'), align: 'right', render: (_, q) => <strong>{ratio(q.index)}</strong> },
              ]}
            />
          </>
        )}
      </div>
    </div>
  );
}
