import './gapMarks.css';
import './card/card.css';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import type { Card, LaneType } from '../../../src/model/journey';
import type { CardRecord } from '../../store/derived/cardRecords';
import { useCardRecord } from '../../store/derived/cardRecordStore';
import { useSelectionStore } from '../../store/selectionStore';
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
import { MetricBadges } from './card/MetricBadges';
import { MetricTile } from './card/MetricTile';
import { LANE_GLYPHS, StaticIcon } from './card/StaticIcon';
import { CommentCount } from './CommentIndicator';

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

/** Picture, title (or its editor), body preview and metric tile. */
function cardText({ card, editing, texts, tile }: CardRecord, laneType: LaneType) {
  const body = card.body?.trim();
  const look = CARD_LOOKS[laneType];
  return (
    <>
      {look === 'image' ? <CardImage imageId={card.imageId} caption={card.title} noImage={texts.editor('card.noImage')} /> : null}
      {editing ? (
        <CardTitleEditor id={card.id} title={card.title} />
      ) : (
        <div className="jc-card__title" data-testid="card-title" data-placeholder={look === 'metric' ? texts.metricUntitled : texts.untitled}>
          {card.title}
        </div>
      )}
      {body && !editing ? <div className="jc-card__body">{body}</div> : null}
      {/* A tile with a chosen metric shows its stage's value; without one, where the number will be. */}
      {look === 'metric' && card.metricKey && tile ? <MetricTile tile={tile} metricKey={card.metricKey} texts={texts} /> : null}
      {look === 'metric' && !card.metricKey ? (
        <div className="jc-card__metric-value" title={texts.metricPending}>
          —
        </div>
      ) : null}
    </>
  );
}

const editTitle = (id: string) => useSelectionStore.getState().editCard(id);

/**
 * A card on the canvas. Everything it shows besides its own fields (gaps,
 * metric badges and tile, open comments, whether the view filter dims it, the
 * words) comes with its record, derived once per change for every card: one
 * subscription per card, and a new record only when something it shows changed.
 */
function CardNodeView({ id, selected, data }: NodeProps<CardFlowNode>) {
  const record = useCardRecord(id);
  if (!record) return null;
  const { card, matches, gapSeverity, gapCount, openThreads, metricRows, texts } = record;
  const { laneType } = data;
  const { color } = LANE_TYPE_VISUALS[laneType];
  const look = CARD_LOOKS[laneType];
  const pain = laneType === 'painPoints' ? painLook(card) : null;
  const glyph = hasCardGlyph(laneType);
  let className = `jc-card jc-card--${look}`;
  if (pain?.className) className += ` ${pain.className}`;
  if (gapSeverity) className += ' jc-card--gap';
  if (selected) className += ' jc-card--selected';
  if (!matches) className += ' jc-card--dimmed';
  const style: CSSProperties = { ...pain?.style };
  if (gapSeverity) Object.assign(style, { '--jc-gap': GAP_SEVERITY_COLORS[gapSeverity] });
  const hasMarks = card.expectation !== undefined || (gapSeverity !== undefined && gapCount > 0) || openThreads > 0;

  return (
    <div
      className={className}
      data-testid="card"
      data-card-id={id}
      data-lane-type={laneType}
      data-dimmed={matches ? undefined : 'true'}
      data-evidence={card.pain?.evidence}
      data-gap-severity={gapSeverity}
      style={style}
      onDoubleClick={(e) => {
        e.stopPropagation();
        editTitle(id);
      }}
    >
      <Handle type="target" position={Position.Left} className="jc-handle" />
      <div className="jc-card__strip" data-testid="card-strip" style={{ background: pain?.strip ?? card.color ?? color }} />
      <div className={glyph ? 'jc-card__content jc-card__content--glyph' : 'jc-card__content'}>
        {glyph ? (
          <span className="jc-card__glyph" style={{ color }} aria-hidden>
            <StaticIcon glyph={LANE_GLYPHS[laneType]} />
          </span>
        ) : null}
        {cardText(record, laneType)}
        {hasCardBadges(card, laneType) ? <CardBadges card={card} laneType={laneType} texts={texts} /> : null}
        {metricRows ? <MetricBadges rows={metricRows} laneType={laneType} texts={texts} /> : null}
        {hasCardMeta(card) ? <CardMeta card={card} texts={texts} /> : null}
      </div>
      {hasMarks ? (
        <div className="jc-card__marks">
          {card.expectation ? <ExpectationMarker status={card.expectation.status} texts={texts} /> : null}
          {gapSeverity && gapCount > 0 ? <CardGapBadge cardId={id} count={gapCount} severity={gapSeverity} texts={texts} /> : null}
          {openThreads > 0 ? <CommentCount target={{ kind: 'card', id }} count={openThreads} label={texts.present('canvas.openThreads', { count: openThreads })} /> : null}
        </div>
      ) : null}
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
