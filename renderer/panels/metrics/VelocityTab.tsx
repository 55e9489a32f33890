import { Alert, Empty, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip as ChartTooltip, XAxis, YAxis } from 'recharts';
import type { JourneyMap } from '../../../src/model/journey';
import type { TransitionVelocity, VelocityReport } from '../../../src/model/metrics';
import { api } from '../../api/client';
import { describeError, toDescribableError } from '../../i18n/describeError';
import { useMetricsStore } from '../../store/metricsStore';

const CHART_WIDTH = 292;
const LINE_COLORS = ['#1677ff', '#fa8c16', '#52c41a', '#eb2f96', '#722ed1'];
const BACKWARD_COLOR = '#d4380d';
const days = (value: number) => Math.round(value * 10) / 10;
const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
const keyOf = (tr: TransitionVelocity) => `${tr.fromStageId}-${tr.toStageId}`;

/**
 * Stage velocity from the map's transition log, as src/metrics/velocity computes it: days per
 * transition forward and backward (backward ones marked), by month, the backward-move and re-entry
 * rates, and who is in each stage now and for how long. The tab only shows the report's figures.
 */
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
  const move = (tr: { fromStageId: string; toStageId: string }) => t('velocity.transition', { from: stageName(tr.fromStageId), to: stageName(tr.toStageId) });
  const label = (tr: TransitionVelocity) => (tr.direction === 'backward' ? `↩ ${move(tr)}` : move(tr));
  const backward = report.transitions.filter((tr) => tr.direction === 'backward');
  const bars = report.transitions.map((tr) => ({ name: label(tr), average: days(tr.averageDays), median: days(tr.medianDays) }));
  const shown = report.transitions.slice(0, LINE_COLORS.length);
  const months = [...new Set(shown.flatMap((tr) => tr.monthly.map((m) => m.month)))].sort();
  const monthly = months.map((month) => ({
    month,
    ...Object.fromEntries(shown.map((tr, i) => [`t${i}`, tr.monthly.find((m) => m.month === month)?.averageDays ?? null])),
  }));
  const monthRows = report.transitions.flatMap((tr) => tr.monthly.map((m) => ({ key: `${keyOf(tr)}-${m.month}`, tr, ...m })));

  return (
    <div data-testid="velocity-tab">
      <Typography.Text type="secondary">{t('velocity.entities', { count: report.entities })}</Typography.Text>
      {report.asOf !== null ? (
        <div className="jc-metrics-panel__formula" data-testid="velocity-as-of">
          {t('velocity.asOf', { date: report.asOf.slice(0, 10) })}
        </div>
      ) : null}
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
            <li key={keyOf(tr)} data-testid="velocity-transition" data-direction={tr.direction} style={tr.direction === 'backward' ? { color: BACKWARD_COLOR } : undefined}>
              {tr.direction === 'backward' ? <Tag color="volcano">↩ {t('velocity.backwardTag')}</Tag> : null}
              {move(tr)}: {t('velocity.average')} {days(tr.averageDays)} · {t('velocity.median')} {days(tr.medianDays)} · {t('velocity.count')} {tr.count}
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
              <Line key={`t${i}`} dataKey={`t${i}`} name={label(tr)} stroke={LINE_COLORS[i]} strokeDasharray={tr.direction === 'backward' ? '4 2' : undefined} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
            ))}
          </LineChart>
          <Typography.Text strong>{t('velocity.byMonth')}</Typography.Text>
          <div data-testid="velocity-monthly">
            <Table
              size="small"
              pagination={false}
              dataSource={monthRows}
              columns={[
                { key: 'move', title: t('velocity.move'), render: (_, row) => label(row.tr) },
                { key: 'month', title: t('velocity.month'), render: (_, row) => <span style={{ whiteSpace: 'nowrap' }}>{row.month}</span> },
                { key: 'average', title: t('velocity.average'), align: 'right', render: (_, row) => days(row.averageDays) },
                { key: 'median', title: t('velocity.median'), align: 'right', render: (_, row) => (row.medianDays === null ? t('velocity.noValue') : days(row.medianDays)) },
                { key: 'count', title: t('velocity.count'), align: 'right', dataIndex: 'count' },
              ]}
            />
          </div>
        </div>
      ) : null}
      <div className="jc-metrics-panel__section" data-testid="velocity-backward">
        <Typography.Text strong>{t('velocity.backward')}</Typography.Text>
        <div className="jc-metrics-panel__formula" data-testid="velocity-backward-rate">
          {t('velocity.backwardRate', { rate: percent(report.backwardRate), backward: report.moves.backward, forward: report.moves.forward })}
        </div>
        {backward.length === 0 ? (
          <div className="jc-metrics-panel__formula">{t('velocity.noBackward')}</div>
        ) : (
          <ul className="jc-metrics-panel__list">
            {backward.map((tr) => (
              <li key={keyOf(tr)}>
                {move(tr)}: {tr.count} · {t('velocity.average')} {days(tr.averageDays)} · {t('velocity.median')} {days(tr.medianDays)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="jc-metrics-panel__section" data-testid="velocity-repeated">
        <Typography.Text strong>{t('velocity.repeated')}</Typography.Text>
        <div className="jc-metrics-panel__formula" data-testid="velocity-reentry-rate">
          {t('velocity.reentryRate', { rate: percent(report.reentryRate) })}
        </div>
        {report.stages.every((s) => s.reentered === 0) ? (
          <div className="jc-metrics-panel__formula">{t('velocity.noRepeated')}</div>
        ) : (
          <ul className="jc-metrics-panel__list">
            {report.stages
              .filter((s) => s.reentered > 0)
              .map((s) => (
                <li key={s.stageId}>{t('velocity.reentryRow', { stage: stageName(s.stageId), reentered: s.reentered, entered: s.entered, rate: percent(s.reentryRate) })}</li>
              ))}
          </ul>
        )}
      </div>
      <div className="jc-metrics-panel__section" data-testid="velocity-current">
        <Typography.Text strong>{t('velocity.current')}</Typography.Text>
        <ul className="jc-metrics-panel__list">
          {report.stages.map((s) => (
            <li key={s.stageId} data-testid="velocity-current-stage" data-stage={s.stageId}>
              {stageName(s.stageId)}: {s.current}
              {s.currentAverageDays !== null && s.currentMedianDays !== null
                ? t('velocity.currentDays', { average: days(s.currentAverageDays), median: days(s.currentMedianDays) })
                : null}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
