import type { LaneType } from '../../../../src/model/journey';
import type { CardTexts } from '../../../store/derived/cardTexts';
import { MetricDetail } from '../../../panels/metrics/MetricDetail';
import { changeIsGood, displayName, STATUS_COLORS } from '../../../panels/metrics/metricFormat';
import { readingKey } from '../../../../src/metrics/readings';
import { ClickPopover } from './LazyOverlay';
import type { BadgeChip, BadgeRows } from './metricBadgeLayout';

function Chip({ chip, t }: { chip: BadgeChip; t: CardTexts['metrics'] }) {
  const { reading } = chip;
  const good = reading.change === null ? null : changeIsGood(reading.change, reading.definition);
  return (
    <ClickPopover content={() => <MetricDetail reading={reading} />}>
      <button
        type="button"
        className={`jc-metric-chip jc-metric-chip--${reading.status} nodrag`}
        data-testid="metric-badge"
        data-metric={reading.metric}
        data-status={reading.status}
        aria-label={`${t('badge.label', { name: chip.name, value: chip.value })}${chip.change ? ` ${chip.change}` : ''}, ${t(`status.${reading.status}`)}`}
        onDoubleClick={(e) => e.stopPropagation()}
      >
        <span className="jc-metric-dot" style={{ background: STATUS_COLORS[reading.status] }} aria-hidden />
        <span className="jc-metric-chip__text">
          {chip.name} <strong data-testid="metric-badge-value">{chip.value}</strong>
          {chip.change ? (
            <span className={`jc-metric-change${good === null ? '' : good ? ' jc-metric-change--good' : ' jc-metric-change--bad'}`} data-testid="metric-badge-change">
              {' '}
              {chip.change}
            </span>
          ) : null}
        </span>
      </button>
    </ClickPopover>
  );
}

/** A card's imported metrics for the toolbar's period and segment, as packed by `packBadges`. */
export function MetricBadges({ rows, laneType, texts }: { rows: BadgeRows; laneType: LaneType; texts: CardTexts }) {
  const t = texts.metrics;
  const hiddenNames = rows.hidden.map((r) => displayName(r.definition, r.metric, texts.language)).join(', ');
  return (
    <div className="jc-card__metrics" data-testid="metric-badges" data-lane-type={laneType} role="group" aria-label={t('badge.list')}>
      {rows.rows.map((row, i) => (
        <div className="jc-card__metrics-row" key={i}>
          {row.map((chip) => (
            <Chip key={readingKey(chip.reading)} chip={chip} t={t} />
          ))}
          {i === rows.rows.length - 1 && rows.hidden.length > 0 ? (
            <span className="jc-metric-chip jc-metric-chip--more" data-testid="metric-badge-more" tabIndex={0} title={t('badge.moreTitle', { count: rows.hidden.length, names: hiddenNames })}>
              {t('badge.more', { count: rows.hidden.length })}
            </span>
          ) : null}
        </div>
      ))}
    </div>
  );
}
