import './workshop.css';
import { CloseOutlined } from '@ant-design/icons';
import { Button, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { useViewStore } from '../../store/viewStore';
import { GapsPanel } from '../gaps/GapsPanel';
import { MetricsPanel } from '../metrics/MetricsPanel';
import { SnapshotsPanel } from '../snapshots/SnapshotsPanel';
import { CommentsPanel } from './CommentsPanel';
import { MomentsPanel } from './MomentsPanel';
import { VotingPanel } from './VotingPanel';

/** The side panel chosen in the view store (comments, moments, votes or metrics), next to the canvas. */
export function WorkshopSidePanel({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('workshop');
  const panel = useViewStore((s) => s.sidePanel);
  if (!panel) return null;
  const title = t(`panel.${panel}`);
  return (
    <aside
      className="jc-workshop-panel"
      data-testid="workshop-panel"
      data-panel={panel}
      aria-label={title}
      // Keys pressed here (Delete on a focused button, arrows) belong to the panel, not to the canvas; Ctrl/Cmd shortcuts still reach the editor.
      onKeyDown={(e) => !e.ctrlKey && !e.metaKey && e.stopPropagation()}
    >
      <div className="jc-workshop-panel__header">
        <Typography.Text strong>{title}</Typography.Text>
        <Tooltip title={t('panel.close')}>
          <Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('panel.close')} onClick={() => useViewStore.getState().toggleSidePanel(null)} />
        </Tooltip>
      </div>
      <div className="jc-workshop-panel__body">
        {panel === 'comments' && <CommentsPanel map={map} />}
        {panel === 'moments' && <MomentsPanel map={map} />}
        {panel === 'votes' && <VotingPanel map={map} />}
        {panel === 'metrics' && <MetricsPanel map={map} />}
        {panel === 'gaps' && <GapsPanel map={map} />}
        {panel === 'snapshots' && <SnapshotsPanel map={map} />}
      </div>
    </aside>
  );
}
