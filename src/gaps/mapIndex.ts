import type { GapMetricFacts } from '../model/gaps';
import type { Card, Connection, ConnectionKind, Id, JourneyMap, Lane, LaneType } from '../model/journey';
import type { DEFAULT_GAP_SETTINGS } from '../schema/gaps';
import { INTERNAL_LANE_TYPES } from '../schema/journey';

/** A project's settings with every default filled in. */
export type ResolvedGapSettings = typeof DEFAULT_GAP_SETTINGS;

/** What a rule reads besides the map: the resolved settings and the metric facts. */
export interface RuleContext {
  settings: ResolvedGapSettings;
  facts: GapMetricFacts;
}

/**
 * The map indexed once for every rule, so that each rule is linear in the
 * cards and connections: lanes and stages by id, cards by lane type (in stage,
 * lane and cell order), connections by card.
 */
export interface MapIndex {
  map: JourneyMap;
  laneOf: Map<Id, Lane>;
  stageIndex: Map<Id, number>;
  stageName(id: Id): string;
  /** The cards placed in an existing lane and stage, in stage, lane and cell order. */
  cards: Card[];
  cardsOfType(type: LaneType): Card[];
  laneType(card: Card): LaneType | undefined;
  isInternal(card: Card): boolean;
  /** Connections touching each card (either end). */
  connectionsOf(cardId: Id): Connection[];
  hasInternalLanes: boolean;
}

const INTERNAL = new Set<LaneType | undefined>(INTERNAL_LANE_TYPES);

/** Indexes `map` for the rules (linear in cards and connections, plus sorting the cards). */
export function indexMap(map: JourneyMap): MapIndex {
  const laneOf = new Map(map.lanes.map((lane) => [lane.id, lane]));
  const laneIndex = new Map(map.lanes.map((lane, i) => [lane.id, i]));
  const stageIndex = new Map(map.stages.map((stage, i) => [stage.id, i]));
  const stageNames = new Map(map.stages.map((stage) => [stage.id, stage.name]));
  const byCard = new Map<Id, Connection[]>();
  for (const connection of Object.values(map.connections)) {
    for (const end of new Set([connection.source, connection.target])) {
      const list = byCard.get(end);
      if (list) list.push(connection);
      else byCard.set(end, [connection]);
    }
  }
  const cards = Object.values(map.cards)
    .filter((card) => laneOf.has(card.laneId) && stageIndex.has(card.stageId))
    .sort((a, b) => (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) || (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) || a.order - b.order);
  const laneType = (card: Card) => laneOf.get(card.laneId)?.type;
  const byType = new Map<LaneType, Card[]>();
  for (const card of cards) {
    const type = laneType(card);
    if (type === undefined) continue;
    const list = byType.get(type);
    if (list) list.push(card);
    else byType.set(type, [card]);
  }
  return {
    map,
    laneOf,
    stageIndex,
    stageName: (id) => stageNames.get(id) ?? '',
    cards,
    cardsOfType: (type) => byType.get(type) ?? [],
    laneType,
    isInternal: (card) => INTERNAL.has(laneType(card)),
    connectionsOf: (cardId) => byCard.get(cardId) ?? [],
    hasInternalLanes: map.lanes.some((lane) => INTERNAL.has(lane.type)),
  };
}

/** A connection's kind (absent: 'flow'). */
export const connectionKind = (connection: Connection): ConnectionKind => connection.kind ?? 'flow';

/** True when a 'supports' connection (either direction) links `card` with a placed card for which `wanted` holds. */
export function hasSupportLink(index: MapIndex, card: Card, wanted: (other: Card) => boolean): boolean {
  return index.connectionsOf(card.id).some((connection) => {
    if (connectionKind(connection) !== 'supports') return false;
    const other = index.map.cards[connection.source === card.id ? connection.target : connection.source];
    return other !== undefined && other.id !== card.id && index.laneOf.has(other.laneId) && wanted(other);
  });
}

/** The stages a card covers: its own and the following ones of its span. */
export function coveredStages(index: MapIndex, card: Card): Id[] {
  const first = index.stageIndex.get(card.stageId) ?? 0;
  return index.map.stages.slice(first, first + (card.span ?? 1)).map((stage) => stage.id);
}
