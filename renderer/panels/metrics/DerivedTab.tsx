import { Empty, Table, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapMetrics } from '../../../src/api/contract';
import type { JourneyMap } from '../../../src/model/journey';
import type { MetricTarget } from '../../../src/model/metrics';
import { formatMetricValue } from '../../../src/metrics/definitions';
import { channelQualityIndexes, CHANNEL_QUALITY_INDEX_FORMULA, DERIVED_METRICS, firstVisitConversionIndex, FIRST_VISIT_CONVERSION_INDEX_FORMULA } from '../../../src/metrics/derived';
import { targetKey } from '../../../src/metrics/targets';
import { useCatalogStore } from '../../store/catalogStore';
import { useMetricsStore } from '../../store/metricsStore';
import { displayName, metricLanguage, utmFieldsText } from './metricFormat';
import { effectivePeriod, type MetricSelection } from '../../../src/metrics/readings';
import { selectValue } from '../../../src/metrics/aggregate';

/** Segment labels that mean first-time visitors, as Chinese and English reports name them. */
const NEW_SEGMENT = /^(新客|新访客|新用户|首访|new|new visitors?|new users?|first[- ]time( visitors?)?)$/i;
const ratio = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(2));
const share = (value: number | undefined) => (value === undefined ? '—' : `${(value * 100).toFixed(1)}%`);

function value(data: MapMetrics, target: MetricTarget, metric: string, selection: MetricSelection, segment: string | null): number | undefined {
  return selectValue(data.series, { target, metric, segment, grain: selection.grain, period: effectivePeriod(data, selection.period) }, data.definitions)?.value;
}

const uniqueTargets = (data: MapMetrics, kinds: MetricTarget['kind'][]): MetricTarget[] => {
  const seen = new Map<string, MetricTarget>();
  for (const s of data.series) if (kinds.includes(s.target.kind)) seen.set(targetKey(s.target), s.target);
  return [...seen.values()];
};

/** Derived metrics with their formulas: rates per stage and channel, the first-visit conversion index and the channel conversion quality index. */
export function DerivedTab({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('metrics');
  const language = metricLanguage();
  const data = useMetricsStore((s) => s.data);
  const grain = useMetricsStore((s) => s.grain);
  const period = useMetricsStore((s) => s.period);
  const segment = useMetricsStore((s) => s.segment);
  const channels = useCatalogStore((s) => s.catalog?.channels);
  const formula = (f: { en: string; zh: string }) => (language === 'zh-CN' ? f.zh : f.en);

  const where = (target: MetricTarget): string => {
    switch (target.kind) {
      case 'stage':
        return map.stages.find((s) => s.id === target.id)?.name ?? target.id;
      case 'channel':
        return channels?.find((c) => c.id === target.id)?.name ?? target.id;
      case 'card':
        return map.cards[target.id]?.title ?? target.id;
      case 'utm':
        return utmFieldsText(target);
      case 'map':
        return map.name;
    }
  };

  const computed = useMemo(() => {
    if (!data) return null;
    const selection = { grain, period, segment };
    const rates = uniqueTargets(data, ['stage', 'channel', 'utm', 'card', 'map']).flatMap((target) =>
      DERIVED_METRICS.flatMap((derived) => {
        const v = value(data, target, derived.key, selection, segment);
        return v === undefined ? [] : [{ key: `${targetKey(target)}|${derived.key}`, target, derived, value: v }];
      }),
    );
    const firstVisit = uniqueTargets(data, ['map', 'stage', 'channel', 'utm']).flatMap((target) => {
      const segments = new Set(data.series.filter((s) => targetKey(s.target) === targetKey(target)).map((s) => s.segment));
      const newSegment = [...segments].find((s) => NEW_SEGMENT.test(s.trim()));
      if (newSegment === undefined) return [];
      const index = firstVisitConversionIndex({
        newVisitorTransactions: value(data, target, 'transactions', selection, newSegment) ?? Number.NaN,
        transactions: value(data, target, 'transactions', selection, null) ?? Number.NaN,
        newVisitorVisits: value(data, target, 'visits', selection, newSegment) ?? Number.NaN,
        visits: value(data, target, 'visits', selection, null) ?? Number.NaN,
      });
      return index === undefined ? [] : [{ key: targetKey(target), target, newSegment, index }];
    });
    const channelRows = uniqueTargets(data, ['channel', 'utm']).flatMap((target) => {
      const paying = value(data, target, 'payingUsers', selection, segment);
      const visits = value(data, target, 'visits', selection, segment);
      return paying === undefined || visits === undefined ? [] : [{ channel: targetKey(target), target, paying, visits }];
    });
    const quality = channelQualityIndexes(channelRows).map((q, i) => ({ ...q, target: (channelRows[i] as { target: MetricTarget }).target }));
    return { rates, firstVisit, quality };
  }, [data, grain, period, segment]);

  if (!data || !computed || (computed.rates.length === 0 && computed.firstVisit.length === 0 && computed.quality.length === 0)) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('derived.empty')} />;
  }
  return (
    <div data-testid="derived-tab">
      <Typography.Text strong>{t('derived.rates')}</Typography.Text>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={computed.rates}
        onRow={(r) => ({ 'data-testid': 'derived-row', 'data-metric': r.derived.key }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'where', title: t('derived.where'), ellipsis: true, render: (_, r) => where(r.target) },
          {
            key: 'metric',
            title: t('derived.metric'),
            render: (_, r) => (
              <Tooltip title={formula(r.derived.formula)}>
                <span className="jc-metrics-panel__dotted">{displayName(data.definitions.find((d) => d.key === r.derived.key), r.derived.key, language)}</span>
              </Tooltip>
            ),
          },
          { key: 'value', title: t('derived.value'), align: 'right', render: (_, r) => formatMetricValue(r.value, data.definitions.find((d) => d.key === r.derived.key), language) },
        ]}
      />
      <div className="jc-metrics-panel__section" data-testid="derived-first-visit">
        <Tooltip title={formula(FIRST_VISIT_CONVERSION_INDEX_FORMULA)}>
          <Typography.Text strong className="jc-metrics-panel__dotted">
            {t('derived.firstVisit')}
          </Typography.Text>
        </Tooltip>
        <div className="jc-metrics-panel__formula">{t('derived.firstVisitMeaning')}</div>
        {computed.firstVisit.length === 0 ? (
          <div className="jc-metrics-panel__formula">{t('derived.firstVisitMissing')}</div>
        ) : (
          <ul className="jc-metrics-panel__list">
            {computed.firstVisit.map((f) => (
              <li key={f.key}>
                {where(f.target)} ({t('derived.newSegment')}: {f.newSegment}): <strong>{ratio(f.index)}</strong>
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
        {computed.quality.length === 0 ? (
          <div className="jc-metrics-panel__formula">{t('derived.channelQualityMissing')}</div>
        ) : (
          <Table
            size="small"
            pagination={false}
            rowKey="channel"
            dataSource={computed.quality}
            columns={[
              { key: 'channel', title: t('derived.channel'), ellipsis: true, render: (_, q) => where(q.target) },
              { key: 'paying', title: t('derived.payingShare'), align: 'right', render: (_, q) => share(q.payingShare) },
              { key: 'visits', title: t('derived.visitShare'), align: 'right', render: (_, q) => share(q.visitShare) },
              { key: 'index', title: t('derived.index'), align: 'right', render: (_, q) => <strong>{ratio(q.index)}</strong> },
            ]}
          />
        )}
      </div>
    </div>
  );
}
