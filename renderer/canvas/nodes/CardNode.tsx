import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card, LaneType } from '../../../src/model/journey';
import { useDocumentStore } from '../../store/documentStore';
import { useSelectionStore } from '../../store/selectionStore';
import { cardMatchesFilter, useViewStore } from '../../store/viewStore';
import { hasCardGlyph, hasCardMeta } from '../cardSize';
import { ROUTE_HANDLES } from '../edges/buildEdges';
import type { CardFlowNode } from '../flowElements';
import { CARD_LOOKS, LANE_TYPE_VISUALS } from '../laneTypeVisuals';
import { CardImage } from './card/CardImage';
import { CardMeta } from './card/CardMeta';
import { CardTitleEditor } from './card/CardTitleEditor';

/** False when a persona or segment filter is set and the card is not about it: it is then dimmed. */
function useMatchesFilter(card: Card | undefined): boolean {
  const personaId = useViewStore((s) => s.filterPersonaId);
  const segmentId = useViewStore((s) => s.filterSegmentId);
  return !card || cardMatchesFilter(card, { personaId, segmentId });
}

function CardText({ card, laneType, editing }: { card: Card; laneType: LaneType; editing: boolean }) {
  const { t } = useTranslation('editor');
  const body = card.body?.trim();
  const look = CARD_LOOKS[laneType];
  return (
    <>
      {look === 'image' ? <CardImage imageId={card.imageId} caption={card.title} /> : null}
      {editing ? (
        <CardTitleEditor id={card.id} title={card.title} />
      ) : (
        <div className="jc-card__title" data-testid="card-title" data-placeholder={t(look === 'metric' ? 'card.metricUntitled' : 'card.untitled')}>
          {card.title}
        </div>
      )}
      {body && !editing ? <div className="jc-card__body">{body}</div> : null}
      {/* Values arrive with the metrics import; until then the tile shows where the number will be. */}
      {look === 'metric' ? (
        <div className="jc-card__metric-value" title={t('card.metricPending')}>
          —
        </div>
      ) : null}
    </>
  );
}

function CardNodeView({ id, selected, data }: NodeProps<CardFlowNode>) {
  // Only this card's object: an edit elsewhere in the map leaves it (and this component) untouched.
  const card = useDocumentStore((s) => s.map?.cards[id]);
  const editing = useSelectionStore((s) => s.editingCardId === id);
  const matches = useMatchesFilter(card);
  if (!card) return null;
  const { Icon, color } = LANE_TYPE_VISUALS[data.laneType];
  const look = CARD_LOOKS[data.laneType];
  const className = ['jc-card', `jc-card--${look}`, selected ? 'jc-card--selected' : '', matches ? '' : 'jc-card--dimmed'].filter(Boolean).join(' ');

  return (
    <div
      className={className}
      data-testid="card"
      data-card-id={id}
      data-lane-type={data.laneType}
      data-dimmed={matches ? undefined : 'true'}
      onDoubleClick={(e) => {
        e.stopPropagation();
        useSelectionStore.getState().editCard(id);
      }}
    >
      <Handle type="target" position={Position.Left} className="jc-handle" />
      <div className="jc-card__strip" style={{ background: card.color ?? color }} />
      <div className={`jc-card__content${hasCardGlyph(data.laneType) ? ' jc-card__content--glyph' : ''}`}>
        {hasCardGlyph(data.laneType) ? (
          <span className="jc-card__glyph" style={{ color }} aria-hidden>
            <Icon />
          </span>
        ) : null}
        <CardText card={card} laneType={data.laneType} editing={editing} />
        {hasCardMeta(card) ? <CardMeta card={card} /> : null}
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
