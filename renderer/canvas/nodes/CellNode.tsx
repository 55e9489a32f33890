import { PlusOutlined } from '@ant-design/icons';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSelectionStore } from '../../store/selectionStore';
import { useCaptureStore } from '../capture/captureStore';
import { addCardInCell } from '../editorActions';
import type { CellFlowNode } from '../flowElements';
import { laneView } from '../laneGroups';
import { cellKey } from '../layout';

function CellNodeView({ data }: NodeProps<CellFlowNode>) {
  const { t } = useTranslation('editor');
  const isDropTarget = useSelectionStore((s) => s.dropTarget === cellKey(data.stageId, data.laneId));
  // An emotions lane shows its curve; double-clicking there belongs to the curve, not to a new card.
  const holdsCards = data.laneType !== 'emotions';
  const className = [
    'jc-cell',
    data.laneIndex % 2 === 1 ? 'jc-cell--alt' : '',
    laneView(data.laneType) === 'internal' ? 'jc-cell--internal' : '',
    isDropTarget ? 'jc-cell--drop' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={className}
      data-testid="cell"
      data-stage-id={data.stageId}
      data-lane-id={data.laneId}
      data-stage-index={data.stageIndex}
      data-lane-index={data.laneIndex}
      title={holdsCards ? t('cell.hint') : undefined}
      // A click on the grid's background is a click on empty canvas: nothing stays selected.
      // Quick capture starts in (or, while capturing, moves to) the cell clicked last.
      onClick={(e) => {
        if (!e.shiftKey && !e.metaKey && !e.ctrlKey) useSelectionStore.getState().clear();
        if (!holdsCards) return;
        const cell = { stageId: data.stageId, laneId: data.laneId };
        useCaptureStore.getState().noteClicked(cell);
        if (useCaptureStore.getState().cell) useCaptureStore.getState().moveTo(cell);
      }}
      onDoubleClick={(e) => {
        if (!holdsCards) return;
        e.stopPropagation();
        addCardInCell(data.stageId, data.laneId);
      }}
    >
      {holdsCards ? (
        <span className="jc-cell__plus" aria-hidden>
          <PlusOutlined />
        </span>
      ) : null}
    </div>
  );
}

export const CellNode = memo(CellNodeView);
