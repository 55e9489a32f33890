import type { MetricTarget } from '../model/metrics';
import { parseUtm, utmMatches } from './utm';

/**
 * Canonical string keys for metric targets (Map keys, SQLite columns), and
 * which cards a target's values show on.
 */

const UNIT_SEPARATOR = '\u001f';

/** 'map', 'stage:<id>', 'card:<id>', 'channel:<id>' or 'utm:<source>␟<medium>␟<campaign>' (absent fields are empty). */
export function targetKey(target: MetricTarget): string {
  switch (target.kind) {
    case 'map':
      return 'map';
    case 'utm':
      return `utm:${[target.source ?? '', target.medium ?? '', target.campaign ?? ''].join(UNIT_SEPARATOR)}`;
    default:
      return `${target.kind}:${target.id}`;
  }
}

/** The target a key from `targetKey` names, or undefined when the key is not one. */
export function parseTargetKey(key: string): MetricTarget | undefined {
  if (key === 'map') return { kind: 'map' };
  const colon = key.indexOf(':');
  if (colon < 0) return undefined;
  const kind = key.slice(0, colon);
  const rest = key.slice(colon + 1);
  if (kind === 'utm') {
    const fields = rest.split(UNIT_SEPARATOR);
    if (fields.length !== 3) return undefined;
    const [source, medium, campaign] = fields;
    return { kind: 'utm', ...(source ? { source } : {}), ...(medium ? { medium } : {}), ...(campaign ? { campaign } : {}) };
  }
  if (!rest) return undefined;
  if (kind === 'stage' || kind === 'card' || kind === 'channel') return { kind, id: rest };
  return undefined;
}

/**
 * Whether values of `target` belong on this card: the card itself, its
 * channel, or (utm) the utm fields of the card's URL fit every field the
 * target names. A utm target that names no field, and map or stage targets,
 * apply to no card.
 */
export function targetAppliesToCard(target: MetricTarget, card: { id: string; channelId?: string; url?: string }): boolean {
  switch (target.kind) {
    case 'card':
      return target.id === card.id;
    case 'channel':
      return card.channelId !== undefined && target.id === card.channelId;
    case 'utm': {
      const named = [target.source, target.medium, target.campaign].some((field) => field !== undefined && field.trim() !== '');
      return named && card.url !== undefined && utmMatches(target, parseUtm(card.url));
    }
    default:
      return false;
  }
}
