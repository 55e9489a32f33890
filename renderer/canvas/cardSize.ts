import type { Card, LaneType } from '../../src/model/journey';

/**
 * How big a card is drawn, estimated without a DOM so the grid can be laid out
 * before anything renders. CardNode's CSS (canvas.css) uses the same numbers.
 */

export const STAGE_WIDTH = 248;
export const CELL_PADDING = 12;
export const CARD_WIDTH = STAGE_WIDTH - 2 * CELL_PADDING;

export const CARD_STRIP_WIDTH = 4;
export const CARD_PADDING_X = 10;
export const CARD_PADDING_Y = 8;
export const TITLE_LINE_HEIGHT = 18;
export const BODY_LINE_HEIGHT = 16;
export const BODY_MAX_LINES = 2;
const BODY_GAP = 4;
/** Room taken on the left of the text by the glyph of actions, pain point and opportunity cards. */
export const CARD_GLYPH_WIDTH = 20;
/** The row under the text showing the channel, the link and the sub-journey button. */
export const CARD_META_HEIGHT = 26;
/** The row of annotation badges (severity, status, moment ...) under the text. */
export const CARD_BADGES_HEIGHT = 24;
/** The big value line of a metric tile. */
export const METRIC_VALUE_HEIGHT = 34;
/** The target and change line under a metric tile's value, when the tile shows a chosen metric. */
export const METRIC_DETAIL_HEIGHT = 18;
/** The picture of an image card, above its caption. */
export const CARD_IMAGE_HEIGHT = 120;
const IMAGE_GAP = 6;
/** The tail under a thought's speech bubble. */
export const BUBBLE_TAIL_HEIGHT = 8;

/** Width units per line of a one-stage card: Latin characters count 1, CJK and other wide characters count 2. */
const TITLE_UNITS_PER_LINE = 28;
const BODY_UNITS_PER_LINE = 32;
const TEXT_WIDTH = CARD_WIDTH - CARD_STRIP_WIDTH - 2 * CARD_PADDING_X;

const GLYPH_TYPES: ReadonlySet<LaneType> = new Set(['actions', 'painPoints', 'opportunities']);

/** Lane types whose cards carry a glyph left of their text. */
export const hasCardGlyph = (laneType: LaneType): boolean => GLYPH_TYPES.has(laneType);

/** Width of a card covering `span` stage columns. */
export const cardWidth = (span: number): number => span * STAGE_WIDTH - 2 * CELL_PADDING;

// East Asian wide ranges (CJK, Hangul, kana, full-width forms) and astral symbols such as emoji.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f000}-\u{3ffff}]/u;

/** How many wrapped lines a text takes when a line holds `unitsPerLine` Latin characters. */
export function estimateLines(text: string, unitsPerLine: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let units = 0;
    for (const ch of paragraph) units += WIDE.test(ch) ? 2 : 1;
    lines += Math.max(1, Math.ceil(units / unitsPerLine));
  }
  return lines;
}

export type SizedCard = Pick<Card, 'title' | 'body' | 'channelId' | 'url' | 'linkedMapId' | 'moment' | 'metricKey'>;

/** True when the card shows its meta row (channel, link or sub-journey). */
export const hasCardMeta = (card: SizedCard): boolean => Boolean(card.channelId || card.url || card.linkedMapId);

/** True when the card shows its badge row: every pain point and opportunity (rated or not), and any card marked as a moment. */
export const hasCardBadges = (card: Pick<Card, 'moment'>, laneType: LaneType): boolean =>
  laneType === 'painPoints' || laneType === 'opportunities' || card.moment !== undefined;

/**
 * Estimated card height: long titles make taller cards, the body preview adds
 * at most two lines, and each lane type's extras (picture, metric value,
 * bubble tail, badge row, meta row) add their fixed heights. Wider (spanning) cards wrap less.
 */
export function estimateCardHeight(card: SizedCard, laneType: LaneType = 'notes', span = 1): number {
  const textWidth = TEXT_WIDTH + (span - 1) * STAGE_WIDTH - (hasCardGlyph(laneType) ? CARD_GLYPH_WIDTH : 0);
  const scale = textWidth / TEXT_WIDTH;
  const titleLines = estimateLines(card.title, Math.max(1, Math.floor(TITLE_UNITS_PER_LINE * scale)));
  const body = card.body?.trim();
  const bodyLines = body ? Math.min(BODY_MAX_LINES, estimateLines(body, Math.max(1, Math.floor(BODY_UNITS_PER_LINE * scale)))) : 0;
  let height = CARD_PADDING_Y * 2 + titleLines * TITLE_LINE_HEIGHT;
  if (bodyLines > 0) height += BODY_GAP + bodyLines * BODY_LINE_HEIGHT;
  if (laneType === 'metrics') height += METRIC_VALUE_HEIGHT + (card.metricKey ? METRIC_DETAIL_HEIGHT : 0);
  if (laneType === 'images') height += CARD_IMAGE_HEIGHT + IMAGE_GAP;
  if (laneType === 'thoughts') height += BUBBLE_TAIL_HEIGHT;
  if (hasCardBadges(card, laneType)) height += CARD_BADGES_HEIGHT;
  if (hasCardMeta(card)) height += CARD_META_HEIGHT;
  return height;
}
