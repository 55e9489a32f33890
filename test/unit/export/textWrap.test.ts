import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakPieces, fitWithEllipsis, wrapText } from '../../../src/export/textWrap';

// Every character 10 px wide: breaks can be worked out by hand.
const fixed = (text: string): number => Array.from(text).length * 10;

describe('wrapText', () => {
  it('breaks Latin text at spaces and drops the spaces at line ends', () => {
    expect(wrapText('the quick brown fox', fixed, { maxWidth: 100 }).lines).toEqual(['the quick', 'brown fox']);
  });

  it('breaks after a hyphen', () => {
    expect(wrapText('well-known fact', fixed, { maxWidth: 60 }).lines).toEqual(['well-', 'known', 'fact']);
  });

  it('breaks Chinese text between any two characters', () => {
    expect(wrapText('我们一起去购物中心', fixed, { maxWidth: 40 }).lines).toEqual(['我们一起', '去购物中', '心']);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    expect(wrapText('你好，世界', fixed, { maxWidth: 20 }).lines).toEqual(['你', '好，', '世界']);
    expect(wrapText('看看（详情）', fixed, { maxWidth: 30 }).lines).toEqual(['看看', '（详', '情）']);
  });

  it('breaks between Chinese and Latin text, keeping the Latin word whole', () => {
    expect(wrapText('打开App查看', fixed, { maxWidth: 40 }).lines).toEqual(['打开', 'App查', '看']);
  });

  it('breaks a word wider than the line between characters', () => {
    expect(wrapText('abcdefghijkl', fixed, { maxWidth: 50 }).lines).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapText('see abcdefghijkl', fixed, { maxWidth: 50 }).lines).toEqual(['see', 'abcde', 'fghij', 'kl']);
  });

  it('starts a new line at every newline', () => {
    expect(wrapText('first\nsecond', fixed, { maxWidth: 200 }).lines).toEqual(['first', 'second']);
  });

  it('keeps at most maxLines and ends the last one with an ellipsis that still fits', () => {
    const wrapped = wrapText('the quick brown fox jumps', fixed, { maxWidth: 90, maxLines: 2 });
    expect(wrapped).toEqual({ lines: ['the quick', 'brown fo…'], truncated: true });
    expect(wrapText('the quick', fixed, { maxWidth: 90, maxLines: 2 })).toEqual({ lines: ['the quick'], truncated: false });
  });

  it('never gives a line wider than the width, and loses no character when nothing is cut', () => {
    const text = fc.array(fc.constantFrom('a', 'b', ' ', '-', '中', '文', '，', '（', '\n', 'W'), { maxLength: 80 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 10, max: 120 }), (value, maxWidth) => {
        const { lines } = wrapText(value, fixed, { maxWidth });
        expect(lines.every((line) => fixed(line) <= maxWidth)).toBe(true);
        expect(lines.join('').replace(/\s/g, '')).toBe(value.replace(/\s/g, ''));
      }),
    );
  });
});

describe('breakPieces', () => {
  it('keeps spaces with the word before them and glues punctuation to its neighbour', () => {
    expect(breakPieces('Hi there, 你好。')).toEqual(['Hi ', 'there, ', '你', '好。']);
    expect(breakPieces('“好”')).toEqual(['“好”']);
  });
});

describe('fitWithEllipsis', () => {
  it('cuts characters until the ellipsis fits', () => {
    expect(fitWithEllipsis('abcdef', fixed, 40)).toBe('abc…');
    expect(fitWithEllipsis('ab cd', fixed, 40)).toBe('ab…');
  });
});
