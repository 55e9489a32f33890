import './gapMarks.css';
import { ArrowLeftOutlined, ArrowRightOutlined, DeleteOutlined, EditOutlined, GroupOutlined, PlusOutlined } from '@ant-design/icons';
import type { NodeProps } from '@xyflow/react';
import type { MenuProps } from 'antd';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../../store/documentStore';
import { useGapStore } from '../../store/gapStore';
import { useSelectionStore } from '../../store/selectionStore';
import { addPhaseWithStage, addStage, execute } from '../editorActions';
import { useEditorServices } from '../editorContext';
import type { StageHeaderFlowNode } from '../flowElements';
import { GAP_SEVERITY_COLORS } from '../annotationVisuals';
import { STAGE_HEADER_HEIGHT } from '../layout';
import { usePresentationStore } from '../presentation/presentationStore';
import { colorMenu } from './colorMenu';
import { CommentIndicator } from './CommentIndicator';
import { HeaderFrame } from './HeaderFrame';
import { MomentBadge } from './MomentBadge';
import { selectHeaderOnClick } from './selectHeaderOnClick';
import { StageGapCount } from './StageGapCount';
import { useStickyShift } from './stickyShift';

function StageHeaderView({ data }: NodeProps<StageHeaderFlowNode>) {
  const { t } = useTranslation('editor');
  const sticky = useStickyShift<HTMLDivElement>('y');
  const { confirm } = useEditorServices();
  const stage = useDocumentStore((s) => s.map?.stages.find((x) => x.id === data.stageId));
  const phases = useDocumentStore((s) => s.map?.phases);
  const selected = useSelectionStore((s) => s.header?.kind === 'stage' && s.header.id === data.stageId);
  // While presenting, every stage but the one shown is dimmed.
  const dimmed = usePresentationStore((s) => s.active && s.stageIndex !== data.index);
  const gapSeverity = useGapStore((s) => s.stageGaps.get(data.stageId)?.severity);
  const [renaming, setRenaming] = useState(false);
  if (!stage) return null;
  const { index, count } = data;

  const remove = async () => {
    const map = useDocumentStore.getState().map;
    const cards = map ? Object.values(map.cards).filter((c) => c.stageId === stage.id).length : 0;
    const ok =
      cards === 0 ||
      (await confirm({
        title: t('stage.deleteTitle', { name: stage.name }),
        content: t('stage.deleteContent', { count: cards }),
        okText: t('actions.delete'),
        cancelText: t('actions.cancel'),
        danger: true,
      }));
    if (ok) execute([{ name: 'stage.delete', args: { id: stage.id } }]);
  };

  const setPhase = (phaseId: string | null) => execute([{ name: 'stage.setPhase', args: { id: stage.id, phaseId } }]);
  const items: MenuProps['items'] = [
    { key: 'rename', icon: <EditOutlined />, label: t('actions.rename'), onClick: () => setRenaming(true) },
    { key: 'addBefore', icon: <PlusOutlined />, label: t('stage.addBefore'), onClick: () => addStage(index) },
    { key: 'addAfter', icon: <PlusOutlined />, label: t('stage.addAfter'), onClick: () => addStage(index + 1) },
    { type: 'divider' },
    {
      key: 'moveLeft',
      icon: <ArrowLeftOutlined />,
      label: t('stage.moveLeft'),
      disabled: index === 0,
      onClick: () => execute([{ name: 'stage.move', args: { id: stage.id, toIndex: index - 1 } }]),
    },
    {
      key: 'moveRight',
      icon: <ArrowRightOutlined />,
      label: t('stage.moveRight'),
      disabled: index >= count - 1,
      onClick: () => execute([{ name: 'stage.move', args: { id: stage.id, toIndex: index + 1 } }]),
    },
    colorMenu(t, t('stage.color'), (color) => execute([{ name: 'stage.recolor', args: { id: stage.id, color } }])),
    {
      key: 'phase',
      icon: <GroupOutlined />,
      label: t('stage.phase'),
      children: [
        { key: 'phase:none', label: t('stage.noPhase'), disabled: !stage.phaseId, onClick: () => setPhase(null) },
        ...(phases ?? []).map((phase) => ({
          key: `phase:${phase.id}`,
          label: phase.name,
          disabled: stage.phaseId === phase.id,
          onClick: () => setPhase(phase.id),
        })),
        { type: 'divider' as const },
        { key: 'phase:new', icon: <PlusOutlined />, label: t('stage.newPhase'), onClick: () => addPhaseWithStage(stage.id) },
      ],
    },
    { type: 'divider' },
    { key: 'delete', icon: <DeleteOutlined />, label: t('actions.delete'), danger: true, onClick: () => void remove() },
  ];

  return (
    <HeaderFrame
      items={items}
      name={stage.name}
      nameClassName="jc-stage__name"
      renaming={renaming}
      renameLabel={t('stage.name')}
      menuLabel={t('stage.menu', { name: stage.name })}
      onRenamed={(name) => {
        setRenaming(false);
        if (name) execute([{ name: 'stage.rename', args: { id: stage.id, name } }]);
      }}
      className={`jc-stage${selected ? ' jc-stage--selected' : ''}${dimmed ? ' jc-stage--dimmed' : ''}${gapSeverity ? ' jc-stage--gap' : ''}`}
      badges={
        <>
          {stage.moment ? <MomentBadge moment={stage.moment} /> : null}
          {gapSeverity ? <StageGapCount stageId={stage.id} stageName={stage.name} severity={gapSeverity} /> : null}
          <CommentIndicator target={{ kind: 'stage', id: stage.id }} />
        </>
      }
      ref={sticky}
      data-testid="stage-header"
      data-stage-id={stage.id}
      data-gap-severity={gapSeverity}
      style={{
        height: STAGE_HEADER_HEIGHT,
        marginTop: data.top,
        ...(stage.color ? { borderTopColor: stage.color } : {}),
        ...(gapSeverity ? { '--jc-gap': GAP_SEVERITY_COLORS[gapSeverity] } : {}),
      }}
      onClick={selectHeaderOnClick({ kind: 'stage', id: stage.id })}
      onDoubleClick={() => setRenaming(true)}
    />
  );
}

export const StageHeaderNode = memo(StageHeaderView);
