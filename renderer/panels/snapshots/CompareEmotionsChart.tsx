import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { VersionComparison } from '../../../src/compare/compareVersions';

const BEFORE = '#fa8c16';
const AFTER = '#1677ff';

/** The emotions tab: both versions' curves overlaid, stages along the x axis, -2..+2 up the y axis (to-be curves dashed when present). */
export function CompareEmotionsChart({ comparison }: { comparison: VersionComparison }) {
  const { t } = useTranslation('compare');
  const { rows } = comparison.emotions;
  const has = (field: 'before' | 'after' | 'beforeToBe' | 'afterToBe') => rows.some((row) => row[field] !== null);
  if (!has('before') && !has('after')) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('emotions.none')} />;
  const data = rows.map((row) => ({ ...row, stage: row.presence === 'removed' ? t('emotions.removedStage', { name: row.stageName }) : row.stageName }));
  // The before curves are drawn wide and pale under the after ones, so where the two agree both stay visible.
  const line = (field: 'before' | 'after' | 'beforeToBe' | 'afterToBe', label: string, color: string, dashed: boolean) =>
    has(field) && (
      <Line
        type="monotone"
        dataKey={field}
        name={label}
        stroke={color}
        strokeWidth={field.startsWith('before') ? 5 : 2}
        strokeOpacity={field.startsWith('before') ? 0.55 : 1}
        strokeDasharray={dashed ? '6 4' : undefined}
        connectNulls
        isAnimationActive={false}
        dot={{ r: 4 }}
      />
    );
  return (
    <div data-testid="compare-emotions" role="img" aria-label={t('emotions.chart')}>
      <LineChart width={980} height={320} data={data} margin={{ top: 16, right: 48, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="stage" interval={0} tick={{ fontSize: 12 }} />
        <YAxis domain={[-2, 2]} ticks={[-2, -1, 0, 1, 2]} width={32} />
        <ReferenceLine y={0} stroke="#bfbfbf" />
        <Tooltip />
        <Legend />
        {line('before', t('emotions.asIs', { label: comparison.before.label }), BEFORE, false)}
        {line('after', t('emotions.asIs', { label: comparison.after.label }), AFTER, false)}
        {line('beforeToBe', t('emotions.toBe', { label: comparison.before.label }), BEFORE, true)}
        {line('afterToBe', t('emotions.toBe', { label: comparison.after.label }), AFTER, true)}
      </LineChart>
    </div>
  );
}
