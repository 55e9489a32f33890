import { describe, expect, it } from 'vitest';
import type { Card, JourneyMap } from '../../../src/model/journey';
import { mapSketch, SKETCH_MAX_CELLS } from '../../../src/model/sketch';

const card = (id: string, stageId: string, laneId: string, order: number): Card => ({ id, stageId, laneId, order, title: id });

describe('mapSketch', () => {
  it('gives the grid shape and card counts per filled cell, stage by stage', () => {
    const map: JourneyMap = {
      id: 'm',
      name: 'M',
      stages: [{ id: 's1', name: 'A' }, { id: 's2', name: 'B' }, { id: 's3', name: 'C' }],
      lanes: [{ id: 'l1', name: 'Do', type: 'actions' }, { id: 'l2', name: 'Feel', type: 'emotions' }],
      cards: { a: card('a', 's3', 'l1', 0), b: card('b', 's1', 'l2', 0), c: card('c', 's1', 'l2', 1), d: card('d', 's1', 'l1', 0) },
      connections: {},
    };
    expect(mapSketch(map)).toEqual({ stageCount: 3, lanes: ['actions', 'emotions'], cells: [[0, 0, 1], [0, 1, 2], [2, 0, 1]] });
  });

  it('draws an empty map and caps the cells of a huge one, keeping the leftmost stages', () => {
    expect(mapSketch({ id: 'm', name: 'M', stages: [], lanes: [], cards: {}, connections: {} })).toEqual({ stageCount: 0, lanes: [], cells: [] });
    const stages = Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, name: `S${i}` }));
    const lanes = Array.from({ length: 20 }, (_, i) => ({ id: `l${i}`, name: `L${i}`, type: 'notes' as const }));
    const cards = Object.fromEntries(stages.flatMap((s) => lanes.map((l) => [`${s.id}${l.id}`, card(`${s.id}${l.id}`, s.id, l.id, 0)])));
    const sketch = mapSketch({ id: 'm', name: 'M', stages, lanes, cards, connections: {} });
    expect(sketch.cells).toHaveLength(SKETCH_MAX_CELLS);
    expect(sketch.cells[SKETCH_MAX_CELLS - 1]).toEqual([19, 19, 1]);
  });
});
