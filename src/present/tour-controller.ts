/**
 * The presentation's state machine: which chapter is shown, paused or not, blanked or not, the
 * auto-advance clock and the unattended attract loop. Pure: time comes in as `now` (ms) with each
 * event, so it is tested without timers and the component only forwards keys and clock ticks.
 */

export interface TourTiming {
  /** Seconds each chapter stays on screen during auto-advance, by chapter index. */
  durations: readonly number[];
  /** Seconds without input after which the attract loop starts from chapter 1. */
  attractIdleSeconds: number;
}

export interface TourState {
  index: number;
  paused: boolean;
  blank: boolean;
  /** Unattended: nobody has touched the keys for a while; the tour loops from the last chapter to the first. */
  attract: boolean;
  /** Milliseconds of the current chapter already shown before `runningSince`. */
  elapsedMs: number;
  /** When the chapter clock last started (null while it stands: paused, blanked, or at the end). */
  runningSince: number | null;
  lastInputAt: number;
  /** A digit typed a moment ago, so "1" then "2" jumps to chapter 12. */
  pendingDigit: { digit: number; at: number } | null;
}

export type TourEvent =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number }
  | { type: 'digit'; digit: number }
  | { type: 'togglePause' }
  | { type: 'toggleBlank' }
  /** Pointer movement or any other sign of a person in front of the screen. */
  | { type: 'activity' }
  | { type: 'tick' };

/** Two digits typed within this many ms form one chapter number. */
export const DIGIT_WINDOW_MS = 1000;

export function initialTourState(now: number): TourState {
  return {
    index: 0,
    paused: false,
    blank: false,
    attract: false,
    elapsedMs: 0,
    runningSince: now,
    lastInputAt: now,
    pendingDigit: null,
  };
}

/** Milliseconds the current chapter has been shown (clock stopped while paused or blanked). */
export function chapterElapsed(state: TourState, now: number): number {
  return state.elapsedMs + (state.runningSince === null ? 0 : Math.max(0, now - state.runningSince));
}

/** 0–1: how far the auto-advance clock of the current chapter has run. */
export function chapterProgress(state: TourState, timing: TourTiming, now: number): number {
  const duration = (timing.durations[state.index] ?? 0) * 1000;
  return duration > 0 ? Math.min(1, chapterElapsed(state, now) / duration) : 0;
}

const chapterCount = (timing: TourTiming) => timing.durations.length;
const clockRuns = (s: Pick<TourState, 'paused' | 'blank'>) => !s.paused && !s.blank;

/** Shows chapter `index` with a fresh clock. */
function show(state: TourState, index: number, now: number): TourState {
  return { ...state, index, elapsedMs: 0, runningSince: clockRuns(state) ? now : null };
}

/** Stops or restarts the clock after pause/blank changed, keeping the time already shown. */
function reclock(before: TourState, after: TourState, now: number): TourState {
  const elapsedMs = chapterElapsed(before, now);
  return { ...after, elapsedMs, runningSince: clockRuns(after) ? now : null };
}

/**
 * The next state after `event` at time `now`. Every event but `tick` counts as a person present:
 * it ends the attract loop and restarts the idle clock.
 * @example reduceTour(initialTourState(0), { type: 'next' }, 10, timing).index // 1
 */
export function reduceTour(state: TourState, event: TourEvent, now: number, timing: TourTiming): TourState {
  const count = chapterCount(timing);
  const last = Math.max(0, count - 1);
  if (event.type === 'tick') return tick(state, now, timing);

  const present: TourState = {
    ...state,
    attract: false,
    lastInputAt: now,
    pendingDigit: event.type === 'digit' ? state.pendingDigit : null,
  };
  switch (event.type) {
    case 'activity':
      return present;
    case 'next':
      return present.index < last ? show(present, present.index + 1, now) : present;
    case 'previous':
      return present.index > 0 ? show(present, present.index - 1, now) : present;
    case 'first':
      return show(present, 0, now);
    case 'last':
      return show(present, last, now);
    case 'goto':
      return event.index >= 0 && event.index <= last ? show(present, event.index, now) : present;
    case 'digit': {
      const pending = present.pendingDigit;
      const combined = pending && now - pending.at <= DIGIT_WINDOW_MS ? pending.digit * 10 + event.digit : null;
      if (combined !== null && combined >= 1 && combined <= count)
        return { ...show(present, combined - 1, now), pendingDigit: null };
      const next = { ...present, pendingDigit: { digit: event.digit, at: now } };
      return event.digit >= 1 && event.digit <= count ? show(next, event.digit - 1, now) : next;
    }
    case 'togglePause':
      return reclock(present, { ...present, paused: !present.paused }, now);
    case 'toggleBlank':
      return reclock(present, { ...present, blank: !present.blank }, now);
  }
}

function tick(state: TourState, now: number, timing: TourTiming): TourState {
  const count = chapterCount(timing);
  // Nobody there for a while: start the unattended loop from the beginning, unpaused and visible.
  if (!state.attract && now - state.lastInputAt >= timing.attractIdleSeconds * 1000) {
    return {
      ...state,
      attract: true,
      paused: false,
      blank: false,
      index: 0,
      elapsedMs: 0,
      runningSince: now,
      pendingDigit: null,
    };
  }
  if (state.runningSince === null) return state;
  const duration = (timing.durations[state.index] ?? Number.POSITIVE_INFINITY) * 1000;
  if (chapterElapsed(state, now) < duration) return state;
  if (state.index < count - 1) return show(state, state.index + 1, now);
  // The end: the attract loop starts over; a presenter's tour stays on its last chapter.
  if (state.attract) return show(state, 0, now);
  return { ...state, elapsedMs: duration, runningSince: null };
}

/** What a key does in presentation mode (clickers send arrows, PageUp/PageDown, Space and B/“.”). */
export type KeyAction = TourEvent | { type: 'exit' } | { type: 'cycleLanguage' };

/**
 * Maps a `KeyboardEvent.key` to an action, or null for keys the tour leaves alone.
 * @example keyAction('PageDown', false) // { type: 'next' }
 */
export function keyAction(key: string, shift: boolean): KeyAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return { type: 'next' };
    case ' ':
      return shift ? { type: 'previous' } : { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Escape':
      return { type: 'exit' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'toggleBlank' };
    case 'p':
    case 'P':
      return { type: 'togglePause' };
    case 'l':
    case 'L':
      return { type: 'cycleLanguage' };
    default:
      return /^[0-9]$/.test(key) ? { type: 'digit', digit: Number(key) } : null;
  }
}
