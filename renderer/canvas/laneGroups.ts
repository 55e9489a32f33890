import type { Id, Lane, LaneType } from '../../src/model/journey';
import { INTERNAL_LANE_TYPES } from '../../src/schema/journey';

/**
 * Service-blueprint structure of the lanes: which view each lane belongs to,
 * the visible group bands of the lane header column, and where the line of
 * interaction and the line of visibility run.
 */

export type LaneView = 'customer' | 'internal';
export type BlueprintLineKind = 'interaction' | 'visibility';

/** A run of consecutive lanes of one view, drawn as one band beside their names. */
export interface LaneGroupBand {
  view: LaneView;
  /** Index of the band's first lane. */
  firstLane: number;
  laneIds: Id[];
  y: number;
  height: number;
}

export interface BlueprintLine {
  kind: BlueprintLineKind;
  /** Index of the lane the line runs above. */
  laneIndex: number;
  y: number;
}

/** Where the rows are, as computed by the grid layout. */
export interface RowBox {
  y: number;
  height: number;
}

const INTERNAL: ReadonlySet<LaneType> = new Set(INTERNAL_LANE_TYPES);

/** Customer view (what the customer does, sees, feels) or internal view (what the company does). */
export const laneView = (type: LaneType): LaneView => (INTERNAL.has(type) ? 'internal' : 'customer');

/** Consecutive lanes of one view grouped into bands, top to bottom. */
export function laneGroupBands(lanes: readonly Lane[], rows: readonly RowBox[]): LaneGroupBand[] {
  const bands: LaneGroupBand[] = [];
  lanes.forEach((lane, index) => {
    const row = rows[index];
    if (!row) return;
    const view = laneView(lane.type);
    const last = bands.at(-1);
    if (last && last.view === view) {
      last.laneIds.push(lane.id);
      last.height = row.y + row.height - last.y;
    } else {
      bands.push({ view, firstLane: index, laneIds: [lane.id], y: row.y, height: row.height });
    }
  });
  return bands;
}

/** Index of the first lane whose `side` differs from the side of the first lane in `indexes`; -1 when all agree. */
function firstChange(indexes: number[], side: (index: number) => string): number {
  const first = indexes[0];
  if (first === undefined) return -1;
  const start = side(first);
  return indexes.find((i) => side(i) !== start) ?? -1;
}

/**
 * Where the blueprint lines run. The rule, which also keeps oddly ordered maps
 * sensible:
 *  - the line of interaction runs above the first lane whose view (customer or
 *    internal) differs from the top lane's view: in a usual map, above the
 *    first frontstage lane. No line when every lane is of one view.
 *  - the line of visibility runs above the first internal lane whose side
 *    (frontstage, or backstage/support) differs from the side of the topmost
 *    internal lane: in a usual map, above the first backstage lane. No line
 *    without both a frontstage and a backstage or support lane.
 * Each line thus sits above the first lane of the next group; the two never
 * fall on the same boundary, because the line of visibility needs an internal
 * lane above it.
 */
export function blueprintLines(lanes: readonly Lane[], rows: readonly RowBox[]): BlueprintLine[] {
  const all = lanes.map((_, i) => i).filter((i) => rows[i] !== undefined);
  const typeOf = (i: number): LaneType => lanes[i]?.type ?? 'notes';
  const lines: BlueprintLine[] = [];
  const interaction = firstChange(all, (i) => laneView(typeOf(i)));
  if (interaction !== -1) lines.push({ kind: 'interaction', laneIndex: interaction, y: rows[interaction]?.y ?? 0 });
  const internal = all.filter((i) => laneView(typeOf(i)) === 'internal');
  const visibility = firstChange(internal, (i) => (typeOf(i) === 'frontstage' ? 'front' : 'back'));
  if (visibility !== -1) lines.push({ kind: 'visibility', laneIndex: visibility, y: rows[visibility]?.y ?? 0 });
  return lines;
}
