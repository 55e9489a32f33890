import { describe, expect, it } from 'vitest';
import { coversAny, parseUnicodeRange } from '../../../../renderer/print/map/serializeMapSvg';

describe('the font subsets a standalone SVG embeds', () => {
  it('reads unicode-range descriptors: single points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+0-FF, U+131, U+4E??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x4e00, 0x4eff],
    ]);
  });

  it('embeds a subset only when the drawing uses one of its characters', () => {
    const latin = parseUnicodeRange('U+0-FF');
    const cjk = parseUnicodeRange('U+4E00-4E3F');
    const used = new Set(Array.from('Buy 一', (ch) => ch.codePointAt(0) ?? 0));
    expect(coversAny(latin, used)).toBe(true);
    expect(coversAny(cjk, used)).toBe(true);
    expect(coversAny(parseUnicodeRange('U+5000-50FF'), used)).toBe(false);
  });
});
