import { describe, expect, it } from 'vitest';
import type { JourneyMap, LaneType } from '../../../src/model/journey';
import { LANE_TYPES } from '../../../src/schema/journey';
import { blueprintLines, laneView } from '../../../renderer/canvas/laneGroups';
import { computeLayout } from '../../../renderer/canvas/layout';
import { seededRandom } from '../commands/randomCommands';

const mapOf = (types: LaneType[]): JourneyMap => ({
  id: 'm',
  name: 'Map',
  stages: [{ id: 's1', name: 'Stage' }],
  lanes: types.map((type, i) => ({ id: `l${i}`, name: type, type })),
  cards: {},
  connections: {},
});

/** Lines as [kind, index of the lane each runs above]. */
const linesOf = (types: LaneType[]) => computeLayout(mapOf(types)).lines.map((l) => [l.kind, l.laneIndex]);

describe('blueprint lines', () => {
  it('run above the first frontstage lane and above the first backstage lane in a usual blueprint', () => {
    expect(linesOf(['actions', 'touchpoints', 'frontstage', 'backstage', 'support'])).toEqual([
      ['interaction', 2],
      ['visibility', 3],
    ]);
  });

  it('sit on the top edge of the lane they run above', () => {
    const layout = computeLayout(mapOf(['actions', 'frontstage', 'backstage']));
    expect(layout.lines.map((l) => l.y)).toEqual([layout.lanes[1]!.y, layout.lanes[2]!.y]);
  });

  it('run above the first lane of the next group when an internal lane sits among customer lanes', () => {
    expect(linesOf(['actions', 'frontstage', 'thoughts', 'backstage'])).toEqual([
      ['interaction', 1],
      ['visibility', 3],
    ]);
    // Internal lanes on top: the line of interaction runs above the first customer lane.
    expect(linesOf(['backstage', 'frontstage', 'actions'])).toEqual([
      ['interaction', 2],
      ['visibility', 1],
    ]);
  });

  it('are left out when there is nothing to separate', () => {
    expect(linesOf(['actions', 'thoughts', 'painPoints'])).toEqual([]);
    expect(linesOf(['frontstage', 'frontstage'])).toEqual([]);
    // Without a frontstage lane nothing is visible to the customer on the company's side.
    expect(linesOf(['actions', 'backstage', 'support'])).toEqual([['interaction', 1]]);
    expect(linesOf([])).toEqual([]);
  });

  it.each(Array.from({ length: 30 }, (_, i) => i + 1))('seed %i: the two lines never share a boundary, and each has different groups on its sides', (seed) => {
    const rng = seededRandom(seed);
    const types = Array.from({ length: rng.int(9) }, () => rng.pick(LANE_TYPES));
    const lanes = mapOf(types).lanes;
    const lines = blueprintLines(lanes, lanes.map((_, i) => ({ y: i * 100, height: 100 })));
    expect(new Set(lines.map((l) => l.laneIndex)).size).toBe(lines.length);
    for (const line of lines) {
      const below = types[line.laneIndex]!;
      if (line.kind === 'interaction') expect(laneView(below)).not.toBe(laneView(types[line.laneIndex - 1]!));
      else expect(laneView(below)).toBe('internal');
    }
  });
});

describe('lane group bands', () => {
  it('group consecutive lanes of one view and cover their rows', () => {
    const layout = computeLayout(mapOf(['actions', 'thoughts', 'frontstage', 'backstage', 'notes']));
    expect(layout.groups.map((g) => [g.view, g.laneIds])).toEqual([
      ['customer', ['l0', 'l1']],
      ['internal', ['l2', 'l3']],
      ['customer', ['l4']],
    ]);
    const [first, second] = layout.groups;
    expect(first!.y).toBe(layout.lanes[0]!.y);
    expect(first!.height).toBe(layout.lanes[0]!.height + layout.lanes[1]!.height);
    expect(second!.y).toBe(first!.y + first!.height);
  });
});
