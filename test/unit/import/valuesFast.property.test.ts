import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberFast, parseNumberValue } from '../../../src/import/values';

/** The fast path of big files must read every cell it accepts exactly as the general parser does. */
const generalValue = (text: string): number | undefined => {
  const parsed = parseNumberValue(text);
  return parsed.kind === 'number' ? parsed.value : undefined;
};

describe('parseNumberFast', () => {
  it('reads plain numbers, percentages and grouped digits as the general parser does', () => {
    const cases: [string, number][] = [
      ['0', 0],
      ['-0', 0],
      ['1234', 1234],
      ['-0.5', -0.5],
      ['12.5%', 0.125],
      ['1.25%', 0.0125],
      ['0.3%', 0.003],
      ['33.33%', 0.3333],
      ['1,234.5', 1234.5],
      ['-1,234', -1234],
      ['1,234,567%', 12345.67],
      ['123456789012345', 123456789012345],
    ];
    for (const [text, value] of cases) {
      expect(parseNumberFast(text), text).toBe(value);
      expect(generalValue(text), text).toBe(value);
    }
  });

  it('leaves everything else to the general parser', () => {
    for (const text of ['', '-', '.5', '5.', '1,23', '12,3456', ',123', '1e5', '1 234', '¥12', '(12)', '1.2万', ' 12', '12 ', '1234567890123456', '--1', '12%%']) {
      expect(parseNumberFast(text), text).toBeUndefined();
    }
  });

  it('agrees with parseNumberValue on every number it accepts', () => {
    const numberText = fc.stringMatching(/^-?(\d{1,3}(,\d{3}){0,4}|\d{1,16})(\.\d{1,14})?%?$/);
    fc.assert(
      fc.property(numberText, (text) => {
        const fast = parseNumberFast(text);
        if (fast !== undefined) expect(Object.is(fast, generalValue(text)), text).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
