import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useStoreApi, type NodeProps } from '@xyflow/react';
import type { MenuProps } from 'antd';
import { memo, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANE_HEIGHT_MAX, LANE_HEIGHT_MIN, LANE_TYPES } from '../../../src/schema/journey';
import { useDocumentStore } from '../../store/documentStore';
import { useSelectionStore } from '../../store/selectionStore';
import { addLane, execute } from '../editorActions';
import { useEditorServices } from '../editorContext';
import type { LaneHeaderFlowNode } from '../flowElements';
import { laneView } from '../laneGroups';
import { LANE_TYPE_VISUALS } from '../laneTypeVisuals';
import { LANE_GROUP_WIDTH, LANE_HEADER_WIDTH } from '../layout';
import { CommentIndicator } from './CommentIndicator';
import { HeaderFrame } from './HeaderFrame';
import { selectHeaderOnClick } from './selectHeaderOnClick';
import { useStickyShift } from './stickyShift';

/** Room between the group band and the lane's icon. */
const LANE_NAME_INSET = 8;

const clampHeight = (h: number): number => Math.round(Math.min(LANE_HEIGHT_MAX, Math.max(LANE_HEIGHT_MIN, h)));

/** Drag on the bottom edge: previews live, records one `lane.resize` at release. */
function useLaneResize(laneId: string, currentHeight: number) {
  const flow = useStoreApi();
  return (down: PointerEvent<HTMLDivElement>) => {
    if (down.button !== 0) return;
    down.stopPropagation();
    const grip = down.currentTarget;
    grip.setPointerCapture(down.pointerId);
    const zoom = flow.getState().transform[2];
    const startY = down.clientY;
    let height = currentHeight;
    const move = (e: globalThis.PointerEvent) => {
      height = clampHeight(currentHeight + (e.clientY - startY) / zoom);
      useSelectionStore.getState().previewLaneResize({ laneId, height });
    };
    const up = () => {
      grip.removeEventListener('pointermove', move);
      grip.removeEventListener('pointerup', up);
      grip.removeEventListener('pointercancel', up);
      useSelectionStore.getState().previewLaneResize(null);
      if (height !== currentHeight) execute([{ name: 'lane.resize', args: { id: laneId, height } }]);
    };
    grip.addEventListener('pointermove', move);
    grip.addEventListener('pointerup', up);
    grip.addEventListener('pointercancel', up);
  };
}

function LaneHeaderView({ data, height }: NodeProps<LaneHeaderFlowNode>) {
  const { t } = useTranslation('editor');
  const sticky = useStickyShift<HTMLDivElement>('x');
  const { confirm } = useEditorServices();
  const lane = useDocumentStore((s) => s.map?.lanes.find((x) => x.id === data.laneId));
  const selected = useSelectionStore((s) => s.header?.kind === 'lane' && s.header.id === data.laneId);
  const [renaming, setRenaming] = useState(false);
  const startResize = useLaneResize(data.laneId, height ?? LANE_HEIGHT_MIN);
  if (!lane) return null;
  const { index, count } = data;
  const { Icon, color } = LANE_TYPE_VISUALS[lane.type];

  const remove = async () => {
    const map = useDocumentStore.getState().map;
    const cards = map ? Object.values(map.cards).filter((c) => c.laneId === lane.id).length : 0;
    const ok =
      cards === 0 ||
      (await confirm({
        title: t('lane.deleteTitle', { name: lane.name }),
        content: t('lane.deleteContent', { count: cards }),
        okText: t('actions.delete'),
        cancelText: t('actions.cancel'),
        danger: true,
      }));
    if (ok) execute([{ name: 'lane.delete', args: { id: lane.id } }]);
  };

  // Lane types offered under their view, customer first, as the lanes are grouped on the canvas.
  const typeItems = (key: string, at: number) =>
    (['customer', 'internal'] as const).map((view) => ({
      key: `${key}:${view}`,
      type: 'group' as const,
      label: t(`laneGroups.${view}`),
      children: LANE_TYPES.filter((type) => laneView(type) === view).map((type) => {
        const visual = LANE_TYPE_VISUALS[type];
        return { key: `${key}:${type}`, icon: <visual.Icon />, label: t(`laneTypes.${type}`), onClick: () => addLane(type, at) };
      }),
    }));
  const items: MenuProps['items'] = [
    { key: 'rename', icon: <EditOutlined />, label: t('actions.rename'), onClick: () => setRenaming(true) },
    { key: 'addAbove', icon: <PlusOutlined />, label: t('lane.addAbove'), children: typeItems('addAbove', index) },
    { key: 'addBelow', icon: <PlusOutlined />, label: t('lane.addBelow'), children: typeItems('addBelow', index + 1) },
    { type: 'divider' },
    {
      key: 'moveUp',
      icon: <ArrowUpOutlined />,
      label: t('lane.moveUp'),
      disabled: index === 0,
      onClick: () => execute([{ name: 'lane.move', args: { id: lane.id, toIndex: index - 1 } }]),
    },
    {
      key: 'moveDown',
      icon: <ArrowDownOutlined />,
      label: t('lane.moveDown'),
      disabled: index >= count - 1,
      onClick: () => execute([{ name: 'lane.move', args: { id: lane.id, toIndex: index + 1 } }]),
    },
    { type: 'divider' },
    { key: 'delete', icon: <DeleteOutlined />, label: t('actions.delete'), danger: true, onClick: () => void remove() },
  ];

  return (
    <HeaderFrame
      items={items}
      name={lane.name}
      nameClassName="jc-lane__name"
      renaming={renaming}
      renameLabel={t('lane.name')}
      menuLabel={t('lane.menu', { name: lane.name })}
      onRenamed={(name) => {
        setRenaming(false);
        if (name) execute([{ name: 'lane.rename', args: { id: lane.id, name } }]);
      }}
      className={`jc-lane${selected ? ' jc-lane--selected' : ''}`}
      badges={<CommentIndicator target={{ kind: 'lane', id: lane.id }} />}
      ref={sticky}
      data-testid="lane-header"
      data-lane-id={lane.id}
      // The group band (customer / internal view) is drawn over the column's left edge.
      style={{ width: LANE_HEADER_WIDTH, paddingLeft: LANE_GROUP_WIDTH + LANE_NAME_INSET }}
      onClick={selectHeaderOnClick({ kind: 'lane', id: lane.id })}
      onDoubleClick={() => setRenaming(true)}
      before={
        <span className="jc-lane__icon" style={{ color }} title={t(`laneTypes.${lane.type}`)}>
          <Icon />
        </span>
      }
      after={
        <div
          className="jc-lane__resize nodrag nopan"
          data-testid="lane-resize"
          role="separator"
          aria-orientation="horizontal"
          aria-label={t('lane.resize')}
          onPointerDown={startResize}
        />
      }
    />
  );
}

export const LaneHeaderNode = memo(LaneHeaderView);
