import './metrics.css';
import { Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProvenanceEntry } from '../../../src/api/contract';
import { bucketLabel } from '../../../src/metrics/periods';
import { coverText, formulaText, scopeName } from '../../../src/metrics/figureText';
import { targetKey } from '../../../src/metrics/targets';
import type { MapMetrics } from '../../../src/api/contract';
import type { MetricDefinition, MetricTarget } from '../../../src/model/metrics';
import { formatMetricValue } from '../../../src/metrics/definitions';
import { api } from '../../api/client';
import { describeError, toDescribableError } from '../../i18n/describeError';
import { useCatalogStore } from '../../store/catalogStore';
import { useDocumentStore } from '../../store/documentStore';
import { useMetricsStore } from '../../store/metricsStore';
import { goalSourceText } from './goalScopeName';
import { changeIsGood, displayName, formatChange, metricLanguage, STATUS_COLORS, utmFieldsText } from './metricFormat';
import type { MetricReading } from '../../../src/metrics/readings';
import { Sparkline } from './Sparkline';

const MAX_ROWS_LISTED = 12;
const NO_DEFINITIONS: MetricDefinition[] = [];

/**
 * The stored values a figure is made of: a ratio's numerator and denominator
 * (its rate column only where they are absent), at the reading's target, or at
 * every target of the kind an overall figure adds up (all channels).
 */
function provenanceQueries(reading: MetricReading, data: MapMetrics | null): { target: MetricTarget; metric: string }[] {
  const { definition, metric } = reading;
  const metrics = definition?.aggregation === 'ratio' && definition.numerator && definition.denominator ? [definition.numerator, definition.denominator, metric] : [metric];
  if (!reading.overall || !data) return metrics.map((m) => ({ target: reading.target, metric: m }));
  const seen = new Map<string, { target: MetricTarget; metric: string }>();
  for (const s of data.series) {
    if (s.target.kind === reading.overall && metrics.includes(s.metric)) seen.set(`${targetKey(s.target)}|${s.metric}`, { target: s.target, metric: s.metric });
  }
  return [...seen.values()];
}

/** The imported rows behind a number: file, sheet, rows, import time. */
function Provenance({ reading }: { reading: MetricReading }) {
  const { t, i18n } = useTranslation('metrics');
  const projectId = useMetricsStore((s) => s.projectId);
  const mapId = useMetricsStore((s) => s.mapId);
  const grain = useMetricsStore((s) => s.grain);
  const range = useMetricsStore((s) => s.range);
  const segment = useMetricsStore((s) => s.segment);
  const data = useMetricsStore((s) => s.data);
  const [entries, setEntries] = useState<ProvenanceEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { period } = reading;
  const queries = useMemo(() => provenanceQueries(reading, data), [reading, data]);
  useEffect(() => {
    if (projectId === null || mapId === null) return;
    let live = true;
    Promise.all(
      queries.map(({ target, metric }) =>
        api.invoke('metrics.provenance', { projectId, mapId, target, metric, grain, period, segment, ...(range ? { range } : {}) }),
      ),
    )
      .then((found) => live && setEntries(found.flat()))
      .catch((thrown: unknown) => live && setError(describeError(t, toDescribableError(thrown))));
    return () => {
      live = false;
    };
  }, [projectId, mapId, queries, grain, range, period, segment, t]);
  const several = new Set(queries.map((q) => q.metric)).size > 1;
  const metricLabel = (key: string) => displayName(data?.definitions.find((d) => d.key === key), key, metricLanguage());

  const time = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  let body;
  if (error !== null) body = <Typography.Text type="danger">{t('detail.provenanceFailed', { message: error })}</Typography.Text>;
  else if (entries === null) body = <Typography.Text type="secondary">{t('detail.provenanceLoading')}</Typography.Text>;
  else if (entries.length === 0) body = <Typography.Text type="secondary">{t('detail.provenanceNone')}</Typography.Text>;
  else
    body = (
      <ul className="jc-metric-detail__sources">
        {entries.map((entry, i) => {
          const rows = entry.rows.slice(0, MAX_ROWS_LISTED).join(', ');
          const more = entry.rows.length - MAX_ROWS_LISTED;
          return (
            <li key={`${entry.importId}-${i}`} data-testid="provenance-entry">
              {several ? `${metricLabel(entry.metric)}: ` : ''}
              <Typography.Text strong>{entry.fileName}</Typography.Text>
              {entry.sheet ? ` · ${entry.sheet}` : ''} · {t('detail.row', { count: entry.rows.length, rows })}
              {more > 0 ? ` ${t('detail.moreRows', { count: more })}` : ''}
              {entry.segment ? ` · ${entry.segment}` : ''} ·{' '}
              <Typography.Text type="secondary">{t('detail.importedAt', { time: time(entry.importedAt) })}</Typography.Text>
            </li>
          );
        })}
      </ul>
    );
  return (
    <div className="jc-metric-detail__section" data-testid="metric-provenance">
      <Typography.Text type="secondary">{t('detail.provenance')}</Typography.Text>
      {body}
    </div>
  );
}

/** What a value is about, in words: this card, channel X, UTM a / b, stage Y. */
function useTargetText(reading: MetricReading): string {
  const { t } = useTranslation('metrics');
  const map = useDocumentStore((s) => s.map);
  const channels = useCatalogStore((s) => s.catalog?.channels);
  const target = reading.target;
  switch (target.kind) {
    case 'card':
      return t('detail.targets.card');
    case 'channel':
      return t('detail.targets.channel', { name: channels?.find((c) => c.id === target.id)?.name ?? target.id });
    case 'utm':
      return t('detail.targets.utm', { fields: utmFieldsText(target) });
    case 'stage':
      return t('detail.targets.stage', { name: map?.stages.find((s) => s.id === target.id)?.name ?? target.id });
    case 'map':
      return t('detail.targets.map');
  }
}

/** Everything about one number on the map: value, target and thresholds, change, trend, formula and provenance. */
export function MetricDetail({ reading }: { reading: MetricReading }) {
  const { t } = useTranslation('metrics');
  const grain = useMetricsStore((s) => s.grain);
  const segment = useMetricsStore((s) => s.segment);
  const language = metricLanguage();
  const { definition, metric } = reading;
  const format = (value: number) => formatMetricValue(value, definition, language);
  const definitions = useMetricsStore((s) => s.data?.definitions ?? NO_DEFINITIONS);
  const range = useMetricsStore((s) => s.range);
  const covers = coverText(reading);
  const good = reading.change === null ? null : changeIsGood(reading.change, definition);
  const lower = definition?.direction === 'lowerIsBetter';
  const targetText = useTargetText(reading);
  const map = useDocumentStore((s) => s.map);
  const catalog = useCatalogStore((s) => s.catalog);
  // The goal of this figure's scope (src/metrics/goals.ts), not the definition's own wherever it is shown.
  const { goal } = reading;
  const previousPeriod = reading.sparkline.length > 1 ? reading.sparkline.at(-2)?.period : null;

  return (
    <div className="jc-metric-detail" data-testid="metric-detail" data-metric={metric}>
      <div className="jc-metric-detail__head">
        <span className="jc-metric-dot" style={{ background: STATUS_COLORS[reading.status] }} aria-hidden />
        <Typography.Text strong>{displayName(definition, metric, language)}</Typography.Text>
        <Typography.Text type="secondary"> · {t(`status.${reading.status}`)}</Typography.Text>
      </div>
      <div className="jc-metric-detail__value" data-testid="metric-detail-value">
        {format(reading.value)}
      </div>
      <div className="jc-metric-detail__meta">
        {t('detail.about')} {targetText}
        {range ? ` · ${range.from} – ${range.to}` : reading.period ? ` · ${bucketLabel(reading.period, grain, language)}` : ''}
        {reading.overall ? ` · ${t('detail.overall', { scope: scopeName({ kind: 'overall', of: reading.overall }, () => '', language) })}` : ''}
        {segment !== null ? ` · ${segment || t('toolbar.allUsers')}` : ''}
      </div>
      <dl className="jc-metric-detail__facts">
        <dt>{t('detail.target')}</dt>
        <dd data-testid="metric-detail-target">
          {goal?.target !== undefined ? format(goal.target) : t('detail.noTarget')}
          {goal?.amber !== undefined && goal.red !== undefined ? (
            <div className="jc-metric-detail__thresholds">
              {t(lower ? 'detail.thresholdsLower' : 'detail.thresholds', { amber: format(goal.amber), red: format(goal.red) })}
            </div>
          ) : null}
          {goal && definition ? (
            <div className="jc-metric-detail__thresholds" data-testid="metric-detail-goal-scope">
              {goalSourceText(t, goal, definition, { map, catalog, language })}
            </div>
          ) : null}
        </dd>
        <dt>{t('detail.previous')}</dt>
        <dd data-testid="metric-detail-change">
          {reading.previous === null ? (
            t('change.none')
          ) : (
            <>
              {format(reading.previous)}
              {reading.change !== null ? (
                <span className={`jc-metric-change${good === null ? '' : good ? ' jc-metric-change--good' : ' jc-metric-change--bad'}`}>
                  {' '}
                  {t('change.vsPrevious', { change: formatChange(reading.change), period: previousPeriod ? bucketLabel(previousPeriod, grain, language) : '' })}
                </span>
              ) : (
                ` · ${t('change.zeroBefore')}`
              )}
            </>
          )}
        </dd>
        <dt>{t('detail.formula')}</dt>
        <dd data-testid="metric-detail-formula">
          {formulaText(reading, definitions, language)}
          {covers ? <div className="jc-metric-detail__thresholds">{t('detail.covers', { days: covers })}</div> : null}
        </dd>
      </dl>
      {reading.sparkline.length > 1 ? (
        <div className="jc-metric-detail__section">
          <Typography.Text type="secondary">{t('detail.trend')}</Typography.Text>
          <Sparkline values={reading.sparkline.map((p) => p.value)} width={240} height={36} label={t('detail.trend')} />
        </div>
      ) : null}
      <Provenance reading={reading} />
    </div>
  );
}
