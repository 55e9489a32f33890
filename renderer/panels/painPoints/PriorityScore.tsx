import { InfoCircleOutlined } from '@ant-design/icons';
import { Popover, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FREQUENCY_WEIGHTS, type Priority } from '../../../src/painPoints/priority';

/** The formula and the inputs of one priority, the assumed ones marked. */
function PriorityExplanation({ priority, rank }: { priority: Priority; rank: number | null }) {
  const { t } = useTranslation('pain');
  const line = (input: 'frequency' | 'reach' | 'effort', value: string) =>
    t(priority.assumed.includes(input) ? 'priority.assumed' : 'priority.input', { name: t(`priority.inputs.${input}`), value });
  return (
    <Space orientation="vertical" size={2} style={{ maxWidth: 360 }} data-testid="priority-explanation">
      <Typography.Text code>{t('priority.formula')}</Typography.Text>
      <Typography.Text type="secondary">{t('priority.scales')}</Typography.Text>
      {priority.severity === null ? (
        <Typography.Text type="warning">{t('priority.noScore')}</Typography.Text>
      ) : (
        <>
          <span>{t('priority.input', { name: t('priority.inputs.severity'), value: String(priority.severity) })}</span>
          <span>{line('frequency', `${t(`frequency.${priority.frequency}`)} (${FREQUENCY_WEIGHTS[priority.frequency]})`)}</span>
          <span>{line('reach', `${priority.reach} %`)}</span>
          <span>{line('effort', typeof priority.effort === 'number' ? String(priority.effort) : `${priority.effort} (${priority.effortPoints})`)}</span>
          <Typography.Text strong>
            {t('priority.result', { score: priority.score })}
            {rank !== null && ` · ${t('priority.rank', { rank })}`}
          </Typography.Text>
        </>
      )}
    </Space>
  );
}

/** A priority score with a popover that shows how it was computed. */
export function PriorityScore({ priority, rank }: { priority: Priority; rank: number | null }) {
  const { t } = useTranslation('pain');
  return (
    <Popover title={t('priority.title')} content={<PriorityExplanation priority={priority} rank={rank} />}>
      <span className="jc-pain__priority" tabIndex={0} data-testid="priority-score" data-score={priority.score ?? ''}>
        {priority.score ?? t('priority.none')} <InfoCircleOutlined aria-hidden style={{ color: '#8c8c8c' }} />
      </span>
    </Popover>
  );
}
