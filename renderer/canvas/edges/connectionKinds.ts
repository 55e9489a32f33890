import { INTERNAL_LANE_TYPES } from '../../../src/schema/journey';
import type { Connection, ConnectionKind, Id, JourneyMap, LaneType } from '../../../src/model/journey';

/** Stroke colour of each kind; the arrowhead and the kind menu's swatches use the same. */
export const CONNECTION_KIND_COLORS: Record<ConnectionKind, string> = {
  flow: '#8c8c8c',
  loopBack: '#d46b08',
  supports: '#389e0d',
  handoff: '#722ed1',
};

/** Dash pattern of each kind (SVG stroke-dasharray; none = solid). */
export const CONNECTION_KIND_DASHES: Record<ConnectionKind, string | undefined> = {
  flow: undefined,
  loopBack: '6 4',
  supports: '1 4',
  handoff: '9 4 2 4',
};

const INTERNAL: ReadonlySet<LaneType> = new Set(INTERNAL_LANE_TYPES);

const isInternal = (type: LaneType | undefined): boolean => type !== undefined && INTERNAL.has(type);

/**
 * The kind a connection is drawn as. A connection without a kind is a flow,
 * except one to an earlier stage: issue-2 maps had no kinds and drew those as
 * loop-backs, so old maps keep looking the way they did.
 */
export function displayedKind(connection: Pick<Connection, 'kind'>, backward: boolean): ConnectionKind {
  return connection.kind ?? (backward ? 'loopBack' : 'flow');
}

/** True when `target` sits in an earlier stage than `source`: such a connection loops back under the cards. */
export function pointsBackward(map: JourneyMap, source: Id, target: Id): boolean {
  const from = map.cards[source];
  const to = map.cards[target];
  if (!from || !to) return false;
  const stageIndex = (id: Id) => map.stages.findIndex((s) => s.id === id);
  return stageIndex(to.stageId) < stageIndex(from.stageId);
}

/**
 * The kind offered first when `source` is connected to `target`: a move to an
 * earlier stage is a loop-back; an internal step pointing at a customer lane
 * supports it; a move between two lanes of the same view (customer or
 * internal) is a handoff; anything else is the next step of the flow.
 */
export function defaultConnectionKind(map: JourneyMap, source: Id, target: Id): ConnectionKind {
  const from = map.cards[source];
  const to = map.cards[target];
  if (!from || !to) return 'flow';
  if (pointsBackward(map, source, target)) return 'loopBack';
  const laneType = (id: Id) => map.lanes.find((l) => l.id === id)?.type;
  const fromInternal = isInternal(laneType(from.laneId));
  const toInternal = isInternal(laneType(to.laneId));
  if (fromInternal && !toInternal) return 'supports';
  if (from.laneId !== to.laneId && fromInternal === toInternal) return 'handoff';
  return 'flow';
}
