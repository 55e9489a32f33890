import { create } from 'zustand';
import { addMinute, pauseTimer, resetTimer, resumeTimer, startTimer, type TimerState } from '../../../src/workshop/timer';

/** The room's timer; only in memory (not saved in the project). null: no timer shown. */
export interface WorkshopTimerStore {
  timer: TimerState | null;
  start(minutes: number): void;
  pause(): void;
  resume(): void;
  reset(): void;
  addMinute(): void;
  dismiss(): void;
}

export const useTimerStore = create<WorkshopTimerStore>()((set, get) => {
  const update = (next: (timer: TimerState, now: number) => TimerState) => {
    const { timer } = get();
    if (timer) set({ timer: next(timer, Date.now()) });
  };
  return {
    timer: null,
    start: (minutes) => set({ timer: startTimer(minutes, Date.now()) }),
    pause: () => update(pauseTimer),
    resume: () => update(resumeTimer),
    reset: () => update(resetTimer),
    addMinute: () => update(addMinute),
    dismiss: () => set({ timer: null }),
  };
});
