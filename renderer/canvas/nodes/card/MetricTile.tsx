import { Popover } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '../../../../src/model/journey';
import { definitionOf, formatMetricValue } from '../../../../src/metrics/definitions';
import { goalFor } from '../../../../src/metrics/goals';
import { MetricDetail } from '../../../panels/metrics/MetricDetail';
import { changeIsGood, displayName, formatChange, STATUS_COLORS } from '../../../panels/metrics/metricFormat';
import { tileReading } from '../../../../src/metrics/readings';
import { Sparkline } from '../../../panels/metrics/Sparkline';
import { useMetricsStore } from '../../../store/metricsStore';

/**
 * The value of a metrics-lane card's metric for the card's stage, big: RAG
 * colour, trend, target and change against the previous period. Clicking it
 * shows the details and where the number came from.
 */
export function MetricTile({ card }: { card: Pick<Card, 'stageId' | 'metricKey'> & { metricKey: string } }) {
  const { t, i18n } = useTranslation('metrics');
  const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const data = useMetricsStore((s) => s.data);
  const grain = useMetricsStore((s) => s.grain);
  const period = useMetricsStore((s) => s.period);
  const segment = useMetricsStore((s) => s.segment);
  const reading = useMemo(
    () => tileReading(data, card.stageId, card.metricKey, { grain, period, segment }),
    [data, card.stageId, card.metricKey, grain, period, segment],
  );
  const definition = reading?.definition ?? (data ? definitionOf(data.definitions, card.metricKey) : undefined);
  const name = displayName(definition, card.metricKey, language);

  if (!reading) {
    // Nothing to show: the goal the stage's own figure would be compared with.
    const goal = definition && goalFor(definition, { target: { kind: 'stage', id: card.stageId }, segment });
    return (
      <>
        <div className="jc-card__metric-value" data-testid="metric-tile-value" title={t('tile.noValue')}>
          —
        </div>
        <div className="jc-card__metric-detail" data-testid="metric-tile-detail">
          {goal?.target !== undefined ? t('tile.target', { value: formatMetricValue(goal.target, definition, language) }) : t('tile.noValue')}
        </div>
      </>
    );
  }
  const good = reading.change === null ? null : changeIsGood(reading.change, definition);
  const color = STATUS_COLORS[reading.status];
  return (
    <Popover content={<MetricDetail reading={reading} />} trigger="click" placement="bottom" destroyOnHidden>
      <button
        type="button"
        className="jc-metric-tile nodrag"
        data-testid="metric-tile"
        data-metric={card.metricKey}
        data-status={reading.status}
        aria-label={t('tile.showDetails', { name })}
        onDoubleClick={(e) => e.stopPropagation()}
      >
        <span className="jc-card__metric-value jc-card__metric-value--set" data-testid="metric-tile-value" style={reading.status === 'none' ? undefined : { color }}>
          <span className="jc-metric-dot jc-metric-dot--big" style={{ background: color }} aria-hidden />
          {formatMetricValue(reading.value, definition, language)}
          <Sparkline values={reading.sparkline.map((p) => p.value)} width={64} height={22} color={reading.status === 'none' ? '#1677ff' : color} />
        </span>
        <span className="jc-card__metric-detail" data-testid="metric-tile-detail">
          {reading.goal?.target !== undefined ? t('tile.target', { value: formatMetricValue(reading.goal.target, definition, language) }) : t('tile.noTarget')}
          {reading.change !== null ? (
            <span className={`jc-metric-change${good === null ? '' : good ? ' jc-metric-change--good' : ' jc-metric-change--bad'}`} data-testid="metric-tile-change">
              {' · '}
              {formatChange(reading.change)}
            </span>
          ) : null}
        </span>
      </button>
    </Popover>
  );
}
