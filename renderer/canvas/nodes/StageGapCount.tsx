import { WarningFilled } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GapSeverity } from '../../../src/model/gaps';
import { useGapStore } from '../../store/gapStore';

/** The number of open gaps at a stage, in its header, coloured by the worst one. */
export function StageGapCount({ stageId, stageName, severity }: { stageId: string; stageName: string; severity: GapSeverity }) {
  const { t } = useTranslation('editor');
  const count = useGapStore((s) => s.stageGaps.get(stageId)?.count ?? 0);
  const label = t('gapsCanvas.stageCount', { count, stage: stageName });
  return (
    <Tooltip title={label}>
      {/* The number is drawn by CSS (data-count) so it does not join the stage's name, as the comment count does. */}
      <span className="jc-stage-gaps" data-testid="stage-gap-count" data-count={count} data-severity={severity} aria-label={label} role="img">
        <WarningFilled aria-hidden />
      </span>
    </Tooltip>
  );
}
