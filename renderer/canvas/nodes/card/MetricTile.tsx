import { formatMetricValue } from '../../../../src/metrics/definitions';
import type { TileView } from '../../../store/derived/cardRecords';
import type { CardTexts } from '../../../store/derived/cardTexts';
import { MetricDetail } from '../../../panels/metrics/MetricDetail';
import { changeIsGood, displayName, formatChange, STATUS_COLORS } from '../../../panels/metrics/metricFormat';
import { Sparkline } from '../../../panels/metrics/Sparkline';
import { ClickPopover } from './LazyOverlay';

/**
 * The value of a metrics-lane card's metric for the card's stage, big: RAG
 * colour, trend, target and change against the previous period. Clicking it
 * shows the details and where the number came from.
 */
export function MetricTile({ tile, metricKey, texts }: { tile: TileView; metricKey: string; texts: CardTexts }) {
  const t = texts.metrics;
  const { language } = texts;
  const { reading, definition, goal } = tile;
  const name = displayName(definition, metricKey, language);

  if (!reading) {
    // Nothing to show: the goal the stage's own figure would be compared with.
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
    <ClickPopover content={() => <MetricDetail reading={reading} />}>
      <button
        type="button"
        className="jc-metric-tile nodrag"
        data-testid="metric-tile"
        data-metric={metricKey}
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
    </ClickPopover>
  );
}
