import type { Gap, GapSettings, MapVersion } from '../model/gaps';
import { analyseGaps, splitAccepted } from '../gaps/analyseGaps';
import { metricFactsOf } from '../gaps/metricFacts';
import { compareCards, type CardComparison } from './compareCards';
import { compareEmotions, type EmotionComparison } from './compareEmotions';
import { compareGaps, type GapComparison } from './compareGaps';
import { compareMetrics, type MetricRow } from './compareMetrics';
import { matchVersions } from './matchVersions';

/** What changed from one version of a journey to another (two snapshots, a snapshot and now, an as-is and a to-be map). */
export interface VersionComparison {
  before: { label: string; at: string };
  after: { label: string; at: string };
  /** True when both are versions of one map (matched by id); false for two maps (matched by names and titles). */
  sameMap: boolean;
  cards: CardComparison;
  emotions: EmotionComparison;
  metrics: MetricRow[];
  gaps: GapComparison;
  summary: { added: number; removed: number; moved: number; changed: number; gapsClosed: number; gapsOpened: number };
}

// The numbers the map shows when opened: monthly buckets, the latest period, all users.
const MAP_SELECTION = { grain: 'month', period: null, segment: null } as const;

const factsOf = (version: MapVersion, language: string) => metricFactsOf(version.map, version.metrics, MAP_SELECTION, version.velocity, language);

const openGaps = (version: MapVersion, facts: ReturnType<typeof factsOf>, settings: GapSettings): Gap[] =>
  splitAccepted(analyseGaps({ map: version.map, facts, settings }), version.map.gapAcceptances).open;

/**
 * Compares two versions: cards added, removed, moved and changed; the emotion
 * curves overlaid; metrics side by side with the change; gaps closed and opened
 * (open gaps only, with the project's `settings`). `language` names metrics.
 */
export function compareVersions(before: MapVersion, after: MapVersion, settings: GapSettings, language: string): VersionComparison {
  const matching = matchVersions(before.map, after.map);
  const facts = { before: factsOf(before, language), after: factsOf(after, language) };
  const cards = compareCards(before.map, after.map, matching);
  const gaps = compareGaps(openGaps(before, facts.before, settings), openGaps(after, facts.after, settings), matching);
  return {
    before: { label: before.label, at: before.at },
    after: { label: after.label, at: after.at },
    sameMap: before.map.id === after.map.id,
    cards,
    emotions: compareEmotions(before.map, after.map, matching),
    metrics: compareMetrics(before, after, { before: facts.before.readings, after: facts.after.readings }, matching),
    gaps,
    summary: {
      added: cards.added.length,
      removed: cards.removed.length,
      moved: cards.moved.length,
      changed: cards.changed.length,
      gapsClosed: gaps.closed.length,
      gapsOpened: gaps.opened.length,
    },
  };
}
