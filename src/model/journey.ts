import type { z } from 'zod';
import type {
  CardSchema,
  ConnectionKindSchema,
  ConnectionSchema,
  EmotionPointSchema,
  JourneyMapSchema,
  LaneSchema,
  LaneTypeSchema,
  MapStatusSchema,
  PhaseSchema,
  StageSchema,
} from '../schema/journey';

/** Stable id of any entity (map, stage, lane, card, connection). */
export type Id = string;
export type LaneType = z.infer<typeof LaneTypeSchema>;
/** A column of the map: one step of the customer's journey. */
export type Stage = z.infer<typeof StageSchema>;
/** A row of the map, with a type that decides its look and editor. */
export type Lane = z.infer<typeof LaneSchema>;
/** A sticky card in one stage x lane cell, ordered inside that cell. */
export type Card = z.infer<typeof CardSchema>;
/** A directed link between two cards, any direction (backward loops included). */
export type Connection = z.infer<typeof ConnectionSchema>;
/** A header over consecutive stages. */
export type Phase = z.infer<typeof PhaseSchema>;
export type ConnectionKind = z.infer<typeof ConnectionKindSchema>;
/** One point of an emotion curve (lane x stage x persona x as-is/to-be). */
export type EmotionPoint = z.infer<typeof EmotionPointSchema>;
export type MapStatus = z.infer<typeof MapStatusSchema>;
/** One journey map: ordered stages and lanes, cards and connections keyed by id. */
export type JourneyMap = z.infer<typeof JourneyMapSchema>;

/** An empty map with the given id and name. */
export function emptyMap(id: Id, name: string): JourneyMap {
  return { id, name, stages: [], lanes: [], cards: {}, connections: {} };
}

/** Cards of one cell, sorted by their order. */
export function cellCards(map: JourneyMap, stageId: Id, laneId: Id): Card[] {
  return Object.values(map.cards)
    .filter((c) => c.stageId === stageId && c.laneId === laneId)
    .sort((a, b) => a.order - b.order);
}
