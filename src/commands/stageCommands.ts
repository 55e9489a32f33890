import type { Id, JourneyMap, Stage } from '../model/journey';
import { addToAxis, deleteFromAxis, patchAxisItem, stageAxis } from './axis';
import { indexOfId, setOptional } from './fields';
import type { CommandHandlers } from './handler';
import type { Command } from './schemas';
import { checkPhases, enclosingPhase, gapsForEmptyPhase, phaseBlock, placeStage } from './stagePhases';

const clamp = (value: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, value));

/**
 * The phase a stage has after `stage.move` puts it at gap `to` of `rest` (the
 * stages without it), chosen so every phase stays in one piece:
 * - dropped between two stages of one phase, it joins that phase;
 * - else it keeps its phase while it stays next to that phase's other stages,
 *   or when it is the phase's only stage and the new place fits the phase order;
 * - else it leaves its phase.
 */
function phaseAfterMove(map: JourneyMap, rest: readonly Stage[], to: number, stage: Stage): Id | undefined {
  const inside = enclosingPhase(rest, to);
  if (inside !== undefined) return inside;
  const phaseId = stage.phaseId;
  if (phaseId === undefined) return undefined;
  if (rest[to - 1]?.phaseId === phaseId || rest[to]?.phaseId === phaseId) return phaseId;
  if (rest.some((other) => other.phaseId === phaseId)) return undefined;
  const { lo, hi } = gapsForEmptyPhase(rest, map.phases ?? [], phaseId);
  return to >= lo && to <= hi ? phaseId : undefined;
}

/**
 * Where `stage.setPhase` puts a stage (an index of `rest`, the stages without
 * it) when no index is given: it stays where it is if it can; leaving a phase
 * from the middle of its block, it goes right after the block; joining a
 * phase elsewhere, it goes to the nearest end of that phase's block, or of the
 * range where an empty phase's block may start.
 */
function gapForPhase(map: JourneyMap, rest: readonly Stage[], from: number, phaseId: Id | null): number {
  if (phaseId === null) {
    const inside = enclosingPhase(rest, from);
    const block = inside === undefined ? undefined : phaseBlock(rest, inside);
    return block ? block.end + 1 : from;
  }
  const block = phaseBlock(rest, phaseId);
  if (block) return clamp(from, block.start, block.end + 1);
  const { lo, hi } = gapsForEmptyPhase(rest, map.phases ?? [], phaseId);
  return clamp(from, lo, hi);
}

/** Commands on the map's stages (its columns). */
export const stageCommands: CommandHandlers<'stage'> = {
  'stage.add': (map, { stage, index, cards = [], connections = [], emotions = [] }) => {
    const at = Math.min(index ?? map.stages.length, map.stages.length);
    const inside = enclosingPhase(map.stages, at);
    // Added between two stages of one phase, it joins that phase so the phase stays in one piece.
    const placed = inside !== undefined && stage.phaseId === undefined ? { ...stage, phaseId: inside } : stage;
    const { map: next, touched } = addToAxis(stageAxis, map, placed, at, cards, connections, emotions);
    checkPhases(next, next.stages, 'stage.phaseId');
    return { map: next, inverse: { name: 'stage.delete', args: { id: stage.id } }, touched };
  },

  'stage.rename': (map, { id, name }) => {
    const { map: next, before } = patchAxisItem(stageAxis, map, id, (stage) => (stage.name === name ? stage : { ...stage, name }));
    return { map: next, inverse: { name: 'stage.rename', args: { id, name: before.name } } };
  },

  'stage.recolor': (map, { id, color }) => {
    const { map: next, before } = patchAxisItem(stageAxis, map, id, (stage) => setOptional(stage, 'color', color));
    return { map: next, inverse: { name: 'stage.recolor', args: { id, color: before.color ?? null } } };
  },

  'stage.move': (map, { id, toIndex }) => {
    const from = indexOfId(map.stages, id, 'stage');
    const stage = map.stages[from] as Stage;
    const rest = map.stages.filter((_, index) => index !== from);
    const to = Math.min(toIndex, rest.length);
    const moved = setOptional(stage, 'phaseId', phaseAfterMove(map, rest, to, stage) ?? null);
    const inverse: Command =
      moved === stage
        ? { name: 'stage.move', args: { id, toIndex: from } }
        : { name: 'stage.setPhase', args: { id, phaseId: stage.phaseId ?? null, index: from } };
    return { map: placeStage(map, from, to, moved, 'toIndex'), inverse };
  },

  'stage.setPhase': (map, { id, phaseId, index }) => {
    const from = indexOfId(map.stages, id, 'stage');
    const stage = map.stages[from] as Stage;
    if (phaseId !== null) indexOfId(map.phases ?? [], phaseId, 'phase');
    const rest = map.stages.filter((_, i) => i !== from);
    const to = index === undefined ? gapForPhase(map, rest, from, phaseId) : Math.min(index, rest.length);
    const next = placeStage(map, from, to, setOptional(stage, 'phaseId', phaseId), index === undefined ? 'phaseId' : 'index');
    return { map: next, inverse: { name: 'stage.setPhase', args: { id, phaseId: stage.phaseId ?? null, index: from } } };
  },

  'stage.setMoment': (map, { id, moment }) => {
    const { map: next, before } = patchAxisItem(stageAxis, map, id, (stage) => setOptional(stage, 'moment', moment));
    return { map: next, inverse: { name: 'stage.setMoment', args: { id, moment: before.moment ?? null } } };
  },

  'stage.delete': (map, { id }) => {
    const { map: next, item, index, cards, connections, emotions, touched } = deleteFromAxis(stageAxis, map, id);
    const restore = emotions.length > 0 ? { emotions } : {};
    return { map: next, inverse: { name: 'stage.add', args: { stage: item, index, cards, connections, ...restore } }, touched };
  },
};
