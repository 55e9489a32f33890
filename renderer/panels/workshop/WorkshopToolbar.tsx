import { CommentOutlined, StarOutlined, TeamOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { useViewStore, type SidePanel } from '../../store/viewStore';
import { TimerControl } from './TimerControl';
import { ViewsControl } from './ViewsControl';

function PanelToggle({ panel, icon, count }: { panel: SidePanel; icon: ReactNode; count?: number }) {
  const { t } = useTranslation('workshop');
  const open = useViewStore((s) => s.sidePanel === panel);
  const label = t(`panel.${panel}`);
  return (
    <Tooltip title={label}>
      <Badge count={count} size="small" offset={[-4, 4]}>
        <Button
          type={open ? 'primary' : 'text'}
          ghost={open}
          icon={icon}
          aria-label={label}
          aria-pressed={open}
          data-testid={`panel-toggle-${panel}`}
          onClick={() => useViewStore.getState().toggleSidePanel(panel)}
        />
      </Badge>
    </Tooltip>
  );
}

const openThreadCount = (map: JourneyMap): number => Object.values(map.comments ?? {}).filter((c) => c.parentId === undefined && c.resolved !== true).length;

/** Editor toolbar buttons of the workshop area: comments, moments and vote panels, timer, saved views. */
export function WorkshopToolbarButtons({ map }: { map: JourneyMap }) {
  return (
    <>
      <PanelToggle panel="comments" icon={<CommentOutlined />} count={openThreadCount(map)} />
      <PanelToggle panel="moments" icon={<StarOutlined />} />
      <PanelToggle panel="votes" icon={<TeamOutlined />} />
      <TimerControl />
      <ViewsControl map={map} />
    </>
  );
}
