import { signal } from '@preact/signals';

/**
 * Shared UI state. Panels and the map read and write these signals; they never call each other.
 * The language lives in `i18n/i18n.ts`.
 */
export const selectedSiteId = signal<string | null>(null);
export const hoveredSiteId = signal<string | null>(null);
