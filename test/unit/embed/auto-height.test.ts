import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startAutoHeight } from '../../../src/embed/auto-height';

/** ResizeObserver stand-in: the test calls `fire()` where the browser would observe a change. */
let fire = () => {};
beforeEach(() => {
  globalThis.ResizeObserver = class {
    constructor(callback: () => void) {
      fire = callback;
    }
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
afterEach(() => {
  delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
});

function fakeRoot(height: number, width = 640) {
  return { scrollHeight: height, scrollWidth: width } as HTMLElement;
}

describe('auto height', () => {
  it('reports the size as resize, Datawrapper and (with childId) Pym.js messages', () => {
    const posted: unknown[] = [];
    const auto = startAutoHeight({ post: (m) => posted.push(m), root: fakeRoot(480), pymChildId: 'parks' });
    auto.report();
    expect(posted).toEqual([
      { source: 'tonghua-parks', version: 1, type: 'resize', payload: { height: 480, width: 640 } },
      { 'datawrapper-height': { 'tonghua-parks': 480 } },
      'pymxPYMxparksxPYMxheightxPYMx480',
    ]);
  });

  it('reports only when the size changed', () => {
    const posted: unknown[] = [];
    const root = fakeRoot(300) as { scrollHeight: number; scrollWidth: number };
    startAutoHeight({ post: (m) => posted.push(m), root: root as HTMLElement }).report();
    fire();
    expect(posted).toHaveLength(2);
    root.scrollHeight = 360;
    fire();
    expect(posted).toHaveLength(4);
  });

  it('answers iframe-resizer’s init with its frame id, then reports in its format', () => {
    const posted: unknown[] = [];
    const root = fakeRoot(300) as { scrollHeight: number; scrollWidth: number };
    const auto = startAutoHeight({ post: (m) => posted.push(m), root: root as HTMLElement });
    expect(auto.handleParentMessage('[iFrameSizer]iFrameResizer0:8:false:true:32:true:true:null:bodyOffset')).toBe(true);
    expect(posted).toEqual(['[iFrameSizer]iFrameResizer0:300:640:init']);
    root.scrollHeight = 420;
    fire();
    expect(posted.at(-1)).toBe('[iFrameSizer]iFrameResizer0:420:640:autoResize');
    expect(auto.handleParentMessage('[iFrameSizer]<script>:1')).toBe(false);
    expect(auto.handleParentMessage({ type: 'getState' })).toBe(false);
  });
});
