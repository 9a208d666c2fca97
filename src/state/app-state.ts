import { signal } from '@preact/signals';
import type { Map } from 'maplibre-gl';
import type { AppMode } from './url-state';

/**
 * Shared UI state. Panels and the map read and write these signals; they never call each other.
 * The language lives in `i18n/i18n.ts`.
 */
export const selectedSiteId = signal<string | null>(null);
export const hoveredSiteId = signal<string | null>(null);

/** explore (planners), present (events, full screen tour) or embed (iframe in a dashboard). */
export const appMode = signal<AppMode>('explore');

/**
 * The MapLibre map once it exists (null before, or without WebGL). Modules that need the camera or
 * a snapshot (presentation, PNG export, embed) read it here instead of reaching into the map view.
 */
export const mapInstance = signal<Map | null>(null);

/** True once the map has drawn its first complete frame (MapLibre `idle`), or has failed to. */
export const mapSettled = signal(false);

/**
 * Resolves when the map has settled, or after `fallbackMs` (no WebGL, a slow machine): work that is
 * not needed for the first view of the map, such as the chart library, waits for it.
 * @example whenMapSettled().then(() => import('./heavy'))
 */
export function whenMapSettled(fallbackMs = 4000): Promise<void> {
  if (mapSettled.peek()) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(finish, fallbackMs);
    const stop = mapSettled.subscribe((settled) => settled && finish());
    function finish() {
      clearTimeout(timer);
      queueMicrotask(() => stop());
      resolve();
    }
  });
}
