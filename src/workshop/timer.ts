/**
 * The workshop timer as plain data: no intervals, no clock of its own. Every
 * function takes the current time (ms since the epoch) so the UI can tick it
 * with any clock and tests can drive it exactly.
 */

export type TimerStatus = 'running' | 'paused' | 'stopped';

export interface TimerState {
  /** The length the timer was set to, in ms (reset returns to it). */
  durationMs: number;
  status: TimerStatus;
  /** When a running timer reaches zero (ms since the epoch); null unless running. */
  endsAt: number | null;
  /** Time left while paused or stopped, in ms. */
  remainingMs: number;
}

export const MINUTE_MS = 60_000;
/** Longest timer: 99:59 still fits the mm:ss display. */
export const MAX_TIMER_MS = 99 * MINUTE_MS + 59_000;
/** Minutes offered as presets. */
export const TIMER_PRESETS = [1, 3, 5, 10, 15] as const;

const clamp = (ms: number): number => Math.min(MAX_TIMER_MS, Math.max(0, Math.round(ms)));

/** A stopped timer set to `minutes` (fractions allowed, clamped to 0..99:59). */
export function createTimer(minutes: number): TimerState {
  const durationMs = clamp(minutes * MINUTE_MS);
  return { durationMs, status: 'stopped', endsAt: null, remainingMs: durationMs };
}

/** Time left at `now`, in ms (never negative). */
export function remainingMs(state: TimerState, now: number): number {
  return state.status === 'running' && state.endsAt !== null ? Math.max(0, state.endsAt - now) : state.remainingMs;
}

/** Starts a timer set to `minutes` at once. */
export const startTimer = (minutes: number, now: number): TimerState => resumeTimer(createTimer(minutes), now);

/** Stops the countdown, keeping the time left. */
export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.status !== 'running') return state;
  return { ...state, status: 'paused', endsAt: null, remainingMs: remainingMs(state, now) };
}

/** Continues a paused timer; a timer at zero stays at zero. */
export function resumeTimer(state: TimerState, now: number): TimerState {
  if (state.status === 'running' || state.remainingMs <= 0) return state;
  return { ...state, status: 'running', endsAt: now + state.remainingMs };
}

/** Back to the full duration, stopped. */
export const resetTimer = (state: TimerState): TimerState => ({ ...state, status: 'stopped', endsAt: null, remainingMs: state.durationMs });

/** One more minute (also after reaching zero; a finished running timer runs again). */
export function addMinute(state: TimerState, now: number): TimerState {
  const left = remainingMs(state, now);
  const extra = Math.min(MINUTE_MS, MAX_TIMER_MS - left);
  if (state.status === 'running') return { ...state, endsAt: now + left + extra };
  return { ...state, remainingMs: left + extra };
}

/** True once a started timer has reached zero. */
export const isFinished = (state: TimerState, now: number): boolean => state.status === 'running' && remainingMs(state, now) === 0;

/** How urgent the timer looks: 'normal', 'warning' in the last minute, 'done' at zero. */
export function timerPhase(state: TimerState, now: number): 'normal' | 'warning' | 'done' {
  const left = remainingMs(state, now);
  if (left <= 0) return 'done';
  return left <= MINUTE_MS ? 'warning' : 'normal';
}

/** "mm:ss", rounding up so the display shows 00:00 only when the time is really over. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}
