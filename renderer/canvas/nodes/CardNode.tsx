import './gapMarks.css';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card, LaneType } from '../../../src/model/journey';
import { useDocumentStore } from '../../store/documentStore';
import { useGapStore } from '../../store/gapStore';
import { useSelectionStore } from '../../store/selectionStore';
import { cardMatchesView } from '../../../src/views/viewFilter';
import { useViewStore } from '../../store/viewStore';
import { EVIDENCE_BORDER, GAP_SEVERITY_COLORS, severityColor } from '../annotationVisuals';
import { hasCardBadges, hasCardGlyph, hasCardMeta } from '../cardSize';
import { ROUTE_HANDLES } from '../edges/buildEdges';
import type { CardFlowNode } from '../flowElements';
import { CARD_LOOKS, LANE_TYPE_VISUALS } from '../laneTypeVisuals';
import { CardBadges } from './card/CardBadges';
import { CardGapBadge } from './card/CardGapBadge';
import { CardImage } from './card/CardImage';
import { CardMeta } from './card/CardMeta';
import { CardTitleEditor } from './card/CardTitleEditor';
import { ExpectationMarker } from './card/ExpectationMarker';
import { useCardBadgeRows } from './card/metricBadgeLayout';
import { MetricBadges } from './card/MetricBadges';
import { MetricTile } from './card/MetricTile';
import { CommentIndicator } from './CommentIndicator';

/** False when the view filter (persona, segment, pain-point severities) leaves the card out: it is then dimmed. */
function useMatchesFilter(card: Card | undefined, laneType: LaneType): boolean {
  const personaId = useViewStore((s) => s.filterPersonaId);
  const segmentId = useViewStore((s) => s.filterSegmentId);
  const severities = useViewStore((s) => s.severities);
  return !card || cardMatchesView(card, laneType, { personaId, segmentId, severities });
}

/** A pain point's look: its severity colours the strip and tints the card, its evidence level draws the border. */
function painLook(card: Card): { strip?: string; style?: CSSProperties; className: string } {
  const color = severityColor(card.pain?.severity);
  const evidence = card.pain?.evidence;
  const status = card.pain?.status;
  const style: CSSProperties = {};
  if (color) Object.assign(style, { '--jc-severity': color });
  if (evidence) style.borderStyle = EVIDENCE_BORDER[evidence];
  const className = status === 'solved' || status === 'wontFix' ? `jc-card--${status}` : '';
  return { strip: color, style, className };
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
      {/* A tile with a chosen metric shows its stage's value; without one, where the number will be. */}
      {look === 'metric' && card.metricKey ? <MetricTile card={{ stageId: card.stageId, metricKey: card.metricKey }} /> : null}
      {look === 'metric' && !card.metricKey ? (
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
  const matches = useMatchesFilter(card, data.laneType);
  const metricRows = useCardBadgeRows(card, data.laneType);
  // Numbers, not the gap lists: a new analysis re-renders only the cards whose gaps changed.
  const gapSeverity = useGapStore((s) => s.cardSeverity.get(id));
  const gapCount = useGapStore((s) => s.cardGaps.get(id)?.length ?? 0);
  if (!card) return null;
  const { Icon, color } = LANE_TYPE_VISUALS[data.laneType];
  const look = CARD_LOOKS[data.laneType];
  const pain = data.laneType === 'painPoints' ? painLook(card) : null;
  const className = [
    'jc-card',
    `jc-card--${look}`,
    pain?.className,
    gapSeverity ? 'jc-card--gap' : '',
    selected ? 'jc-card--selected' : '',
    matches ? '' : 'jc-card--dimmed',
  ]
    .filter(Boolean)
    .join(' ');
  const style: CSSProperties = { ...pain?.style };
  if (gapSeverity) Object.assign(style, { '--jc-gap': GAP_SEVERITY_COLORS[gapSeverity] });

  return (
    <div
      className={className}
      data-testid="card"
      data-card-id={id}
      data-lane-type={data.laneType}
      data-dimmed={matches ? undefined : 'true'}
      data-evidence={card.pain?.evidence}
      data-gap-severity={gapSeverity}
      style={style}
      onDoubleClick={(e) => {
        e.stopPropagation();
        useSelectionStore.getState().editCard(id);
      }}
    >
      <Handle type="target" position={Position.Left} className="jc-handle" />
      <div className="jc-card__strip" data-testid="card-strip" style={{ background: pain?.strip ?? card.color ?? color }} />
      <div className={`jc-card__content${hasCardGlyph(data.laneType) ? ' jc-card__content--glyph' : ''}`}>
        {hasCardGlyph(data.laneType) ? (
          <span className="jc-card__glyph" style={{ color }} aria-hidden>
            <Icon />
          </span>
        ) : null}
        <CardText card={card} laneType={data.laneType} editing={editing} />
        {hasCardBadges(card, data.laneType) ? <CardBadges card={card} laneType={data.laneType} /> : null}
        {metricRows ? <MetricBadges rows={metricRows} laneType={data.laneType} /> : null}
        {hasCardMeta(card) ? <CardMeta card={card} /> : null}
      </div>
      <div className="jc-card__marks">
        {card.expectation ? <ExpectationMarker status={card.expectation.status} /> : null}
        {gapSeverity && gapCount > 0 ? <CardGapBadge cardId={id} count={gapCount} severity={gapSeverity} /> : null}
        <CommentIndicator target={{ kind: 'card', id }} />
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
