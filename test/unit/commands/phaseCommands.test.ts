import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/commands/registry';
import type { JourneyMap } from '../../../src/model/journey';
import { findMapProblem } from '../../../src/schema/projectDocumentIntegrity';
import { applyChecked, deepFreeze, sampleMap } from './sampleMap';

/** Stages a1 a2 (phase A), x (none), b1 b2 (phase B); phase C has no stages. One card spans a2..x. */
function phasedMap(): JourneyMap {
  const base = sampleMap();
  return deepFreeze({
    ...base,
    phases: [
      { id: 'A', name: 'Attract', color: '#ff0000' },
      { id: 'B', name: 'Engage' },
      { id: 'C', name: 'Close' },
    ],
    stages: [
      { id: 'a1', name: 'A1', phaseId: 'A' },
      { id: 'a2', name: 'A2', phaseId: 'A' },
      { id: 'x', name: 'X' },
      { id: 'b1', name: 'B1', phaseId: 'B' },
      { id: 'b2', name: 'B2', phaseId: 'B' },
    ],
    cards: { w: { id: 'w', stageId: 'a2', laneId: 'l1', order: 0, title: 'Wide', span: 2 } },
    connections: {},
  });
}

/** Each stage as "id:phase" ("id" alone without a phase), left to right. */
const layout = (map: JourneyMap) => map.stages.map((s) => (s.phaseId ? `${s.id}:${s.phaseId}` : s.id)).join(' ');
const phaseIds = (map: JourneyMap) => (map.phases ?? []).map((p) => p.id).join(' ');

/** Applies with the undo check and also checks the result keeps every phase rule. */
function applyValid(map: JourneyMap, command: Parameters<typeof applyChecked>[1]) {
  const result = applyChecked(map, command);
  expect(findMapProblem(result.map)).toBeUndefined();
  return result;
}

describe('phase.add', () => {
  it('adds a phase over consecutive stages, at the end by default', () => {
    const map = sampleMap();
    const { map: next, inverse } = applyValid(map, { name: 'phase.add', args: { phase: { id: 'P', name: 'Early' }, stageIds: ['s2', 's1'] } });
    expect(next.phases).toEqual([{ id: 'P', name: 'Early' }]);
    expect(layout(next)).toBe('s1:P s2:P s3');
    expect(next.stages[2]).toBe(map.stages[2]);
    expect(inverse).toEqual({ name: 'phase.delete', args: { id: 'P' } });
    expect('phases' in applyCommand(next, inverse).map).toBe(false);
  });

  it('keeps the phase list in the order of the blocks whatever index is asked for', () => {
    const map = phasedMap();
    const first = applyValid(map, { name: 'phase.add', args: { phase: { id: 'N', name: 'Mid' }, stageIds: ['x'], index: 0 } });
    expect(phaseIds(first.map)).toBe('A N B C');
    const empty = applyValid(map, { name: 'phase.add', args: { phase: { id: 'N', name: 'Later' }, index: 0 } });
    expect(phaseIds(empty.map)).toBe('N A B C');
  });

  it('refuses taken ids, stages with a phase, gaps and unknown stages', () => {
    const map = phasedMap();
    const add = (id: string, stageIds: string[]) => () => applyCommand(map, { name: 'phase.add', args: { phase: { id, name: 'N' }, stageIds } });
    expect(add('A', [])).toThrow(expect.objectContaining({ code: 'CONFLICT', message: 'phase.add: phase id "A" is already used' }));
    expect(add('N', ['x', 'b1'])).toThrow(expect.objectContaining({ code: 'INVALID_ARGS', message: 'phase.add: stage "b1" already belongs to phase "B"' }));
    const plain = sampleMap();
    expect(() => applyCommand(plain, { name: 'phase.add', args: { phase: { id: 'N', name: 'N' }, stageIds: ['s1', 's3'] } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGS', message: 'phase.add: the stages of phase "N" must be next to each other' }),
    );
    expect(add('N', ['ghost'])).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: 'phase.add: stage "ghost" does not exist' }));
  });
});

describe('phase rename, recolour and delete', () => {
  it('renames and recolours with exact inverses, keeping other phases', () => {
    const map = phasedMap();
    const renamed = applyValid(map, { name: 'phase.rename', args: { id: 'B', name: ' Convert ' } });
    expect(renamed.map.phases?.[1]).toEqual({ id: 'B', name: 'Convert' });
    expect(renamed.map.phases?.[0]).toBe(map.phases?.[0]);
    expect(renamed.map.stages).toBe(map.stages);
    const uncoloured = applyValid(map, { name: 'phase.recolor', args: { id: 'A', color: null } });
    expect(uncoloured.map.phases?.[0]).toEqual({ id: 'A', name: 'Attract' });
    expect(uncoloured.inverse).toEqual({ name: 'phase.recolor', args: { id: 'A', color: '#ff0000' } });
    expect(applyCommand(map, { name: 'phase.rename', args: { id: 'A', name: 'Attract' } }).map).toBe(map);
    expect(() => applyCommand(map, { name: 'phase.rename', args: { id: 'Z', name: 'x' } })).toThrow('phase.rename: phase "Z" does not exist');
  });

  it('deletes a phase, leaving its stages without a phase; undo puts them back in it', () => {
    const map = phasedMap();
    const { map: next, inverse } = applyValid(map, { name: 'phase.delete', args: { id: 'B' } });
    expect(layout(next)).toBe('a1:A a2:A x b1 b2');
    expect(phaseIds(next)).toBe('A C');
    expect(next.stages[0]).toBe(map.stages[0]);
    expect(inverse).toEqual({ name: 'phase.add', args: { phase: map.phases?.[1], index: 1, stageIds: ['b1', 'b2'] } });
  });
});

describe('phase.move', () => {
  it('moves the block of stages with the phase; stages without a phase keep their place', () => {
    const map = phasedMap();
    const { map: next, inverse } = applyValid(map, { name: 'phase.move', args: { id: 'A', toIndex: 1 } });
    expect(phaseIds(next)).toBe('B A C');
    expect(layout(next)).toBe('b1:B b2:B x a1:A a2:A');
    expect(next.stages[0]).toBe(map.stages[3]);
    expect(inverse).toEqual({ name: 'phase.move', args: { id: 'A', toIndex: 0 } });
  });

  it('only reorders the list when the phase has no stages, and clamps the index', () => {
    const map = phasedMap();
    const { map: next } = applyValid(map, { name: 'phase.move', args: { id: 'C', toIndex: 0 } });
    expect(phaseIds(next)).toBe('C A B');
    expect(next.stages).toBe(map.stages);
    expect(phaseIds(applyValid(map, { name: 'phase.move', args: { id: 'A', toIndex: 99 } }).map)).toBe('B C A');
    expect(applyCommand(map, { name: 'phase.move', args: { id: 'C', toIndex: 5 } }).map).toBe(map);
  });
});

describe('stage.setPhase', () => {
  it('puts a stage into a phase next to it without moving it', () => {
    const map = phasedMap();
    const { map: next, inverse } = applyValid(map, { name: 'stage.setPhase', args: { id: 'x', phaseId: 'B' } });
    expect(layout(next)).toBe('a1:A a2:A x:B b1:B b2:B');
    expect(inverse).toEqual({ name: 'stage.setPhase', args: { id: 'x', phaseId: null, index: 2 } });
  });

  it('moves the stage to the nearest end of a phase elsewhere, and back exactly on undo', () => {
    const map = phasedMap();
    const joined = applyValid(map, { name: 'stage.setPhase', args: { id: 'a1', phaseId: 'B' } });
    expect(layout(joined.map)).toBe('a2:A x a1:B b1:B b2:B');
    expect(joined.inverse).toEqual({ name: 'stage.setPhase', args: { id: 'a1', phaseId: 'A', index: 0 } });
  });

  it('moves a stage leaving the middle of its phase to just after the phase', () => {
    const map = applyCommand(phasedMap(), { name: 'stage.setPhase', args: { id: 'x', phaseId: 'A' } }).map;
    expect(layout(map)).toBe('a1:A a2:A x:A b1:B b2:B');
    const { map: next } = applyValid(map, { name: 'stage.setPhase', args: { id: 'a2', phaseId: null } });
    expect(layout(next)).toBe('a1:A x:A a2 b1:B b2:B');
  });

  it('places a stage joining an empty phase where the phase order allows', () => {
    const map = phasedMap();
    const { map: next } = applyValid(map, { name: 'stage.setPhase', args: { id: 'a1', phaseId: 'C' } });
    expect(layout(next)).toBe('a2:A x b1:B b2:B a1:C');
  });

  it('refuses unknown phases and an index that would split a phase', () => {
    const map = phasedMap();
    expect(() => applyCommand(map, { name: 'stage.setPhase', args: { id: 'x', phaseId: 'Z' } })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'stage.setPhase: phase "Z" does not exist' }),
    );
    expect(() => applyCommand(map, { name: 'stage.setPhase', args: { id: 'x', phaseId: null, index: 1 } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGS', params: expect.objectContaining({ field: 'index' }) }),
    );
  });
});

describe('stage edits keep phases in one piece', () => {
  it('a stage moved between two stages of a phase joins it; undo restores its old phase', () => {
    const map = phasedMap();
    const { map: next, inverse } = applyValid(map, { name: 'stage.move', args: { id: 'x', toIndex: 3 } });
    expect(layout(next)).toBe('a1:A a2:A b1:B x:B b2:B');
    expect(inverse).toEqual({ name: 'stage.setPhase', args: { id: 'x', phaseId: null, index: 2 } });
  });

  it('a stage keeps its phase while next to it and leaves it when moved away', () => {
    const map = phasedMap();
    const inside = applyValid(map, { name: 'stage.move', args: { id: 'a1', toIndex: 1 } });
    expect(layout(inside.map)).toBe('a2:A a1:A x b1:B b2:B');
    expect(inside.inverse).toEqual({ name: 'stage.move', args: { id: 'a1', toIndex: 0 } });
    expect(layout(applyValid(map, { name: 'stage.move', args: { id: 'a1', toIndex: 9 } }).map)).toBe('a2:A x b1:B b2:B a1');
  });

  it('the only stage of a phase keeps it only where the phase order allows', () => {
    const single = applyCommand(phasedMap(), { name: 'stage.setPhase', args: { id: 'x', phaseId: 'C' } }).map;
    expect(layout(single)).toBe('a1:A a2:A b1:B b2:B x:C');
    expect(layout(applyValid(single, { name: 'stage.move', args: { id: 'x', toIndex: 0 } }).map)).toBe('x a1:A a2:A b1:B b2:B');
  });

  it('a stage added inside a phase joins it; one added with a phase elsewhere is refused', () => {
    const map = phasedMap();
    expect(layout(applyValid(map, { name: 'stage.add', args: { stage: { id: 'n', name: 'N' }, index: 1 } }).map)).toBe('a1:A n:A a2:A x b1:B b2:B');
    expect(() => applyCommand(map, { name: 'stage.add', args: { stage: { id: 'n', name: 'N', phaseId: 'A' }, index: 4 } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGS', message: expect.stringContaining('apart from the other stages of phase "A"') }),
    );
  });

  it('never rewrites a card span when stages move or go', () => {
    const map = phasedMap();
    expect(applyValid(map, { name: 'stage.delete', args: { id: 'x' } }).map.cards.w?.span).toBe(2);
  });
});
