import { describe, expect, it } from 'vitest';
import {
  chapterProgress,
  initialTourState,
  keyAction,
  reduceTour,
  type TourEvent,
  type TourState,
  type TourTiming,
} from '../../../src/present/tour-controller';

/** Four chapters of 10, 20, 10 and 30 s; attract loop after 60 s without input. */
const TIMING: TourTiming = { durations: [10, 20, 10, 30], attractIdleSeconds: 60 };

/** Applies events at the given times (ms) from a fresh tour started at 0. */
function run(...steps: [number, TourEvent][]): TourState {
  return steps.reduce((state, [at, event]) => reduceTour(state, event, at, TIMING), initialTourState(0));
}

describe('navigation', () => {
  it('next and previous move one chapter and stop at the ends', () => {
    expect(run([1, { type: 'next' }]).index).toBe(1);
    expect(run([1, { type: 'previous' }]).index).toBe(0);
    expect(run([1, { type: 'last' }], [2, { type: 'next' }]).index).toBe(3);
    expect(run([1, { type: 'last' }], [2, { type: 'first' }]).index).toBe(0);
  });

  it('a digit jumps to that chapter; a second digit soon after makes a two-digit number', () => {
    const twelve: TourTiming = { durations: Array.from({ length: 12 }, () => 10), attractIdleSeconds: 60 };
    const at = (steps: [number, number][]) =>
      steps.reduce((s, [time, digit]) => reduceTour(s, { type: 'digit', digit }, time, twelve), initialTourState(0)).index;
    expect(at([[100, 3]])).toBe(2);
    expect(
      at([
        [100, 1],
        [500, 2],
      ]),
    ).toBe(11);
    expect(
      at([
        [100, 1],
        [3000, 2],
      ]),
    ).toBe(1);
    // 23 does not exist: the second digit counts alone.
    expect(
      at([
        [100, 2],
        [300, 3],
      ]),
    ).toBe(2);
    expect(at([[100, 0]])).toBe(0);
  });

  it('goto ignores chapters that do not exist', () => {
    expect(run([1, { type: 'goto', index: 2 }]).index).toBe(2);
    expect(run([1, { type: 'goto', index: 9 }]).index).toBe(0);
  });
});

describe('auto-advance', () => {
  it('moves on when the chapter’s duration has passed, not before', () => {
    expect(run([9_999, { type: 'tick' }]).index).toBe(0);
    expect(run([10_000, { type: 'tick' }]).index).toBe(1);
    // Chapter 2 lasts 20 s from when it started.
    expect(run([10_000, { type: 'tick' }], [29_999, { type: 'tick' }]).index).toBe(1);
    expect(run([10_000, { type: 'tick' }], [30_000, { type: 'tick' }]).index).toBe(2);
  });

  it('a pause stops the clock and keeps the time already shown', () => {
    const paused = run([4_000, { type: 'togglePause' }], [50_000, { type: 'tick' }]);
    expect(paused.index).toBe(0);
    expect(paused.paused).toBe(true);
    expect(chapterProgress(paused, TIMING, 50_000)).toBeCloseTo(0.4);
    const resumed = run([4_000, { type: 'togglePause' }], [50_000, { type: 'togglePause' }], [55_999, { type: 'tick' }]);
    expect(resumed.index).toBe(0);
    expect(run([4_000, { type: 'togglePause' }], [50_000, { type: 'togglePause' }], [56_000, { type: 'tick' }]).index).toBe(1);
  });

  it('blanking the screen stops the clock too', () => {
    const blank = run([1_000, { type: 'toggleBlank' }], [30_000, { type: 'tick' }]);
    expect(blank.blank).toBe(true);
    expect(blank.index).toBe(0);
    expect(run([1_000, { type: 'toggleBlank' }], [2_000, { type: 'toggleBlank' }]).blank).toBe(false);
  });

  it('a presenter’s tour stays on the last chapter', () => {
    const end = run([1, { type: 'last' }], [40_000, { type: 'tick' }], [50_000, { type: 'tick' }]);
    expect(end.index).toBe(3);
    expect(chapterProgress(end, TIMING, 50_000)).toBe(1);
  });
});

describe('attract loop', () => {
  it('starts from the first chapter after the idle time, unpaused and visible', () => {
    const idle = run(
      [1, { type: 'goto', index: 2 }],
      [2, { type: 'togglePause' }],
      [3, { type: 'toggleBlank' }],
      [60_003, { type: 'tick' }],
    );
    expect(idle).toMatchObject({ attract: true, index: 0, paused: false, blank: false });
  });

  it('loops from the last chapter to the first', () => {
    let state = run([60_000, { type: 'tick' }]);
    let now = 60_000;
    const seen: number[] = [state.index];
    for (let i = 0; i < 5; i++) {
      now += (TIMING.durations[state.index] ?? 0) * 1000;
      state = reduceTour(state, { type: 'tick' }, now, TIMING);
      seen.push(state.index);
    }
    expect(seen).toEqual([0, 1, 2, 3, 0, 1]);
  });

  it('ends at the first key press or pointer movement', () => {
    const attract = run([60_000, { type: 'tick' }]);
    expect(reduceTour(attract, { type: 'next' }, 61_000, TIMING)).toMatchObject({ attract: false, index: 1 });
    expect(reduceTour(attract, { type: 'activity' }, 61_000, TIMING)).toMatchObject({ attract: false, index: 0 });
  });

  it('input keeps it from starting', () => {
    expect(run([50_000, { type: 'activity' }], [100_000, { type: 'tick' }]).attract).toBe(false);
  });
});

describe('keys', () => {
  it('maps what presentation clickers send', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((k) => keyAction(k, false))).toEqual(Array(3).fill({ type: 'next' }));
    expect(['ArrowLeft', 'PageUp'].map((k) => keyAction(k, false))).toEqual(Array(2).fill({ type: 'previous' }));
    expect(keyAction(' ', true)).toEqual({ type: 'previous' });
    expect(keyAction('Home', false)).toEqual({ type: 'first' });
    expect(keyAction('End', false)).toEqual({ type: 'last' });
    expect(keyAction('Escape', false)).toEqual({ type: 'exit' });
    expect(keyAction('b', false)).toEqual({ type: 'toggleBlank' });
    expect(keyAction('.', false)).toEqual({ type: 'toggleBlank' });
    expect(keyAction('P', true)).toEqual({ type: 'togglePause' });
    expect(keyAction('7', false)).toEqual({ type: 'digit', digit: 7 });
    expect(keyAction('Tab', false)).toBeNull();
    expect(keyAction('Enter', false)).toBeNull();
  });
});
