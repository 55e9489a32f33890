import type { Id, Lane, Stage } from '../model/journey';

/**
 * Moving through a map one place at a time: the stages of a presentation and
 * the cells of quick capture. Pure, so the rules are tested without a canvas.
 */

export type Step = 'next' | 'previous' | 'first' | 'last';

/**
 * The presentation step a key asks for: Right, Down, Space and PageDown go on;
 * Left, Up and PageUp go back; Home and End jump to the first and last stage.
 */
export function presentationStep(key: string): Step | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** The index a step leads to among `count` items; it stops at both ends (a presentation does not wrap). */
export function stepIndex(current: number, count: number, step: Step): number {
  if (count <= 0) return 0;
  const last = count - 1;
  const at = Math.min(Math.max(current, 0), last);
  switch (step) {
    case 'next':
      return Math.min(at + 1, last);
    case 'previous':
      return Math.max(at - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}

/** A cell of the grid: one stage of one lane. */
export interface CellRef {
  stageId: Id;
  laneId: Id;
}

/** Lanes quick capture can add cards to: the shown ones that hold cards (an emotions lane holds its curve). */
export function captureLanes<L extends Pick<Lane, 'id' | 'type'>>(lanes: readonly L[], hiddenLaneIds: readonly Id[]): L[] {
  const hidden = new Set(hiddenLaneIds);
  return lanes.filter((lane) => lane.type !== 'emotions' && !hidden.has(lane.id));
}

/**
 * The cell after (`direction` 1) or before (-1) `from`, in reading order of
 * capture: along the stages of a lane, then on to the first stage of the next
 * lane; it wraps around at the ends. A `from` that no longer exists (its
 * stage or lane was deleted or hidden) gives the first cell. Null when there
 * is no cell at all.
 */
export function stepCell(stages: readonly Pick<Stage, 'id'>[], lanes: readonly Pick<Lane, 'id'>[], from: CellRef | null, direction: 1 | -1): CellRef | null {
  const total = stages.length * lanes.length;
  if (total === 0) return null;
  const stageIndex = from ? stages.findIndex((s) => s.id === from.stageId) : -1;
  const laneIndex = from ? lanes.findIndex((l) => l.id === from.laneId) : -1;
  const position = stageIndex === -1 || laneIndex === -1 ? null : laneIndex * stages.length + stageIndex;
  const next = position === null ? 0 : (position + direction + total) % total;
  return cellAt(stages, lanes, next);
}

const cellAt = (stages: readonly Pick<Stage, 'id'>[], lanes: readonly Pick<Lane, 'id'>[], position: number): CellRef | null => {
  const stage = stages[position % stages.length];
  const lane = lanes[Math.floor(position / stages.length)];
  return stage && lane ? { stageId: stage.id, laneId: lane.id } : null;
};

/**
 * Where quick capture starts: the preferred cell (the selected card's, or the
 * last one clicked) when it can take cards, else the first cell.
 */
export function startCell(stages: readonly Pick<Stage, 'id'>[], lanes: readonly Pick<Lane, 'id'>[], preferred: readonly (CellRef | null)[]): CellRef | null {
  for (const cell of preferred) {
    if (cell && stages.some((s) => s.id === cell.stageId) && lanes.some((l) => l.id === cell.laneId)) return cell;
  }
  return cellAt(stages, lanes, 0);
}
