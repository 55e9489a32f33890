/**
 * Line wrapping for print, where nothing lays text out for us: SVG <text> does
 * not wrap, so the print view breaks every title into lines itself. Pure: the
 * width of a string comes from an injected `measure` (a canvas context in the
 * print view, a fixed width per character in tests).
 *
 * Break rules, after UAX #14 in the small: a line may break between any two
 * CJK characters, after a space or a hyphen in Latin text, never before
 * closing punctuation (，。、) or after opening punctuation (（「“); a word
 * wider than the line is broken between characters.
 */

/** Width of a string in the font the text is drawn with. */
export type MeasureText = (text: string) => number;

export interface WrapOptions {
  maxWidth: number;
  /** Lines kept; the last kept line ends in an ellipsis when text was cut. Unlimited when absent. */
  maxLines?: number;
  ellipsis?: string;
}

export interface WrappedText {
  lines: string[];
  /** True when `maxLines` cut the text (the last line then ends in the ellipsis). */
  truncated: boolean;
}

// Ideographs, kana, Hangul, full-width forms and CJK punctuation: each one may start a new line.
const CJK = /[\u1100-\u115f\u2e80-\u303f\u3040-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{3ffff}]/u;
const CLOSING = new Set([...'，。、；：？！）」』】》〉〕”’…·,.;:!?)]}%']);
const OPENING = new Set([...'（「『【《〈〔“‘([{']);

/**
 * The pieces of a paragraph between which a line may break. Spaces stay at
 * the end of the piece before them (so they vanish at a line's end).
 */
export function breakPieces(paragraph: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let glueNext = false;
  for (const ch of paragraph) {
    const cjk = CJK.test(ch);
    const breakBefore = current !== '' && !glueNext && !CLOSING.has(ch) && (cjk || /\s$/.test(current) || /-$/.test(current) || CJK.test(current.slice(-1)));
    if (breakBefore && !/\s/.test(ch)) {
      pieces.push(current);
      current = '';
    }
    current += ch;
    glueNext = OPENING.has(ch);
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** Splits a piece wider than a line between characters: full lines first, the rest as the last element. */
function breakLongPiece(piece: string, measure: MeasureText, maxWidth: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const ch of piece) {
    if (current !== '' && measure(current + ch) > maxWidth) {
      parts.push(current);
      current = '';
    }
    current += ch;
  }
  parts.push(current);
  return parts;
}

function wrapParagraph(paragraph: string, measure: MeasureText, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of breakPieces(paragraph)) {
    const candidate = line + piece;
    if (measure(candidate.trimEnd()) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line.trimEnd() !== '') lines.push(line.trimEnd());
    const parts = breakLongPiece(piece.trimStart(), measure, maxWidth);
    lines.push(...parts.slice(0, -1));
    line = parts.at(-1) ?? '';
  }
  lines.push(line.trimEnd());
  return lines;
}

/** The longest start of `line` that still fits with the ellipsis after it. */
export function fitWithEllipsis(line: string, measure: MeasureText, maxWidth: number, ellipsis = '…'): string {
  const chars = Array.from(line.trimEnd());
  while (chars.length > 0 && measure(chars.join('').trimEnd() + ellipsis) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + ellipsis;
}

/** Breaks `text` into lines no wider than `maxWidth` (newlines start new lines), at most `maxLines` of them. */
export function wrapText(text: string, measure: MeasureText, options: WrapOptions): WrappedText {
  const { maxWidth, maxLines = Infinity, ellipsis = '…' } = options;
  const lines = text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, measure, maxWidth));
  if (lines.length <= maxLines) return { lines, truncated: false };
  if (maxLines <= 0) return { lines: [], truncated: true };
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  kept[last] = fitWithEllipsis(kept[last] ?? '', measure, maxWidth, ellipsis);
  return { lines: kept, truncated: true };
}
