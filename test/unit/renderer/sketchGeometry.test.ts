import { describe, expect, it } from 'vitest';
import { sketchGeometry } from '../../../renderer/panels/project/sketchGeometry';

describe('sketchGeometry', () => {
  it('draws one band per lane, one column per stage, and a block per filled cell', () => {
    const geometry = sketchGeometry({ stageCount: 4, lanes: ['actions', 'emotions'], cells: [[1, 0, 2], [3, 1, 1]] }, 200, 100);
    expect(geometry.lanes.map((lane) => [lane.type, lane.y, lane.height])).toEqual([
      ['actions', 0.75, 48.5],
      ['emotions', 50.75, 48.5],
    ]);
    expect(geometry.dividers).toEqual([50, 100, 150]);
    expect(geometry.cells).toEqual([
      { type: 'actions', weight: 0.6, x: 52, y: 2, width: 46, height: 46 },
      { type: 'emotions', weight: 0.4, x: 152, y: 52, width: 46, height: 46 },
    ]);
  });

  it('keeps every block inside the box and its own cell', () => {
    const cells: [number, number, number][] = [];
    for (let stage = 0; stage < 9; stage += 1) for (let lane = 0; lane < 7; lane += 1) cells.push([stage, lane, 1 + ((stage + lane) % 5)]);
    const { cells: blocks } = sketchGeometry({ stageCount: 9, lanes: Array(7).fill('notes'), cells }, 240, 96);
    expect(blocks).toHaveLength(63);
    for (const block of blocks) {
      expect(block.x).toBeGreaterThanOrEqual(0);
      expect(block.y).toBeGreaterThanOrEqual(0);
      expect(block.x + block.width).toBeLessThanOrEqual(240);
      expect(block.y + block.height).toBeLessThanOrEqual(96);
      expect(block.weight).toBeGreaterThan(0);
      expect(block.weight).toBeLessThanOrEqual(1);
    }
  });

  it('darkens a cell with its card count, up to four cards', () => {
    const weights = sketchGeometry({ stageCount: 5, lanes: ['notes'], cells: [[0, 0, 1], [1, 0, 2], [2, 0, 4], [3, 0, 9]] }, 100, 20).cells.map((cell) => cell.weight);
    expect(weights[0]).toBeLessThan(weights[1] ?? 0);
    expect(weights[1]).toBeLessThan(weights[2] ?? 0);
    expect(weights.slice(2)).toEqual([1, 1]);
  });

  it('leaves out cells outside the grid and draws nothing for an empty map', () => {
    const geometry = sketchGeometry({ stageCount: 2, lanes: ['notes'], cells: [[2, 0, 1], [0, 1, 1], [-1, 0, 1], [0, 0, 0]] }, 100, 20);
    expect(geometry.cells).toEqual([]);
    expect(sketchGeometry({ stageCount: 0, lanes: ['notes'], cells: [] }, 100, 20)).toEqual({ lanes: [], dividers: [], cells: [] });
    expect(sketchGeometry({ stageCount: 3, lanes: [], cells: [[0, 0, 1]] }, 100, 20)).toEqual({ lanes: [], dividers: [], cells: [] });
  });
});
