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
