import { create } from 'zustand';

/**
 * Presentation mode: the editor hides its toolbar and panels and steps
 * through the stages one at a time. The lanes hidden while presenting are the
 * presentation's own set (it starts as the user's view filter), so leaving
 * presentation mode gives back the user's filter untouched.
 */
export interface PresentationState {
  active: boolean;
  /** Index of the stage shown, among the map's stages. */
  stageIndex: number;
  hiddenLaneIds: readonly string[];
  /** True while the editor element is in full screen because presentation mode asked for it. */
  fullScreen: boolean;
  start(options: { stageIndex: number; hiddenLaneIds: readonly string[] }): void;
  stop(): void;
  goTo(stageIndex: number): void;
  setHiddenLaneIds(ids: readonly string[]): void;
  setFullScreen(fullScreen: boolean): void;
}

export const usePresentationStore = create<PresentationState>()((set) => ({
  active: false,
  stageIndex: 0,
  hiddenLaneIds: [],
  fullScreen: false,
  start: ({ stageIndex, hiddenLaneIds }) => set({ active: true, stageIndex, hiddenLaneIds, fullScreen: false }),
  stop: () => set({ active: false, hiddenLaneIds: [], fullScreen: false }),
  goTo: (stageIndex) => set({ stageIndex }),
  setHiddenLaneIds: (hiddenLaneIds) => set({ hiddenLaneIds }),
  setFullScreen: (fullScreen) => set({ fullScreen }),
}));
