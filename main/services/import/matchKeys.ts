import type { ImportMatches } from '../../../src/api/contract';
import type { ImportMapping } from '../../../src/import/mapping';
import type { ProjectCatalog } from '../../../src/model/catalog';
import type { JourneyMap } from '../../../src/model/journey';
import type { MetricTarget } from '../../../src/model/metrics';
import { builtinChannelName } from '../../../src/templates/builtinChannels';

/**
 * Where each key of an imported file goes on the map, guessed by name: a
 * stage by its name, a card by its title, a channel by its name in the
 * project catalog (a built-in channel also by its English or Chinese name).
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

/** The suggested target of every key; `saved` (a preset's matches) wins for the keys it names. */
export function suggestMatches(
  keys: readonly string[],
  mapping: ImportMapping,
  map: JourneyMap,
  catalog: ProjectCatalog,
  saved: ImportMatches = {},
): Record<string, MetricTarget | null> {
  const stages = index(map.stages.map((stage) => [stage.name, stage.id]));
  const cards = index(Object.values(map.cards).map((card) => [card.title, card.id]));
  const channels = index(
    catalog.channels.flatMap((channel): [string, string][] => {
      const names: [string, string][] = [[channel.name, channel.id]];
      if (channel.builtin && !channel.name) {
        for (const language of ['en', 'zh-CN'] as const) {
          const name = builtinChannelName(channel.builtin, language);
          if (name) names.push([name, channel.id]);
        }
      }
      return names;
    }),
  );
  const byKind = (key: string): MetricTarget | null => {
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
