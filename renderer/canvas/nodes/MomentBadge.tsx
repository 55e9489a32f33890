import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Moment } from '../../../src/model/annotations';
import { MOMENT_VISUALS } from '../annotationVisuals';

/** A moment of truth, aha or wow moment: its icon and short name, the full name in a tooltip. */
export function MomentBadge({ moment }: { moment: Moment }) {
  const { t } = useTranslation('present');
  const { Icon, color } = MOMENT_VISUALS[moment];
  const name = t(`moments.${moment}`);
  return (
    <Tooltip title={name}>
      {/* The short name is drawn by CSS (data-label) so it does not join the text of the header or card it sits in. */}
      <span className="jc-moment" data-testid="moment-badge" data-moment={moment} data-label={t(`moments.short.${moment}`)} style={{ color, borderColor: color }} role="img" aria-label={name}>
        <Icon />
      </span>
    </Tooltip>
  );
}
