import { PlusOutlined } from '@ant-design/icons';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSelectionStore } from '../../store/selectionStore';
import { addCardInCell } from '../editorActions';
import type { CellFlowNode } from '../flowElements';
import { cellKey } from '../layout';

function CellNodeView({ data }: NodeProps<CellFlowNode>) {
  const { t } = useTranslation('editor');
  const isDropTarget = useSelectionStore((s) => s.dropTarget === cellKey(data.stageId, data.laneId));
  return (
    <div
      className={`jc-cell${data.laneIndex % 2 === 1 ? ' jc-cell--alt' : ''}${isDropTarget ? ' jc-cell--drop' : ''}`}
      data-testid="cell"
      data-stage-id={data.stageId}
      data-lane-id={data.laneId}
      data-stage-index={data.stageIndex}
      data-lane-index={data.laneIndex}
      title={t('cell.hint')}
      onDoubleClick={(e) => {
        e.stopPropagation();
        addCardInCell(data.stageId, data.laneId);
      }}
    >
      <span className="jc-cell__plus" aria-hidden>
        <PlusOutlined />
      </span>
    </div>
  );
}

export const CellNode = memo(CellNodeView);
