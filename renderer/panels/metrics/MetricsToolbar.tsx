import './metrics.css';
import { CalendarOutlined, LineChartOutlined } from '@ant-design/icons';
import { Button, Popover, Select, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import type { Grain } from '../../../src/model/metrics';
import { bucketLabel } from '../../../src/metrics/periods';
import { useMetricsStore } from '../../store/metricsStore';
import { useViewStore } from '../../store/viewStore';
import { metricLanguage } from './metricFormat';
import { PeriodSelector, rangeDays } from './PeriodSelector';

/** Grains offered by the period selector (a year is too coarse for a journey's numbers). */
const TOOLBAR_GRAINS: Grain[] = ['day', 'week', 'month', 'quarter'];
// antd Selects need a value for "nothing chosen": every segment together.
const ALL_SEGMENTS = '__all';

function MetricsPanelToggle() {
  const { t } = useTranslation('workshop');
  const open = useViewStore((s) => s.sidePanel === 'metrics');
  const label = t('panel.metrics');
  return (
    <Tooltip title={label}>
      <Button
        type={open ? 'primary' : 'text'}
        ghost={open}
        icon={<LineChartOutlined />}
        aria-label={label}
        aria-pressed={open}
        data-testid="panel-toggle-metrics"
        onClick={() => useViewStore.getState().toggleSidePanel('metrics')}
      />
    </Tooltip>
  );
}

/** The grain, period and segment the whole map shows, shown once the map has metrics. */
function MetricsSelectors({ mapId }: { mapId: string }) {
  const { t } = useTranslation('metrics');
  const language = metricLanguage();
  const data = useMetricsStore((s) => s.data);
  const grain = useMetricsStore((s) => s.grain);
  const period = useMetricsStore((s) => s.period);
  const range = useMetricsStore((s) => s.range);
  const segment = useMetricsStore((s) => s.segment);
  const loadedFor = useMetricsStore((s) => s.mapId);
  // Another map's numbers, while this map's load, would offer periods that mean nothing here. A range with no values keeps the selectors, to leave it.
  if (!data || (data.series.length === 0 && range === null) || loadedFor !== mapId) return null;
  const latest = data.periods.at(-1);
  const segments = data.segments.filter((s) => s !== '');
  const segmentOptions = [
    { value: ALL_SEGMENTS, label: t('toolbar.allSegments') },
    ...data.segments.map((s) => ({ value: s, label: s === '' ? t('toolbar.allUsers') : s })),
  ];
  const selectors = (
    <div className="jc-metrics-toolbar" data-testid="metrics-selectors">
      <label htmlFor="metrics-grain">{t('toolbar.grain')}</label>
      <Select
        id="metrics-grain"
        aria-label={t('toolbar.grain')}
        value={grain}
        options={TOOLBAR_GRAINS.map((g) => ({ value: g, label: t(`toolbar.grains.${g}`) }))}
        onChange={(next: Grain) => useMetricsStore.getState().setGrain(next)}
      />
      {data.periods.length > 0 || range !== null ? <PeriodSelector data={data} language={language} /> : null}
      {segments.length > 0 ? (
        <>
          <label htmlFor="metrics-segment">{t('toolbar.segment')}</label>
          <Select
            id="metrics-segment"
            aria-label={t('toolbar.segment')}
            value={segment ?? ALL_SEGMENTS}
            options={segmentOptions}
            onChange={(next: string) => useMetricsStore.getState().setSegment(next === ALL_SEGMENTS ? null : next)}
          />
        </>
      ) : null}
    </div>
  );
  const periodText =
    range !== null
      ? t('toolbar.rangeLabel', rangeDays(range, language))
      : period !== null
        ? bucketLabel(period, grain, language)
        : latest
          ? bucketLabel(latest, grain, language)
          : t('toolbar.undated');
  const summary = segment === null ? periodText : `${periodText} · ${segment || t('toolbar.allUsers')}`;
  // One icon in the crowded toolbar (highlighted while the map shows something else than the latest period of everyone); the selectors open under it.
  const narrowed = period !== null || range !== null || segment !== null;
  return (
    <Popover content={selectors} trigger="click" placement="bottom">
      <Tooltip title={`${t('toolbar.choose')}: ${summary}`}>
        <Button
          type={narrowed ? 'primary' : 'text'}
          ghost={narrowed}
          icon={<CalendarOutlined />}
          aria-label={`${t('toolbar.choose')}: ${summary}`}
          data-testid="metrics-view-button"
          data-summary={summary}
        />
      </Tooltip>
    </Popover>
  );
}

/** Editor toolbar part of the metrics: the map-wide grain, period and segment, and the metrics side panel. */
export function MetricsToolbarButtons({ map }: { map: JourneyMap }) {
  return (
    <>
      <MetricsSelectors mapId={map.id} />
      <MetricsPanelToggle />
    </>
  );
}
