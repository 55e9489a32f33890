import { Empty, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Cell, LabelList, Tooltip as ChartTooltip, XAxis, YAxis } from 'recharts';
import type { JourneyMap } from '../../../src/model/journey';
import { formatMetricValue } from '../../../src/metrics/definitions';
import { computeFunnel, FUNNEL_FORMULAS, FUNNEL_VOLUME_METRICS, type FunnelStep } from '../../../src/metrics/funnel';
import { useMetricsStore } from '../../store/metricsStore';
import { displayName, metricLanguage } from './metricFormat';
import { stageMetricKeys, stageReading } from '../../../src/metrics/readings';

const CHART_WIDTH = 292;
const BAR_HEIGHT = 30;

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

/** A funnel across the map's stages, left to right: volume per stage, step conversion and drop-off, with the formulas. */
export function FunnelTab({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('metrics');
  const language = metricLanguage();
  const data = useMetricsStore((s) => s.data);
  const grain = useMetricsStore((s) => s.grain);
  const period = useMetricsStore((s) => s.period);
  const segment = useMetricsStore((s) => s.segment);
  const keys = useMemo(() => stageMetricKeys(data), [data]);
  const [chosen, setChosen] = useState<string | null>(null);
  const metric = chosen !== null && keys.includes(chosen) ? chosen : (FUNNEL_VOLUME_METRICS.find((key) => keys.includes(key)) ?? keys[0] ?? null);

  const steps = useMemo(() => {
    if (metric === null) return [];
    return computeFunnel(map.stages.map((stage) => ({ stageId: stage.id, volume: stageReading(data, stage.id, metric, { grain, period, segment })?.value ?? null })));
  }, [map.stages, data, metric, grain, period, segment]);

  if (!data || metric === null) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('funnel.noStageValues')} />;
  const definition = data.definitions.find((d) => d.key === metric);
  const format = (value: number | null) => (value === null ? '—' : formatMetricValue(value, definition, language));
  const stageName = (id: string) => map.stages.find((s) => s.id === id)?.name ?? id;
  const chartData = steps.filter((s) => s.volume !== null).map((s) => ({ name: stageName(s.stageId), volume: s.volume ?? 0, label: format(s.volume) }));
  const formula = (f: { en: string; zh: string }) => (language === 'zh-CN' ? f.zh : f.en);

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
        options={keys.map((key) => ({ value: key, label: displayName(data.definitions.find((d) => d.key === key), key, language) }))}
        onChange={(next: string) => setChosen(next)}
      />
      <div className="jc-metrics-panel__chart" role="img" aria-label={t('funnel.chart', { metric: displayName(definition, metric, language) })}>
        <BarChart width={CHART_WIDTH} height={chartData.length * BAR_HEIGHT + 20} data={chartData} layout="vertical" margin={{ top: 8, right: 48, bottom: 4, left: 0 }}>
          <XAxis type="number" hide />
          <YAxis type="category" dataKey="name" width={88} tick={{ fontSize: 11 }} interval={0} />
          <ChartTooltip formatter={(_value, _name, item) => [(item.payload as { label: string }).label, displayName(definition, metric, language)]} />
          <Bar dataKey="volume" isAnimationActive={false} barSize={18}>
            {chartData.map((entry, i) => (
              <Cell key={entry.name} fill={`hsl(214, 90%, ${52 + i * 6}%)`} />
            ))}
            <LabelList dataKey="label" position="right" style={{ fontSize: 11, fill: '#595959' }} />
          </Bar>
        </BarChart>
      </div>
      <Table<FunnelStep>
        size="small"
        pagination={false}
        rowKey="stageId"
        dataSource={steps}
        data-testid="funnel-table"
        onRow={(step) => ({ 'data-testid': 'funnel-row', 'data-stage-id': step.stageId }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'stage', title: t('funnel.stage'), render: (_, step) => stageName(step.stageId), ellipsis: true },
          { key: 'volume', title: t('funnel.volume'), align: 'right', render: (_, step) => <span data-testid="funnel-volume">{format(step.volume)}</span> },
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
