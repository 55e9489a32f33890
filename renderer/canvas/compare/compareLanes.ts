import type { Lane, LaneType } from '../../../src/model/journey';
import { laneView, type BlueprintLineKind } from '../laneGroups';

/**
 * The compare view's reading of the lanes: which band of a service blueprint
 * each lane sits in (the customer's, the frontstage, the back office), the
 * order it shows them in, and which line of the blueprint a connection crosses.
 */

/** 0: customer view, 1: frontstage, 2: backstage and support. */
const tier = (type: LaneType): number => (laneView(type) === 'customer' ? 0 : type === 'frontstage' ? 1 : 2);

/**
 * Lanes in compare-view display order: the customer's lanes first, then the
 * frontstage, then backstage and support, each band in the document's order
 * (a stable sort), so a map already grouped that way shows as it is and each
 * blueprint line falls on one boundary. The document's order is not changed.
 */
export function compareLaneOrder<L extends Pick<Lane, 'type'>>(lanes: readonly L[]): L[] {
  return lanes
    .map((lane, index) => ({ lane, index }))
    .sort((a, b) => tier(a.lane.type) - tier(b.lane.type) || a.index - b.index)
    .map(({ lane }) => lane);
}

/**
 * The blueprint line a connection between cards of these lane types crosses:
 * the line of interaction between the customer's view and any internal lane,
 * the line of visibility between the frontstage and the backstage or support;
 * null when both ends are on one side of both lines.
 */
export function crossedLine(from: LaneType, to: LaneType): BlueprintLineKind | null {
  if (laneView(from) !== laneView(to)) return 'interaction';
  if (laneView(from) === 'internal' && (from === 'frontstage') !== (to === 'frontstage')) return 'visibility';
  return null;
}
