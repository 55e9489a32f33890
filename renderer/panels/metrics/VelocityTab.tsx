import { Alert, Empty, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip as ChartTooltip, XAxis, YAxis } from 'recharts';
import type { JourneyMap } from '../../../src/model/journey';
import type { VelocityReport } from '../../../src/model/metrics';
import { api } from '../../api/client';
import { describeError, toDescribableError } from '../../i18n/describeError';
import { useMetricsStore } from '../../store/metricsStore';

const CHART_WIDTH = 292;
const LINE_COLORS = ['#1677ff', '#fa8c16', '#52c41a', '#eb2f96', '#722ed1'];
const days = (value: number) => Math.round(value * 10) / 10;

/** Stage velocity from the map's transition log: days per transition, its monthly trend, backward moves, repeats, and where everyone is now. */
export function VelocityTab({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('metrics');
  const projectId = useMetricsStore((s) => s.projectId);
  const mapId = useMetricsStore((s) => s.mapId);
  const revision = useMetricsStore((s) => s.revision);
  const hasTransitions = useMetricsStore((s) => s.data?.hasTransitions ?? false);
  const [report, setReport] = useState<VelocityReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!hasTransitions || projectId === null || mapId === null) return;
    let live = true;
    api
      .invoke('metrics.velocity', { projectId, mapId })
      .then((next) => {
        if (!live) return;
        setReport(next);
        setError(null);
      })
      .catch((thrown: unknown) => live && setError(describeError(t, toDescribableError(thrown))));
    return () => {
      live = false;
    };
  }, [hasTransitions, projectId, mapId, revision, t]);

  if (!hasTransitions) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('velocity.empty')} />;
  if (error !== null) return <Alert type="error" showIcon message={t('velocity.failed', { message: error })} />;
  if (report === null) return <Spin size="small" tip={t('velocity.loading')} />;

  const stageName = (id: string) => map.stages.find((s) => s.id === id)?.name ?? t('velocity.unknownStage');
  const move = (from: string, to: string) => t('velocity.transition', { from: stageName(from), to: stageName(to) });
  const bars = report.transitions.map((tr) => ({ name: move(tr.fromStageId, tr.toStageId), average: days(tr.averageDays), median: days(tr.medianDays), count: tr.count }));
  const shown = report.transitions.slice(0, LINE_COLORS.length);
  const months = [...new Set(shown.flatMap((tr) => tr.monthly.map((m) => m.month)))].sort();
  const monthly = months.map((month) => ({
    month,
    ...Object.fromEntries(shown.map((tr, i) => [`t${i}`, tr.monthly.find((m) => m.month === month)?.averageDays ?? null])),
  }));

  return (
    <div data-testid="velocity-tab">
      <Typography.Text type="secondary">{t('velocity.entities', { count: report.entities })}</Typography.Text>
      <div className="jc-metrics-panel__section">
        <Typography.Text strong>{t('velocity.transitions')}</Typography.Text>
        <BarChart width={CHART_WIDTH} height={bars.length * 44 + 56} data={bars} layout="vertical" margin={{ top: 4, right: 12, bottom: 4, left: 0 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" tick={{ fontSize: 10 }} />
          <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 10 }} interval={0} />
          <ChartTooltip />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <Bar dataKey="average" name={t('velocity.average')} fill="#1677ff" isAnimationActive={false} />
          <Bar dataKey="median" name={t('velocity.median')} fill="#91caff" isAnimationActive={false} />
        </BarChart>
        <ul className="jc-metrics-panel__list" data-testid="velocity-transitions">
          {report.transitions.map((tr) => (
            <li key={`${tr.fromStageId}-${tr.toStageId}`} data-testid="velocity-transition">
              {move(tr.fromStageId, tr.toStageId)}: {t('velocity.average')} {days(tr.averageDays)} · {t('velocity.median')} {days(tr.medianDays)} · {t('velocity.count')}{' '}
              {tr.count}
            </li>
          ))}
        </ul>
      </div>
      {months.length > 0 ? (
        <div className="jc-metrics-panel__section">
          <Typography.Text strong>{t('velocity.monthly')}</Typography.Text>
          <LineChart width={CHART_WIDTH} height={180} data={monthly} margin={{ top: 8, right: 24, bottom: 4, left: -20 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" tick={{ fontSize: 10 }} />
            <YAxis tick={{ fontSize: 10 }} />
            <ChartTooltip />
            <Legend wrapperStyle={{ fontSize: 10 }} />
            {shown.map((tr, i) => (
              <Line key={`t${i}`} dataKey={`t${i}`} name={move(tr.fromStageId, tr.toStageId)} stroke={LINE_COLORS[i]} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
            ))}
          </LineChart>
        </div>
      ) : null}
      <div className="jc-metrics-panel__section" data-testid="velocity-backward">
        <Typography.Text strong>{t('velocity.backward')}</Typography.Text>
        {report.backwardMoves.length === 0 ? (
          <div className="jc-metrics-panel__formula">{t('velocity.noBackward')}</div>
        ) : (
          <ul className="jc-metrics-panel__list">
            {report.backwardMoves.map((b) => (
              <li key={`${b.fromStageId}-${b.toStageId}`}>
                {move(b.fromStageId, b.toStageId)}: {b.count}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="jc-metrics-panel__section" data-testid="velocity-repeated">
        <Typography.Text strong>{t('velocity.repeated')}</Typography.Text>
        {report.repeatedEntries.length === 0 ? (
          <div className="jc-metrics-panel__formula">{t('velocity.noRepeated')}</div>
        ) : (
          <ul className="jc-metrics-panel__list">
            {report.repeatedEntries.map((r) => (
              <li key={r.stageId}>{t('velocity.repeatedRow', { stage: stageName(r.stageId), count: r.entities, entries: r.entries })}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="jc-metrics-panel__section" data-testid="velocity-current">
        <Typography.Text strong>{t('velocity.current')}</Typography.Text>
        <ul className="jc-metrics-panel__list">
          {report.currentCounts.map((c) => (
            <li key={c.stageId}>
              {stageName(c.stageId)}: {c.count}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
