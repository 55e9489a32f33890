import { describe, expect, it } from 'vitest';
import { newId } from '../../../src/model/ids';
import { IdSchema } from '../../../src/schema/journey';

describe('newId', () => {
  it('makes 21-character URL-safe ids that IdSchema accepts', () => {
    for (let i = 0; i < 200; i++) {
      const id = newId();
      expect(id).toMatch(/^[A-Za-z0-9_-]{21}$/);
      expect(IdSchema.safeParse(id).success).toBe(true);
    }
  });

  it('does not repeat itself', () => {
    const ids = new Set(Array.from({ length: 10000 }, newId));
    expect(ids.size).toBe(10000);
  });
});
