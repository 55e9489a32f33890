import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberValue } from '../../../src/import/values';

describe('parseNumberValue fast path', () => {
  it('reads plain numbers and percentages exactly as the general path does', () => {
    // A leading space takes the general path (trim, full-width folding, currency, groups); the bare text takes the fast one.
    const text = fc.oneof(
      fc.stringMatching(/^-?\d{1,16}(\.\d{1,16})?%?$/),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.constantFrom('-0', '-0%', '0.1%', '12.5%', '123456789.123456789', '999999999999999.9%', '007'),
    );
    fc.assert(
      fc.property(text, (raw) => {
        const fast = parseNumberValue(raw);
        const general = parseNumberValue(` ${raw}`);
        expect({ ...fast, raw: '' }).toEqual({ ...general, raw: '' });
        if (fast.kind === 'number' && general.kind === 'number') expect(Object.is(fast.value, general.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
