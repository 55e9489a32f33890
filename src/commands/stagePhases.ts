import type { Id, JourneyMap, Phase, Stage } from '../model/journey';
import { findPhaseProblem } from '../schema/projectDocumentIntegrity';
import { invalidArgs } from './errors';
import { insertAt } from './fields';

/**
 * Phases group consecutive stages. Every edit of the stage order keeps three
 * rules (checked by findPhaseProblem): each stage's phase exists, the stages
 * of a phase sit next to each other (its "block"), and the blocks follow the
 * order of `map.phases`. Phases without stages may sit anywhere in that list.
 */

/** First and last index of the phase's block in `stages`, or undefined when it has no stages. */
export function phaseBlock(stages: readonly Stage[], phaseId: Id): { start: number; end: number } | undefined {
  const start = stages.findIndex((stage) => stage.phaseId === phaseId);
  if (start < 0) return undefined;
  let end = start;
  while (stages[end + 1]?.phaseId === phaseId) end++;
  return { start, end };
}

/** The phase a stage put at gap `gap` (before `stages[gap]`) lands inside: the phase on both sides, if any. */
export function enclosingPhase(stages: readonly Stage[], gap: number): Id | undefined {
  const left = stages[gap - 1]?.phaseId;
  return left !== undefined && left === stages[gap]?.phaseId ? left : undefined;
}

/**
 * The gaps of `stages` where a stage of phase `phaseId` may go when that phase
 * has no stages yet: after the block of the nearest earlier phase that has
 * stages and before the block of the nearest later one.
 */
export function gapsForEmptyPhase(stages: readonly Stage[], phases: readonly Phase[], phaseId: Id): { lo: number; hi: number } {
  const rank = phases.findIndex((phase) => phase.id === phaseId);
  let lo = 0;
  let hi = stages.length;
  phases.forEach((phase, index) => {
    const block = phaseBlock(stages, phase.id);
    if (!block) return;
    if (index < rank) lo = Math.max(lo, block.end + 1);
    if (index > rank) hi = Math.min(hi, block.start);
  });
  return { lo, hi };
}

/** Refuses a stage order that breaks the phase rules, naming the stage. */
export function checkPhases(map: JourneyMap, stages: readonly Stage[], field: string): void {
  const problem = findPhaseProblem(stages, map.phases ?? []);
  if (problem) invalidArgs(problem.message, field);
}

/**
 * The map with the stage at `from` replaced by `stage` at `to` (an index of
 * the list without it). Checks the phase rules; keeps the map, the stage list
 * and every other stage as the same objects where nothing changes.
 */
export function placeStage(map: JourneyMap, from: number, to: number, stage: Stage, field: string): JourneyMap {
  if (from === to && map.stages[from] === stage) return map;
  const rest = map.stages.filter((_, index) => index !== from);
  const stages = insertAt(rest, to, stage);
  checkPhases(map, stages, field);
  return { ...map, stages };
}
