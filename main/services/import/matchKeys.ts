import type { ImportMatches } from '../../../src/api/contract';
import type { ImportMapping } from '../../../src/import/mapping';
import type { ProjectCatalog } from '../../../src/model/catalog';
import type { JourneyMap } from '../../../src/model/journey';
import type { MetricTarget } from '../../../src/model/metrics';
import { targetKey } from '../../../src/metrics/targets';
import { BUILTIN_CHANNEL_ALIASES, builtinChannelName } from '../../../src/templates/builtinChannels';
import type { AliasKind, RememberedMatch } from './importAliases';

/**
 * Where each key of an imported file goes on the map, guessed by name: a
 * stage by its name, a card by its title, a channel by its name in the
 * project catalog (a built-in channel also by its English or Chinese name and
 * by the names marketers write for it, BUILTIN_CHANNEL_ALIASES). A hand match
 * the project remembers (importAliases.ts) wins over a guess by name.
 * Names compare after NFKC, ignoring case and spaces, so "ＭＱＬ" and "mql " match "MQL".
 */

/** NFKC, lower case, no whitespace. */
export const normalizeName = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** "MQL-02", "MQL_1", "MQL 3" → "MQL": a repeated entry into the same stage in a transition log. */
const withoutRepeatSuffix = (text: string): string => text.replace(/[\s\-_#]*\d+$/, '');

function index(entries: Iterable<[string, string]>): Map<string, string> {
  const byName = new Map<string, string>();
  for (const [name, id] of entries) {
    const key = normalizeName(name);
    if (key && !byName.has(key)) byName.set(key, id);
  }
  return byName;
}

const splitUtm = (key: string): MetricTarget => {
  const [source = '', medium = '', campaign = ''] = key.split('\u001f');
  return { kind: 'utm', ...(source ? { source } : {}), ...(medium ? { medium } : {}), ...(campaign ? { campaign } : {}) };
};

/** The kind of target a mapping's keys are matched to by name, or undefined when they are not names (the whole map, UTM fields). */
export function nameKind(mapping: ImportMapping): AliasKind | undefined {
  if (mapping.kind === 'transitions') return 'stage';
  const kind = mapping.target.kind;
  return kind === 'channel' || kind === 'stage' || kind === 'card' ? kind : undefined;
}

/**
 * The suggested target of every key; `saved` (a preset's matches) wins for
 * the keys it names, then `remembered` hand matches whose target still exists.
 */
export function suggestMatches(
  keys: readonly string[],
  mapping: ImportMapping,
  map: JourneyMap,
  catalog: ProjectCatalog,
  saved: ImportMatches = {},
  remembered: readonly RememberedMatch[] = [],
): Record<string, MetricTarget | null> {
  const stages = index(map.stages.map((stage) => [stage.name, stage.id]));
  const cards = index(Object.values(map.cards).map((card) => [card.title, card.id]));
  // Names the catalog shows first, so a channel the user named "百度" wins over the search channel's alias.
  const shown = catalog.channels.flatMap((channel): [string, string][] => {
    const names: [string, string][] = [[channel.name, channel.id]];
    if (channel.builtin && !channel.name) {
      for (const language of ['en', 'zh-CN'] as const) {
        const name = builtinChannelName(channel.builtin, language);
        if (name) names.push([name, channel.id]);
      }
    }
    return names;
  });
  const aliases = catalog.channels.flatMap((channel): [string, string][] =>
    channel.builtin ? (BUILTIN_CHANNEL_ALIASES[channel.builtin as keyof typeof BUILTIN_CHANNEL_ALIASES] ?? []).map((alias) => [alias, channel.id]) : [],
  );
  const channels = index([...shown, ...aliases]);
  const exists: Record<AliasKind, (id: string) => boolean> = {
    channel: (id) => catalog.channels.some((channel) => channel.id === id),
    stage: (id) => map.stages.some((stage) => stage.id === id),
    card: (id) => id in map.cards,
  };
  const kind = nameKind(mapping);
  const handMatched = new Map(
    remembered.filter((r) => r.kind === kind && r.target.kind === kind && 'id' in r.target && exists[r.kind](r.target.id)).map((r) => [r.name, r.target]),
  );
  const byKind = (key: string): MetricTarget | null => {
    const hand = handMatched.get(normalizeName(key));
    if (hand) return hand;
    if (mapping.kind === 'transitions') {
      const id = stages.get(normalizeName(key)) ?? stages.get(normalizeName(withoutRepeatSuffix(key)));
      return id ? { kind: 'stage', id } : null;
    }
    switch (mapping.target.kind) {
      case 'map':
        return { kind: 'map' };
      case 'utm':
        return splitUtm(key);
      case 'stage': {
        const id = stages.get(normalizeName(key));
        return id ? { kind: 'stage', id } : null;
      }
      case 'card': {
        const id = cards.get(normalizeName(key));
        return id ? { kind: 'card', id } : null;
      }
      case 'channel': {
        const id = channels.get(normalizeName(key));
        return id ? { kind: 'channel', id } : null;
      }
    }
  };
  const matches: Record<string, MetricTarget | null> = {};
  for (const key of keys) {
    const preset = saved[key];
    matches[key] = preset !== undefined ? preset : key === '' && mapping.kind === 'metrics' ? { kind: 'map' } : byKind(key);
  }
  return matches;
}

/**
 * What a commit teaches: keys the user matched by hand (to a target other
 * than the guess by name) are remembered; keys matched to what the name
 * guesses are forgotten, so an outdated hand match stops winning. Keys left
 * unmatched change nothing.
 */
export function handMatches(
  matches: ImportMatches,
  mapping: ImportMapping,
  map: JourneyMap,
  catalog: ProjectCatalog,
): { remember: RememberedMatch[]; forget: Omit<RememberedMatch, 'target'>[] } {
  const kind = nameKind(mapping);
  const remember: RememberedMatch[] = [];
  const forget: Omit<RememberedMatch, 'target'>[] = [];
  if (kind === undefined) return { remember, forget };
  const keys = Object.keys(matches).filter((key) => key !== '' && normalizeName(key) !== '');
  const guessed = suggestMatches(keys, mapping, map, catalog);
  for (const key of keys) {
    const target = matches[key];
    if (!target || target.kind !== kind) continue;
    const name = normalizeName(key);
    const guess = guessed[key];
    if (guess && targetKey(guess) === targetKey(target)) forget.push({ kind, name });
    else remember.push({ kind, name, target });
  }
  return { remember, forget };
}
