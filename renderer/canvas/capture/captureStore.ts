import { create } from 'zustand';
import type { CellRef } from '../../../src/views/stepping';

/**
 * Quick capture: while `cell` is set, an input sits at the end of that cell
 * and every Enter adds a card there. `lastClicked` remembers the cell the user
 * last clicked, where capture starts when no card is selected.
 */
export interface CaptureState {
  cell: CellRef | null;
  lastClicked: CellRef | null;
  /** Text typed and not yet added; kept when the input moves to another cell. */
  draft: string;
  /** Grows with each card added, so the canvas can keep the input in view. */
  added: number;
  moveTo(cell: CellRef | null): void;
  stop(): void;
  noteClicked(cell: CellRef): void;
  setDraft(draft: string): void;
  noteAdded(): void;
}

export const useCaptureStore = create<CaptureState>()((set) => ({
  cell: null,
  lastClicked: null,
  draft: '',
  added: 0,
  moveTo: (cell) => set({ cell }),
  stop: () => set({ cell: null, draft: '' }),
  noteClicked: (lastClicked) => set((s) => (s.lastClicked?.stageId === lastClicked.stageId && s.lastClicked.laneId === lastClicked.laneId ? s : { lastClicked })),
  setDraft: (draft) => set({ draft }),
  noteAdded: () => set((s) => ({ added: s.added + 1, draft: '' })),
}));
