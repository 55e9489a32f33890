import { ArrowLeftOutlined, ArrowRightOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { NodeProps } from '@xyflow/react';
import type { MenuProps } from 'antd';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../../store/documentStore';
import { useSelectionStore } from '../../store/selectionStore';
import { execute } from '../editorActions';
import type { PhaseHeaderFlowNode } from '../flowElements';
import { PHASE_HEADER_HEIGHT } from '../layout';
import { colorMenu } from './colorMenu';
import { HeaderFrame } from './HeaderFrame';
import { selectHeaderOnClick } from './selectHeaderOnClick';
import { takePendingRename } from './pendingRename';
import { useStickyShift } from './stickyShift';

function PhaseHeaderView({ data }: NodeProps<PhaseHeaderFlowNode>) {
  const { t } = useTranslation('editor');
  const sticky = useStickyShift<HTMLDivElement>('y');
  const phase = useDocumentStore((s) => s.map?.phases?.find((x) => x.id === data.phaseId));
  const selected = useSelectionStore((s) => s.header?.kind === 'phase' && s.header.id === data.phaseId);
  const [renaming, setRenaming] = useState(() => takePendingRename(data.phaseId));
  if (!phase) return null;
  const { index, count } = data;
  const move = (toIndex: number) => execute([{ name: 'phase.move', args: { id: phase.id, toIndex } }]);

  const items: MenuProps['items'] = [
    { key: 'rename', icon: <EditOutlined />, label: t('actions.rename'), onClick: () => setRenaming(true) },
    colorMenu(t, t('phase.color'), (color) => execute([{ name: 'phase.recolor', args: { id: phase.id, color } }])),
    { type: 'divider' },
    { key: 'moveLeft', icon: <ArrowLeftOutlined />, label: t('phase.moveLeft'), disabled: index === 0, onClick: () => move(index - 1) },
    { key: 'moveRight', icon: <ArrowRightOutlined />, label: t('phase.moveRight'), disabled: index >= count - 1, onClick: () => move(index + 1) },
    { type: 'divider' },
    { key: 'delete', icon: <DeleteOutlined />, label: t('phase.delete'), danger: true, onClick: () => execute([{ name: 'phase.delete', args: { id: phase.id } }]) },
  ];

  const color = phase.color ?? '#bfbfbf';
  return (
    <HeaderFrame
      items={items}
      name={phase.name}
      nameClassName="jc-phase__name"
      renaming={renaming}
      renameLabel={t('phase.name')}
      menuLabel={t('phase.menu', { name: phase.name })}
      onRenamed={(name) => {
        setRenaming(false);
        if (name) execute([{ name: 'phase.rename', args: { id: phase.id, name } }]);
      }}
      className={`jc-phase${selected ? ' jc-phase--selected' : ''}`}
      ref={sticky}
      data-testid="phase-header"
      data-phase-id={phase.id}
      style={{ height: PHASE_HEADER_HEIGHT, background: `${color}2e`, borderBottomColor: color }}
      onClick={selectHeaderOnClick({ kind: 'phase', id: phase.id })}
      onDoubleClick={() => setRenaming(true)}
    />
  );
}

export const PhaseHeaderNode = memo(PhaseHeaderView);
