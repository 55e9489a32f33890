import { CheckCircleFilled, CloseCircleFilled, MinusCircleFilled, QuestionCircleOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExpectationStatus } from '../../../../src/model/gaps';

const STATUS_ICONS: Record<ExpectationStatus, typeof CheckCircleFilled> = {
  unknown: QuestionCircleOutlined,
  met: CheckCircleFilled,
  partlyMet: MinusCircleFilled,
  notMet: CloseCircleFilled,
};

/** The mark of a customer-expectation card: whether the internal step delivers it (not assessed until someone says). */
export function ExpectationMarker({ status = 'unknown' }: { status?: ExpectationStatus }) {
  const { t } = useTranslation('editor');
  const Icon = STATUS_ICONS[status];
  const label = t('gapsCanvas.expectation', { status: t(`gapsCanvas.expectationStatus.${status}`) });
  return (
    <Tooltip title={label}>
      <span className="jc-expectation" data-testid="card-expectation" data-status={status} aria-label={label} role="img">
        <Icon aria-hidden />
      </span>
    </Tooltip>
  );
}
