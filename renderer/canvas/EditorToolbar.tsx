import {
  ArrowLeftOutlined,
  CheckCircleOutlined,
  CompressOutlined,
  DownOutlined,
  ExclamationCircleOutlined,
  LayoutOutlined,
  LoadingOutlined,
  PlusOutlined,
  QuestionCircleOutlined,
  RedoOutlined,
  UndoOutlined,
  ZoomInOutlined,
  ZoomOutOutlined,
} from '@ant-design/icons';
import { useReactFlow, useStore } from '@xyflow/react';
import { Button, Divider, Dropdown, Popover, Space, Tooltip, Typography, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../src/model/journey';
import { LANE_TYPES } from '../../src/schema/journey';
import { EmotionCurveControls } from '../panels/catalog/EmotionCurveControls';
import { FilterControl } from '../panels/catalog/FilterControl';
import { GapToolbarButton } from '../panels/gaps/GapToolbarButton';
import { ImportToolbarButton } from '../panels/import/ImportToolbarButton';
import { SnapshotToolbarButton } from '../panels/snapshots/SnapshotToolbarButton';
import { ExportMenuButton } from '../panels/export/ExportMenuButton';
import { CompareViewToggle } from './compare/CompareViewToggle';
import { MetricsToolbarButtons } from '../panels/metrics/MetricsToolbar';
import { PainToolbarButtons } from '../panels/painPoints/PainToolbar';
import { WorkshopToolbarButtons } from '../panels/workshop/WorkshopToolbar';
import { selectCanRedo, selectCanUndo, selectSaveState, useDocumentStore } from '../store/documentStore';
import { useViewStore } from '../store/viewStore';
import { addLane, addStage, execute } from './editorActions';
import { LANE_TYPE_VISUALS } from './laneTypeVisuals';
import { PresentToolbarButtons } from './presentation/PresentToolbar';
import { ShortcutHelp } from './ShortcutHelp';

function SaveStatus() {
  const { t } = useTranslation('editor');
  const state = useDocumentStore(selectSaveState);
  const icon = { saving: <LoadingOutlined />, saved: <CheckCircleOutlined />, error: <ExclamationCircleOutlined /> }[state];
  // Once saved, only the tick shows (the words stay for screen readers and the tooltip): the toolbar is crowded.
  return (
    <Tooltip title={state === 'saved' ? t('save.saved') : undefined}>
      <Typography.Text
        type={state === 'error' ? 'danger' : 'secondary'}
        className="jc-save-status"
        data-testid="save-status"
        data-state={state}
        role="status"
      >
        {icon} <span className={state === 'saved' ? 'visually-hidden' : undefined}>{t(`save.${state}`)}</span>
      </Typography.Text>
    </Tooltip>
  );
}

function IconButton({ label, icon, onClick, disabled }: { label: string; icon: ReactNode; onClick(): void; disabled?: boolean }) {
  return (
    <Tooltip title={label}>
      <Button type="text" icon={icon} aria-label={label} onClick={onClick} disabled={disabled} />
    </Tooltip>
  );
}

function InspectorToggle() {
  const { t } = useTranslation('editor');
  const open = useViewStore((s) => s.inspectorOpen);
  const label = t('toolbar.inspector');
  return (
    <Tooltip title={`${label} (${t('toolbar.inspectorShortcut')})`}>
      <Button
        type={open ? 'primary' : 'text'}
        ghost={open}
        icon={<LayoutOutlined />}
        aria-label={label}
        aria-pressed={open}
        onClick={() => useViewStore.getState().toggleInspector()}
      />
    </Tooltip>
  );
}

/** Top bar of the editor: navigation, map name, adding stages and lanes, history, zoom, filters, panels, export, save status, help, inspector. */
export function EditorToolbar({ map, onBack }: { map: JourneyMap; onBack(): void }) {
  const { t } = useTranslation('editor');
  const flow = useReactFlow();
  const zoom = useStore((s) => s.transform[2]);
  const canUndo = useDocumentStore(selectCanUndo);
  const canRedo = useDocumentStore(selectCanRedo);

  const laneItems: MenuProps['items'] = LANE_TYPES.map((type) => {
    const { Icon, color } = LANE_TYPE_VISUALS[type];
    return {
      key: type,
      icon: (
        <span style={{ color }}>
          <Icon />
        </span>
      ),
      label: t(`laneTypes.${type}`),
      onClick: () => addLane(type, map.lanes.length),
    };
  });

  return (
    <div className="jc-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <IconButton label={t('toolbar.back')} icon={<ArrowLeftOutlined />} onClick={onBack} />
      <Typography.Text
        strong
        className="jc-toolbar__name"
        editable={{
          tooltip: t('toolbar.renameMap'),
          text: map.name,
          onChange: (value) => {
            const name = value.trim();
            if (name !== '' && name !== map.name) execute([{ name: 'map.rename', args: { name } }]);
          },
        }}
      >
        {map.name}
      </Typography.Text>
      <Divider orientation="vertical" />
      <Space size={4}>
        <Button icon={<PlusOutlined />} onClick={() => addStage(map.stages.length)} aria-label={t('toolbar.addStage')}>
          {t('toolbar.stage')}
        </Button>
        <Dropdown menu={{ items: laneItems }} trigger={['click']}>
          <Button icon={<PlusOutlined />} aria-label={t('toolbar.addLane')}>
            {t('toolbar.lane')} <DownOutlined />
          </Button>
        </Dropdown>
      </Space>
      <Divider orientation="vertical" />
      <IconButton label={t('toolbar.undo')} icon={<UndoOutlined />} onClick={() => useDocumentStore.getState().undo()} disabled={!canUndo} />
      <IconButton label={t('toolbar.redo')} icon={<RedoOutlined />} onClick={() => useDocumentStore.getState().redo()} disabled={!canRedo} />
      <Divider orientation="vertical" />
      <IconButton label={t('toolbar.zoomOut')} icon={<ZoomOutOutlined />} onClick={() => void flow.zoomOut({ duration: 150 })} />
      <Typography.Text className="jc-toolbar__zoom" type="secondary" aria-label={t('toolbar.zoomLevel')}>
        {Math.round(zoom * 100)}%
      </Typography.Text>
      <IconButton label={t('toolbar.zoomIn')} icon={<ZoomInOutlined />} onClick={() => void flow.zoomIn({ duration: 150 })} />
      <IconButton label={t('toolbar.fitView')} icon={<CompressOutlined />} onClick={() => void flow.fitView({ duration: 200, maxZoom: 1 })} />
      <Divider orientation="vertical" />
      <FilterControl />
      {map.lanes.some((lane) => lane.type === 'emotions') && <EmotionCurveControls />}
      <Divider orientation="vertical" />
      <PainToolbarButtons map={map} />
      <ImportToolbarButton map={map} />
      <MetricsToolbarButtons map={map} />
      <GapToolbarButton map={map} />
      <CompareViewToggle />
      <SnapshotToolbarButton map={map} />
      <WorkshopToolbarButtons map={map} />
      <PresentToolbarButtons map={map} />
      <ExportMenuButton map={map} />
      <div className="jc-toolbar__spacer" />
      <SaveStatus />
      <Popover content={<ShortcutHelp />} title={t('help.title')} trigger="click" placement="bottomRight">
        <Button type="text" icon={<QuestionCircleOutlined />} aria-label={t('toolbar.help')} />
      </Popover>
      <InspectorToggle />
    </div>
  );
}
