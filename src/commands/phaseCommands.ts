import type { Id, JourneyMap, Phase, Stage } from '../model/journey';
import { conflict, invalidArgs } from './errors';
import { indexOfId, insertAt, moveTo, replaceAt, setOptional } from './fields';
import type { CommandHandlers } from './handler';
import { checkPhases, phaseBlock } from './stagePhases';

/** The map with this phase list; the field is left out when it is empty (as in maps without phases). */
function withPhases(map: JourneyMap, phases: readonly Phase[]): JourneyMap {
  if (phases === map.phases) return map;
  return setOptional(map, 'phases', phases.length > 0 ? [...phases] : null);
}

function patchPhase(map: JourneyMap, id: Id, change: (phase: Phase) => Phase): { map: JourneyMap; before: Phase } {
  const phases = map.phases ?? [];
  const index = indexOfId(phases, id, 'phase');
  const before = phases[index] as Phase;
  return { map: withPhases(map, replaceAt(phases, index, change(before))), before };
}

/**
 * The indexes `phases` may give a new phase whose block is stages[first..last]:
 * after every phase whose block lies before it, before every phase whose block lies after it.
 */
function allowedPhaseIndexes(stages: readonly Stage[], phases: readonly Phase[], first: number, last: number): { lo: number; hi: number } {
  let lo = 0;
  let hi = phases.length;
  phases.forEach((phase, index) => {
    const block = phaseBlock(stages, phase.id);
    if (block && block.end < first) lo = Math.max(lo, index + 1);
    if (block && block.start > last) hi = Math.min(hi, index);
  });
  return { lo, hi };
}

/**
 * The stages reordered so that the phase blocks follow `phases`. Each block
 * and each stage without a phase is one unit; units without a phase keep
 * their places and the blocks are dealt, in phase order, into the places
 * blocks had. The same list when nothing moves.
 */
function stagesInPhaseOrder(stages: readonly Stage[], phases: readonly Phase[]): readonly Stage[] {
  const units: Stage[][] = [];
  for (const stage of stages) {
    const last = units[units.length - 1];
    if (last && stage.phaseId !== undefined && last[0]?.phaseId === stage.phaseId) last.push(stage);
    else units.push([stage]);
  }
  const rank = new Map(phases.map((phase, index) => [phase.id, index]));
  const blocks = units
    .filter((unit) => unit[0]?.phaseId !== undefined)
    .sort((a, b) => (rank.get(a[0]?.phaseId ?? '') ?? 0) - (rank.get(b[0]?.phaseId ?? '') ?? 0));
  let nextBlock = 0;
  const result = units.flatMap((unit) => (unit[0]?.phaseId === undefined ? unit : (blocks[nextBlock++] ?? [])));
  return result.every((stage, index) => stage === stages[index]) ? stages : result;
}

/** Commands on phases, the headers that group consecutive stages. */
export const phaseCommands: CommandHandlers<'phase'> = {
  'phase.add': (map, { phase, index, stageIds = [] }) => {
    const phases = map.phases ?? [];
    if (phases.some((existing) => existing.id === phase.id)) conflict('phase', phase.id);
    const positions = [...new Set(stageIds)].map((id) => indexOfId(map.stages, id, 'stage')).sort((a, b) => a - b);
    for (const position of positions) {
      const stage = map.stages[position] as Stage;
      if (stage.phaseId !== undefined) invalidArgs(`stage "${stage.id}" already belongs to phase "${stage.phaseId}"`, 'stageIds');
    }
    const first = positions[0];
    const last = positions[positions.length - 1];
    let at = Math.min(index ?? phases.length, phases.length);
    let stages = map.stages;
    if (first !== undefined && last !== undefined) {
      if (last - first + 1 !== positions.length) invalidArgs(`the stages of phase "${phase.id}" must be next to each other`, 'stageIds');
      // The phase list must agree with where the block is, so the index is kept within what the block allows.
      const { lo, hi } = allowedPhaseIndexes(map.stages, phases, first, last);
      at = Math.max(lo, Math.min(hi, at));
      stages = map.stages.map((stage, position) => (position >= first && position <= last ? { ...stage, phaseId: phase.id } : stage));
    }
    const next = withPhases({ ...map, stages }, insertAt(phases, at, phase));
    checkPhases(next, next.stages, 'stageIds');
    return { map: next, inverse: { name: 'phase.delete', args: { id: phase.id } } };
  },

  'phase.rename': (map, { id, name }) => {
    const { map: next, before } = patchPhase(map, id, (phase) => (phase.name === name ? phase : { ...phase, name }));
    return { map: next, inverse: { name: 'phase.rename', args: { id, name: before.name } } };
  },

  'phase.recolor': (map, { id, color }) => {
    const { map: next, before } = patchPhase(map, id, (phase) => setOptional(phase, 'color', color));
    return { map: next, inverse: { name: 'phase.recolor', args: { id, color: before.color ?? null } } };
  },

  /**
   * Moves the phase to `toIndex` (clamped) in the phase list and its stages
   * with it, so the blocks follow the new phase order; stages without a phase
   * keep their places between the blocks (see stagesInPhaseOrder).
   */
  'phase.move': (map, { id, toIndex }) => {
    const phases = map.phases ?? [];
    const from = indexOfId(phases, id, 'phase');
    const moved = moveTo(phases, from, toIndex);
    const stages = stagesInPhaseOrder(map.stages, moved);
    const next = withPhases(stages === map.stages ? map : { ...map, stages: [...stages] }, moved);
    return { map: next, inverse: { name: 'phase.move', args: { id, toIndex: from } } };
  },

  'phase.delete': (map, { id }) => {
    const phases = map.phases ?? [];
    const index = indexOfId(phases, id, 'phase');
    const stageIds = map.stages.filter((stage) => stage.phaseId === id).map((stage) => stage.id);
    const stages = stageIds.length > 0 ? map.stages.map((stage) => (stage.phaseId === id ? setOptional(stage, 'phaseId', null) : stage)) : map.stages;
    const next = withPhases({ ...map, stages }, phases.filter((phase) => phase.id !== id));
    return { map: next, inverse: { name: 'phase.add', args: { phase: phases[index] as Phase, index, stageIds } } };
  },
};
