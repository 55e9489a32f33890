import { analyseGaps } from '../../../src/gaps/analyseGaps';
import { GAP_RULES } from '../../../src/schema/gaps';
import { NO_METRIC_FACTS, type Gap, type GapMetricFacts, type GapSettings } from '../../../src/model/gaps';
import type { Card, Connection, JourneyMap, LaneType } from '../../../src/model/journey';

/**
 * Small hand-built maps for the gap rules: stages s1..sn named S1..Sn, one lane
 * per type given (id and name = the type), cards (default: touchpoints lane,
 * stage s1, title = id) and connections by id.
 */
export function gapMap(stages: number, lanes: LaneType[], cards: Partial<Card>[] = [], connections: Partial<Connection>[] = []): JourneyMap {
  const map: JourneyMap = {
    id: 'm',
    name: 'Map',
    stages: Array.from({ length: stages }, (_, i) => ({ id: `s${i + 1}`, name: `S${i + 1}` })),
    lanes: lanes.map((type) => ({ id: type, name: type, type })),
    cards: {},
    connections: {},
  };
  cards.forEach((card, i) => {
    const id = card.id ?? `c${i + 1}`;
    map.cards[id] = { id, laneId: 'touchpoints', stageId: 's1', order: i, title: id, ...card };
  });
  connections.forEach((connection, i) => {
    const id = connection.id ?? `k${i + 1}`;
    map.connections[id] = { id, source: '', target: '', ...connection };
  });
  return map;
}

/** Every gap of `map`. */
export const gapsOf = (map: JourneyMap, settings: GapSettings = {}, facts: GapMetricFacts = NO_METRIC_FACTS): Gap[] => analyseGaps({ map, facts, settings });

/** Gaps as short lines "rule@stage:cards:severity", easy to compare in order. */
export const gapLines = (gaps: Gap[]): string[] => gaps.map((g) => `${g.rule}@${g.stageId ?? 'map'}:${g.cardIds.join(',')}:${g.severity}`);

/** Settings that run only `rule`. */
export const only = (rule: Gap['rule'], settings: GapSettings = {}): GapSettings => ({
  ...settings,
  disabledRules: GAP_RULES.filter((r) => r !== rule),
});
