import { HistoryOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { useViewStore } from '../../store/viewStore';
import { CompareModal } from './CompareModal';
import { useSaveSnapshotShortcut } from './useSaveSnapshotShortcut';

/** "Snapshots" in the editor toolbar: opens the snapshots panel; owns the save shortcut and the compare dialog. */
export function SnapshotToolbarButton({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('compare');
  const open = useViewStore((s) => s.sidePanel === 'snapshots');
  useSaveSnapshotShortcut();
  const label = t('snapshots.button');
  return (
    <>
      <Tooltip title={`${label} (Ctrl+Alt+S)`}>
        <Button
          type={open ? 'primary' : 'text'}
          ghost={open}
          icon={<HistoryOutlined />}
          aria-label={label}
          aria-pressed={open}
          data-testid="panel-toggle-snapshots"
          onClick={() => useViewStore.getState().toggleSidePanel('snapshots')}
        />
      </Tooltip>
      <CompareModal map={map} />
    </>
  );
}
