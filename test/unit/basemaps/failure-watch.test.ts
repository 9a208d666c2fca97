import { describe, expect, it, vi } from 'vitest';
import { watchBasemapFailures, type FailureReason } from '../../../src/map/basemaps/failure-watch';

type Listener = (event: unknown) => void;

function fakeMap() {
  const listeners = new Map<string, Set<Listener>>();
  return {
    on: (type: string, fn: Listener) => listeners.set(type, (listeners.get(type) ?? new Set()).add(fn)),
    off: (type: string, fn: Listener) => listeners.get(type)?.delete(fn),
    fire: (type: string, event: unknown) => listeners.get(type)?.forEach((fn) => fn(event)),
  };
}

const target = () => {
  const listeners = new Set<() => void>();
  return {
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
    goOffline: () => listeners.forEach((fn) => fn()),
  };
};

function setup() {
  const map = fakeMap();
  const window = target();
  const failures: FailureReason[] = [];
  const stop = watchBasemapFailures(map as never, new Set(['basemap-a']), (r) => failures.push(r), {
    inARow: 6,
    timeoutMs: 1000,
    target: window as never,
  });
  const tileError = (status?: number, sourceId = 'basemap-a') => map.fire('error', { sourceId, error: { status, message: 'x' } });
  const tileLoaded = () => map.fire('sourcedata', { sourceId: 'basemap-a', tile: {} });
  return { map, window, failures, stop, tileError, tileLoaded };
}

describe('watchBasemapFailures', () => {
  it('reports a denied key once after six tile errors in a row, not per tile', () => {
    const { failures, tileError } = setup();
    for (let i = 0; i < 5; i++) tileError(403);
    expect(failures).toEqual([]);
    for (let i = 0; i < 20; i++) tileError(403);
    expect(failures).toEqual(['denied']);
  });

  it('forgives a few missing tiles between loaded ones, and ignores other sources', () => {
    const { failures, tileError, tileLoaded } = setup();
    for (let round = 0; round < 10; round++) {
      for (let i = 0; i < 5; i++) tileError(404);
      tileLoaded();
    }
    for (let i = 0; i < 10; i++) tileError(500, 'sites');
    expect(failures).toEqual([]);
  });

  it('reports an unreachable server, a time-out with no tile, and going offline', () => {
    vi.useFakeTimers();
    try {
      const a = setup();
      for (let i = 0; i < 6; i++) a.tileError(undefined);
      expect(a.failures).toEqual(['unreachable']);

      const b = setup();
      vi.advanceTimersByTime(1000);
      expect(b.failures).toEqual(['timeout']);

      const c = setup();
      c.tileLoaded();
      vi.advanceTimersByTime(1000);
      c.window.goOffline();
      expect(c.failures).toEqual(['offline']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops listening when stopped', () => {
    const { failures, tileError, stop } = setup();
    stop();
    for (let i = 0; i < 10; i++) tileError(403);
    expect(failures).toEqual([]);
  });
});
