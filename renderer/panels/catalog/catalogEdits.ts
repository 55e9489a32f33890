import type { CatalogCommand } from '../../../src/commands/catalogSchemas';
import type { SegmentCriterion } from '../../../src/model/catalog';

/**
 * Pure helpers of the catalog panels: turning a submitted form into the
 * commands it means, and describing a segment's rule in words.
 */

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields of `after` that differ from `before`, as a patch: emptied optional
 * fields become null (removed), unchanged ones are left out. `required` fields
 * are never nulled (a blank name keeps the old one).
 */
export function entityPatch<T extends object>(before: T, after: Partial<T>, required: readonly (keyof T)[] = []): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    if (key === 'id') continue;
    const value = after[key];
    if (isEmpty(value)) {
      if (!required.includes(key) && !isEmpty(before[key])) patch[key] = null;
    } else if (!sameValue(before[key], value)) {
      patch[key] = typeof value === 'string' ? value.trim() : value;
    }
  }
  return patch;
}

/** Drops empty optional fields from a new entity (the schemas accept absent, not ''). */
export function withoutEmpty<T extends object>(entity: T): T {
  return Object.fromEntries(
    Object.entries(entity).flatMap(([key, value]) => (isEmpty(value) ? [] : [[key, typeof value === 'string' ? value.trim() : value]])),
  ) as T;
}

/** The command moving an item of a catalog list one place up or down; null at either end. */
export function moveCommand(
  kind: 'channel' | 'persona' | 'segment',
  ids: readonly string[],
  id: string,
  delta: -1 | 1,
): CatalogCommand | null {
  const from = ids.indexOf(id);
  const toIndex = from + delta;
  if (from < 0 || toIndex < 0 || toIndex >= ids.length) return null;
  return { name: `${kind}.move`, args: { id, toIndex } };
}

/** Reads a segment's rule as one sentence: criteria joined with "and", each as field, operator, value. */
export function segmentRuleSummary(criteria: readonly SegmentCriterion[], t: (key: string, options: Record<string, string>) => string): string {
  if (criteria.length === 0) return t('segments.noRule', {});
  return criteria
    .map((c) => t('segments.criterion', { field: t(`segmentFields.${c.field}`, {}), operator: t(`segmentOperators.${c.operator}`, {}), value: c.value.trim() }))
    .join(t('segments.and', {}));
}
