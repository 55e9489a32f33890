import { Empty, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Cell, LabelList, Tooltip as ChartTooltip, XAxis, YAxis } from 'recharts';
import type { JourneyMap } from '../../../src/model/journey';
import { formatMetricValue } from '../../../src/metrics/definitions';
import { computeFunnel, FUNNEL_FORMULAS, FUNNEL_VOLUME_METRICS } from '../../../src/metrics/funnel';
import { stageFunnel, type StageFunnelStep } from '../../../src/metrics/figures';
import { metricTargetName } from '../../../src/export/dataTables';
import { targetKey } from '../../../src/metrics/targets';
import type { MetricTarget } from '../../../src/model/metrics';
import { useCatalogStore } from '../../store/catalogStore';
import { useMetricsStore } from '../../store/metricsStore';
import { displayName, metricLanguage } from './metricFormat';
import { stageMetricKeys, stageReading } from '../../../src/metrics/readings';

const CHART_WIDTH = 292;
const BAR_HEIGHT = 30;

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

/** The funnel choice that counts each stage's own metric (impressions → clicks → visitors → conversions). */
const STAGE_METRICS = '__stageMetrics';
const ALL_TARGETS = '__all';

/**
 * A funnel across the map's stages, left to right: volume per stage, step
 * conversion and drop-off, with the formulas. With metrics-lane cards on the
 * stages, each stage counts its own metric (src/metrics/figures stageFunnel),
 * for all channels or one; otherwise one volume metric across the stages.
 */
export function FunnelTab({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('metrics');
  const language = metricLanguage();
  const data = useMetricsStore((s) => s.data);
  const grain = useMetricsStore((s) => s.grain);
  const period = useMetricsStore((s) => s.period);
  const segment = useMetricsStore((s) => s.segment);
  const catalog = useCatalogStore((s) => s.catalog);
  const keys = useMemo(() => stageMetricKeys(data), [data]);
  const seed = useMemo(() => (data ? stageFunnel(data, map, { grain, period, segment }) : []), [data, map, grain, period, segment]);
  const channelTargets = useMemo(() => {
    const seen = new Map<string, MetricTarget>();
    for (const s of data?.series ?? []) if (s.target.kind === 'channel' || s.target.kind === 'utm') seen.set(targetKey(s.target), s.target);
    return [...seen.entries()];
  }, [data]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [scope, setScope] = useState<string>(ALL_TARGETS);
  // A funnel needs two steps; stages with values of their own (a file that names stages) come first.
  const seeded = seed.length >= 2;
  const options = [...(seeded ? [STAGE_METRICS] : []), ...keys];
  const byDefault = FUNNEL_VOLUME_METRICS.find((key) => keys.includes(key)) ?? keys[0] ?? (seeded ? STAGE_METRICS : null);
  const metric = chosen !== null && options.includes(chosen) ? chosen : byDefault;
  const scopeTarget = channelTargets.find(([key]) => key === scope)?.[1];

  const steps: StageFunnelStep[] = useMemo(() => {
    if (metric === null || !data) return [];
    if (metric === STAGE_METRICS) return stageFunnel(data, map, { grain, period, segment }, scopeTarget);
    const funnel = computeFunnel(map.stages.map((stage) => ({ stageId: stage.id, volume: stageReading(data, stage.id, metric, { grain, period, segment })?.value ?? null })));
    return funnel.map((step) => ({ ...step, metric }));
  }, [map, data, metric, grain, period, segment, scopeTarget]);

  if (!data || metric === null) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('funnel.noStageValues')} />;
  const definitionOf = (key: string | null) => data.definitions.find((d) => d.key === key);
  const definition = definitionOf(metric);
  const format = (step: StageFunnelStep) => (step.volume === null ? '—' : formatMetricValue(step.volume, definitionOf(step.metric), language));
  const stageName = (id: string) => map.stages.find((s) => s.id === id)?.name ?? id;
  const stageLabel = (step: StageFunnelStep) =>
    metric === STAGE_METRICS && step.metric ? (
      <>
        <div className="jc-metrics-panel__clip">{stageName(step.stageId)}</div>
        <div className="jc-metrics-panel__formula" data-testid="funnel-step-metric">
          {displayName(definitionOf(step.metric), step.metric, language)}
        </div>
      </>
    ) : (
      stageName(step.stageId)
    );
  const chartData = steps.filter((s) => s.volume !== null).map((s) => ({ name: stageName(s.stageId), volume: s.volume ?? 0, label: format(s) }));
  const formula = (f: { en: string; zh: string }) => (language === 'zh-CN' ? f.zh : f.en);
  const metricLabel = metric === STAGE_METRICS ? t('funnel.stageMetrics') : displayName(definition, metric, language);

  return (
    <div data-testid="funnel-tab">
      <label className="jc-metrics-panel__label" htmlFor="metrics-funnel-metric">
        {t('funnel.metric')}
      </label>
      <Select
        id="metrics-funnel-metric"
        data-testid="funnel-metric"
        size="small"
        style={{ width: '100%' }}
        value={metric}
        options={options.map((key) => ({ value: key, label: key === STAGE_METRICS ? t('funnel.stageMetrics') : displayName(definitionOf(key), key, language) }))}
        onChange={(next: string) => setChosen(next)}
      />
      {metric === STAGE_METRICS && channelTargets.length > 0 ? (
        <Select
          aria-label={t('funnel.scope')}
          data-testid="funnel-scope"
          size="small"
          style={{ width: '100%', marginTop: 4 }}
          value={scopeTarget ? scope : ALL_TARGETS}
          options={[
            { value: ALL_TARGETS, label: t('funnel.allChannels') },
            ...channelTargets.map(([key, target]) => ({ value: key, label: catalog ? metricTargetName(target, map, catalog, language) : key })),
          ]}
          onChange={(next: string) => setScope(next)}
        />
      ) : null}
      <div className="jc-metrics-panel__chart" role="img" aria-label={t('funnel.chart', { metric: metricLabel })}>
        <BarChart width={CHART_WIDTH} height={chartData.length * BAR_HEIGHT + 20} data={chartData} layout="vertical" margin={{ top: 8, right: 48, bottom: 4, left: 0 }}>
          <XAxis type="number" hide />
          <YAxis type="category" dataKey="name" width={88} tick={{ fontSize: 11 }} interval={0} />
          <ChartTooltip formatter={(_value, _name, item) => [(item.payload as { label: string }).label, metricLabel]} />
          <Bar dataKey="volume" isAnimationActive={false} barSize={18}>
            {chartData.map((entry, i) => (
              <Cell key={entry.name} fill={`hsl(214, 90%, ${52 + i * 6}%)`} />
            ))}
            <LabelList dataKey="label" position="right" style={{ fontSize: 11, fill: '#595959' }} />
          </Bar>
        </BarChart>
      </div>
      <Table<StageFunnelStep>
        size="small"
        pagination={false}
        rowKey="stageId"
        dataSource={steps}
        data-testid="funnel-table"
        onRow={(step) => ({ 'data-testid': 'funnel-row', 'data-stage-id': step.stageId }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'stage', title: t('funnel.stage'), render: (_, step) => stageLabel(step), ellipsis: metric !== STAGE_METRICS },
          { key: 'volume', title: t('funnel.volume'), align: 'right', render: (_, step) => <span data-testid="funnel-volume">{format(step)}</span> },
          {
            key: 'conversion',
            title: t('funnel.conversion'),
            align: 'right',
            render: (_, step) => <span data-testid="funnel-conversion">{percent(step.conversion)}</span>,
          },
          { key: 'dropOff', title: t('funnel.dropOff'), align: 'right', render: (_, step) => <span data-testid="funnel-dropoff">{percent(step.dropOff)}</span> },
        ]}
      />
      <div className="jc-metrics-panel__section" data-testid="funnel-formulas">
        <Typography.Text strong>{t('funnel.formulas')}</Typography.Text>
        <ul className="jc-metrics-panel__formula">
          <li>{formula(FUNNEL_FORMULAS.conversion)}</li>
          <li>{formula(FUNNEL_FORMULAS.dropOff)}</li>
        </ul>
      </div>
    </div>
  );
}
