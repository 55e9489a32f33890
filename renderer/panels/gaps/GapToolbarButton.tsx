import './gaps.css';
import { AimOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { useGapStore } from '../../store/gapStore';
import { useViewStore } from '../../store/viewStore';
import { GAP_SEVERITY_COLORS } from './GapSeverityTag';
import { gapSeverityName } from './gapText';

/** "Gaps" in the editor toolbar: the number of open gaps (coloured by the worst), opens the gap panel. */
export function GapToolbarButton(_props: { map: JourneyMap }) {
  const { t } = useTranslation('gaps');
  const open = useViewStore((s) => s.sidePanel === 'gaps');
  const count = useGapStore((s) => s.open.length);
  // Open gaps come most severe first.
  const worst = useGapStore((s) => s.open[0]?.severity ?? null);
  const label = t('toolbar.label');
  const summary = worst === null ? t('toolbar.none') : t('toolbar.summary', { count, severity: gapSeverityName(t, worst) });
  return (
    <Tooltip title={summary}>
      <Badge count={count} size="small" color={worst ? GAP_SEVERITY_COLORS[worst].hex : undefined} offset={[-4, 4]} data-testid="gap-count" data-severity={worst ?? undefined}>
        <Button
          type={open ? 'primary' : 'text'}
          ghost={open}
          icon={<AimOutlined />}
          aria-label={label}
          aria-pressed={open}
          data-testid="panel-toggle-gaps"
          data-count={count}
          onClick={() => useViewStore.getState().toggleSidePanel('gaps')}
        />
      </Badge>
    </Tooltip>
  );
}
