import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../../store/documentStore';
import { useSelectionStore } from '../../store/selectionStore';
import { ROUTE_HANDLES, type CardFlowNode } from '../flowElements';
import { LANE_TYPE_VISUALS } from '../laneTypeVisuals';

function TitleEditor({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation('editor');
  const [value, setValue] = useState(title);
  // Enter commits and unmounts, which also fires blur: the second finish must do nothing.
  const done = useRef(false);
  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit && value !== title) {
      const mergeWithLast = useSelectionStore.getState().editingIsNew;
      useDocumentStore.getState().execute([{ name: 'card.edit', args: { id, patch: { title: value } } }], { mergeWithLast });
    }
    useSelectionStore.getState().editCard(null);
  };
  return (
    <textarea
      className="jc-card__input nodrag nopan nowheel"
      data-testid="card-title-input"
      aria-label={t('card.title')}
      placeholder={t('card.titlePlaceholder')}
      autoFocus
      maxLength={1000}
      value={value}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        // Keys typed here are text, not canvas shortcuts.
        e.stopPropagation();
        if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
          e.preventDefault();
          finish(true);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(false);
        }
      }}
      onBlur={() => finish(true)}
    />
  );
}

function CardNodeView({ id, selected, data }: NodeProps<CardFlowNode>) {
  const { t } = useTranslation('editor');
  // Only this card's object: an edit elsewhere in the map leaves it (and this component) untouched.
  const card = useDocumentStore((s) => s.map?.cards[id]);
  const editing = useSelectionStore((s) => s.editingCardId === id);
  if (!card) return null;
  const accent = card.color ?? LANE_TYPE_VISUALS[data.laneType].color;
  const body = card.body?.trim();

  return (
    <div
      className={`jc-card${selected ? ' jc-card--selected' : ''}`}
      data-testid="card"
      data-card-id={id}
      onDoubleClick={(e) => {
        e.stopPropagation();
        useSelectionStore.getState().editCard(id);
      }}
    >
      <Handle type="target" position={Position.Left} className="jc-handle" />
      <div className="jc-card__strip" style={{ background: accent }} />
      <div className="jc-card__content">
        {editing ? (
          <TitleEditor id={id} title={card.title} />
        ) : (
          <div className="jc-card__title" data-testid="card-title" data-placeholder={t('card.untitled')}>
            {card.title}
          </div>
        )}
        {body && !editing ? <div className="jc-card__body">{body}</div> : null}
      </div>
      <Handle type="source" position={Position.Right} className="jc-handle" />
      {/* Not for the user to grab: edges between lanes of one stage attach here and run vertically. */}
      <Handle type="source" id={ROUTE_HANDLES.downOut} position={Position.Bottom} isConnectable={false} isConnectableStart={false} isConnectableEnd={false} className="jc-handle--route" />
      <Handle type="target" id={ROUTE_HANDLES.downIn} position={Position.Top} isConnectable={false} isConnectableStart={false} isConnectableEnd={false} className="jc-handle--route" />
      <Handle type="source" id={ROUTE_HANDLES.upOut} position={Position.Top} isConnectable={false} isConnectableStart={false} isConnectableEnd={false} className="jc-handle--route" />
      <Handle type="target" id={ROUTE_HANDLES.upIn} position={Position.Bottom} isConnectable={false} isConnectableStart={false} isConnectableEnd={false} className="jc-handle--route" />
    </div>
  );
}

export const CardNode = memo(CardNodeView);
