import { describe, expect, it } from 'vitest';
import {
  addMinute,
  createTimer,
  formatClock,
  isFinished,
  MAX_TIMER_MS,
  pauseTimer,
  remainingMs,
  resetTimer,
  resumeTimer,
  startTimer,
  timerPhase,
} from '../../../src/workshop/timer';

const T0 = 1_000_000;

describe('workshop timer', () => {
  it('counts down from the start time and stops at zero', () => {
    const t = startTimer(5, T0);
    expect(remainingMs(t, T0)).toBe(300_000);
    expect(remainingMs(t, T0 + 61_500)).toBe(238_500);
    expect(remainingMs(t, T0 + 400_000)).toBe(0);
    expect(isFinished(t, T0 + 299_999)).toBe(false);
    expect(isFinished(t, T0 + 300_000)).toBe(true);
  });

  it('pauses keeping the time left, and resumes from there', () => {
    const paused = pauseTimer(startTimer(3, T0), T0 + 30_000);
    expect(paused.status).toBe('paused');
    expect(remainingMs(paused, T0 + 999_999)).toBe(150_000);
    const resumed = resumeTimer(paused, T0 + 100_000);
    expect(remainingMs(resumed, T0 + 110_000)).toBe(140_000);
    expect(pauseTimer(paused, T0)).toBe(paused);
  });

  it('resets to the full duration, stopped', () => {
    const reset = resetTimer(pauseTimer(startTimer(1, T0), T0 + 10_000));
    expect(reset).toEqual(createTimer(1));
    expect(reset.status).toBe('stopped');
    expect(remainingMs(reset, T0 + 50_000)).toBe(60_000);
  });

  it('adds a minute while running, paused and after reaching zero', () => {
    const running = addMinute(startTimer(1, T0), T0 + 20_000);
    expect(remainingMs(running, T0 + 20_000)).toBe(100_000);
    const paused = addMinute(pauseTimer(startTimer(1, T0), T0 + 20_000), T0 + 50_000);
    expect(remainingMs(paused, T0 + 50_000)).toBe(100_000);
    const finished = addMinute(startTimer(1, T0), T0 + 90_000);
    expect(remainingMs(finished, T0 + 90_000)).toBe(60_000);
    expect(isFinished(finished, T0 + 90_000)).toBe(false);
  });

  it('never goes past 99:59', () => {
    expect(createTimer(500).durationMs).toBe(MAX_TIMER_MS);
    expect(remainingMs(addMinute(createTimer(99.5), T0), T0)).toBe(MAX_TIMER_MS);
    expect(createTimer(-3).durationMs).toBe(0);
  });

  it('does not start a timer already at zero', () => {
    const zero = createTimer(0);
    expect(resumeTimer(zero, T0)).toBe(zero);
  });

  it('turns to warning in the last minute and done at zero', () => {
    const t = startTimer(2, T0);
    expect(timerPhase(t, T0 + 59_999)).toBe('normal');
    expect(timerPhase(t, T0 + 60_000)).toBe('warning');
    expect(timerPhase(t, T0 + 119_999)).toBe('warning');
    expect(timerPhase(t, T0 + 120_000)).toBe('done');
  });

  it('formats mm:ss, rounding up to the next second', () => {
    expect(formatClock(300_000)).toBe('05:00');
    expect(formatClock(59_001)).toBe('01:00');
    expect(formatClock(59_000)).toBe('00:59');
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(-5)).toBe('00:00');
    expect(formatClock(MAX_TIMER_MS)).toBe('99:59');
  });
});
