import { CARD_STRIP_WIDTH } from '../../canvas/cardSize';
import type { CardView } from './mapView';
import { SvgIcon, SvgPill, SvgText } from './SvgPrimitives';

/**
 * The colour strip inside a card's left border: the left part of the card's
 * inner rounded rectangle, as the canvas's overflow-hidden box clips it.
 */
export function stripPath(x: number, y: number, height: number, radius: number): string {
  const w = CARD_STRIP_WIDTH;
  const bottom = y + height;
  if (radius <= 0) return `M ${x} ${y} H ${x + w} V ${bottom} H ${x} Z`;
  if (radius <= w) {
    return `M ${x + radius} ${y} H ${x + w} V ${bottom} H ${x + radius} A ${radius} ${radius} 0 0 1 ${x} ${bottom - radius} V ${y + radius} A ${radius} ${radius} 0 0 1 ${x + radius} ${y} Z`;
  }
  const rise = radius - Math.sqrt(radius * radius - (radius - w) * (radius - w));
  return `M ${x + w} ${y + rise} A ${radius} ${radius} 0 0 0 ${x} ${y + radius} V ${bottom - radius} A ${radius} ${radius} 0 0 0 ${x + w} ${bottom - rise} Z`;
}

function CardImage({ card, clipId }: { card: CardView; clipId: string }) {
  const image = card.image;
  if (!image) return null;
  if (!image.href) {
    return (
      <g>
        <rect x={image.x} y={image.y} width={image.width} height={image.height} rx={4} fill="#f5f5f5" />
        {image.placeholder ? <SvgIcon {...image.placeholder} /> : null}
      </g>
    );
  }
  return (
    <g>
      <clipPath id={clipId}>
        <rect x={image.x} y={image.y} width={image.width} height={image.height} rx={4} />
      </clipPath>
      <image href={image.href} x={image.x} y={image.y} width={image.width} height={image.height} preserveAspectRatio="xMidYMid slice" clipPath={`url(#${clipId})`} />
    </g>
  );
}

/** One card: gap outline, box, strip, glyph, picture, texts, badges, channel and corner marks. */
export function SvgCard({ card, idPrefix }: { card: CardView; idPrefix: string }) {
  const { x, y, width, height } = card;
  return (
    <g data-card-id={card.id}>
      {card.gapColor ? <rect x={x - 2} y={y - 2} width={width + 4} height={height + 4} rx={card.radius + 2} fill="none" stroke={card.gapColor} strokeWidth={2} /> : null}
      {card.tail ? <path d={`M ${x + 24} ${y + height - 1} L ${x + 30} ${y + height + 6} L ${x + 36} ${y + height - 1}`} fill={card.fill} stroke={card.stroke} /> : null}
      <rect x={x + 0.5} y={y + 0.5} width={width - 1} height={height - 1} rx={card.radius} fill={card.fill} stroke={card.stroke} strokeDasharray={card.dash} />
      {card.tail ? <path d={`M ${x + 24.5} ${y + height - 1} H ${x + 35.5}`} stroke={card.fill} strokeWidth={1.5} /> : null}
      {card.strip ? <path d={stripPath(x + 1, y + 1, height - 2, Math.max(0, card.radius - 1))} fill={card.strip} /> : null}
      {card.glyph ? <SvgIcon {...card.glyph} /> : null}
      <CardImage card={card} clipId={`${idPrefix}img-${card.id}`} />
      <SvgText block={card.title} />
      {card.body ? <SvgText block={card.body} /> : null}
      {card.metric?.dot ? <circle cx={card.metric.dot.x} cy={card.metric.dot.y} r={4} fill={card.metric.dot.color} /> : null}
      {card.metric ? <SvgText block={card.metric.value} /> : null}
      {card.metric?.detail ? <SvgText block={card.metric.detail} /> : null}
      {[...card.badges, ...card.metricChips, ...card.marks].map((pill, i) => (
        <SvgPill key={i} pill={pill} />
      ))}
      {card.channel?.icon ? <SvgIcon {...card.channel.icon} /> : null}
      {card.channel ? <SvgText block={card.channel.name} /> : null}
    </g>
  );
}
