import { PRINT_FONT_FAMILY } from './printText';

/**
 * The map drawing as a standalone .svg file: it carries its own font, so it
 * looks the same opened alone in a browser or an editor on a machine without
 * Noto Sans SC. Only the unicode-range subsets of the bundled font that hold a
 * character of the drawing are embedded (a Chinese map needs a few dozen of
 * the font's ~100 subsets per weight, an English one two or three).
 */

/** A unicode-range descriptor ("U+0-FF, U+4E??") as [first, last] code point pairs. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter((part) => part !== '')
    .map((part): [number, number] => {
      const [lo = '0', hi] = part.split('-');
      if (hi !== undefined) return [parseInt(lo, 16), parseInt(hi, 16)];
      return [parseInt(lo.replaceAll('?', '0'), 16), parseInt(lo.replaceAll('?', 'F'), 16)];
    });
}

/** True when some character of `used` falls in `ranges`; a face without a unicode-range covers everything. */
export function coversAny(ranges: [number, number][], used: ReadonlySet<number>): boolean {
  if (ranges.length === 0) return used.size > 0;
  for (const code of used) if (ranges.some(([lo, hi]) => code >= lo && code <= hi)) return true;
  return false;
}

interface FontFace {
  weight: string;
  style: string;
  range: string;
  url: string;
}

const unquote = (value: string): string => value.trim().replace(/^["']|["']$/g, '');

/** The woff2 URL of a src descriptor, resolved against its stylesheet. */
function woff2Url(src: string, base: string): string | null {
  const urls = [...src.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)\s*(?:format\(\s*['"]?([\w-]+)['"]?\s*\))?/g)];
  const chosen = urls.find((m) => m[3] === 'woff2') ?? urls.find((m) => m[2]?.endsWith('.woff2')) ?? urls[0];
  return chosen?.[2] ? new URL(chosen[2], base).href : null;
}

function rulesOf(sheet: CSSStyleSheet): CSSRule[] {
  try {
    return [...sheet.cssRules];
  } catch {
    // A cross-origin sheet hides its rules; the bundled font never comes from one.
    return [];
  }
}

/** The page's @font-face rules of the print font (from @fontsource/noto-sans-sc, bundled by Vite). */
function printFontFaces(): FontFace[] {
  const faces: FontFace[] = [];
  for (const sheet of [...document.styleSheets]) {
    const base = sheet.href ?? document.baseURI;
    for (const rule of rulesOf(sheet)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      if (unquote(rule.style.getPropertyValue('font-family')) !== PRINT_FONT_FAMILY) continue;
      const url = woff2Url(rule.style.getPropertyValue('src'), base);
      if (!url) continue;
      faces.push({
        weight: rule.style.getPropertyValue('font-weight') || '400',
        style: rule.style.getPropertyValue('font-style') || 'normal',
        range: rule.style.getPropertyValue('unicode-range'),
        url,
      });
    }
  }
  return faces;
}

function base64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function embedFace(face: FontFace): Promise<string> {
  const response = await fetch(face.url);
  if (!response.ok) throw new Error(`The font file ${face.url} could not be read for the SVG (HTTP ${response.status}).`);
  const data = base64(await response.arrayBuffer());
  const range = face.range ? `unicode-range:${face.range};` : '';
  return `@font-face{font-family:"${PRINT_FONT_FAMILY}";font-style:${face.style};font-weight:${face.weight};font-display:block;${range}src:url(data:font/woff2;base64,${data}) format("woff2");}`;
}

/** Code points of every text in the drawing. */
const usedCodePoints = (svg: SVGSVGElement): Set<number> => new Set(Array.from(svg.textContent ?? '', (ch) => ch.codePointAt(0) ?? 0));

/** A standalone .svg file of `svg`: XML declaration, size in px, <title>, and the font subsets it uses embedded. */
export async function serializeMapSvg(svg: SVGSVGElement, title: string): Promise<string> {
  const used = usedCodePoints(svg);
  const faces = printFontFaces().filter((face) => coversAny(face.range ? parseUnicodeRange(face.range) : [], used));
  const rules = await Promise.all(faces.map(embedFace));
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const box = svg.viewBox.baseVal;
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', `${box.width}px`);
  copy.setAttribute('height', `${box.height}px`);
  copy.removeAttribute('id');
  copy.removeAttribute('hidden');
  copy.removeAttribute('style');
  const titleElement = document.createElementNS(SVG_NS, 'title');
  titleElement.textContent = title;
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = rules.join('\n');
  const defs = document.createElementNS(SVG_NS, 'defs');
  defs.append(style);
  copy.prepend(titleElement, defs);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}
