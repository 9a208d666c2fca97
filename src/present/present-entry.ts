/**
 * Entering and leaving presentation mode. Small on purpose: the explore header imports it for its
 * "presentation" button, while everything else of the presentation loads only when it starts.
 */
import { signal } from '@preact/signals';
import { appMode, selectedSiteId } from '../state/app-state';

/**
 * 'full' when the document is full screen; 'refused' when the browser or the host page (an iframe
 * without allow="fullscreen") said no, or has no Fullscreen API; 'window' before anything was asked
 * (e.g. opened with ?mode=present, where no click has happened yet to ask with).
 */
export type FullscreenState = 'full' | 'refused' | 'window';
export const fullscreenState = signal<FullscreenState>('window');

/** The URL with `mode` set, or removed for the explore mode (the default). */
function urlWithMode(mode: 'present' | null): string {
  const url = new URL(location.href);
  if (mode === null) url.searchParams.delete('mode');
  else url.searchParams.set('mode', mode);
  return url.toString();
}

/**
 * Asks for full screen. Browsers only allow it inside a user gesture, so call it from a click or key
 * handler, before any `await`. Resolves with the outcome, which is also stored in `fullscreenState`.
 */
export function requestFullscreen(element: HTMLElement = document.documentElement): Promise<FullscreenState> {
  if (document.fullscreenElement) return Promise.resolve((fullscreenState.value = 'full'));
  if (!document.fullscreenEnabled || typeof element.requestFullscreen !== 'function')
    return Promise.resolve((fullscreenState.value = 'refused'));
  let request: Promise<void>;
  try {
    request = element.requestFullscreen({ navigationUI: 'hide' });
  } catch {
    return Promise.resolve((fullscreenState.value = 'refused'));
  }
  return request.then(
    () => (fullscreenState.value = 'full'),
    () => (fullscreenState.value = 'refused'),
  );
}

/** Starts the presentation: mode, URL and (from a click) full screen. */
export function enterPresentation(): void {
  void requestFullscreen();
  appMode.value = 'present';
  history.replaceState(history.state, '', urlWithMode('present'));
}

/** Back to the explorer: leaves full screen and drops the tour's highlight and URL parameter. */
export function leavePresentation(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  fullscreenState.value = 'window';
  selectedSiteId.value = null;
  appMode.value = 'explore';
  history.replaceState(history.state, '', urlWithMode(null));
}
