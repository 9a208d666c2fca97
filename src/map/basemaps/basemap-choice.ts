/**
 * The chosen basemap, as a tiny module of the first load: the URL, the switcher and the basemap
 * controller (loaded on demand) meet here. Everything that draws a basemap other than the built-in
 * one lives in the other files of this folder and is imported only once such a basemap is chosen.
 */
import { signal } from '@preact/signals';

/** The built-in offline basemap: county outline and neighbours from the app's own files. */
export const BUILTIN_BASEMAP = 'builtin';

/**
 * The basemap the user (or the URL, the embed host, the presentation) chose. Its value is an id from
 * the deployment's basemaps.json or `pmtiles` for a file the planner loaded; keys never appear here.
 */
export const basemapChoice = signal<string>(BUILTIN_BASEMAP);

/**
 * Syntax of a basemap id: what the URL parameter may carry. Whether the id exists is decided later,
 * against the deployment file, so an unknown id falls back to the built-in basemap with a notice.
 * @example isBasemapId('tianditu-img') // true; isBasemapId('https://x') // false
 */
export function isBasemapId(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z][a-z0-9-]{0,39}$/.test(value);
}

/** Sources of non-built-in basemaps have this prefix, so their errors are told apart from the app's. */
export const BASEMAP_SOURCE_PREFIX = 'basemap-';

/** True for a MapLibre error event raised by a basemap source: the basemap controller handles those. */
export function isBasemapSourceError(event: object): boolean {
  const sourceId = (event as { sourceId?: unknown }).sourceId;
  return typeof sourceId === 'string' && sourceId.startsWith(BASEMAP_SOURCE_PREFIX);
}

/** localStorage flag: a PMTiles file is kept in IndexedDB (a synchronous hint, so the start stays light). */
const STORED_FILE_FLAG = 'tonghua-parks.basemap-file.v1';

function readStoredFlag(): boolean {
  try {
    return localStorage.getItem(STORED_FILE_FLAG) === '1';
  } catch {
    return false;
  }
}

/** True while the planner has a PMTiles file kept in this browser. */
export const pmtilesStored = signal<boolean>(readStoredFlag());

export function setPmtilesStored(stored: boolean): void {
  pmtilesStored.value = stored;
  try {
    if (stored) localStorage.setItem(STORED_FILE_FLAG, '1');
    else localStorage.removeItem(STORED_FILE_FLAG);
  } catch {
    // Storage denied: the flag only saves a look-up at the next start.
  }
}

interface MapLike {
  getContainer(): HTMLElement;
}
const started = new WeakSet<object>();

/**
 * Starts the basemap controller (the switcher and any non-built-in basemap) for `map`, loading its
 * code only when there is something to show: a basemap other than the built-in one was chosen, a
 * file is kept, or the deployment file offers more. Otherwise, after the map has settled, the only
 * request is basemaps.json from the app's own origin.
 */
export function startBasemaps(map: MapLike, whenSettled: () => Promise<void>): void {
  if (started.has(map)) return;
  const go = () => {
    if (started.has(map)) return;
    started.add(map);
    void import('./basemap-controller').then((m) => m.startBasemapController(map as never));
  };
  if (basemapChoice.peek() !== BUILTIN_BASEMAP || pmtilesStored.peek()) return go();
  void whenSettled()
    .then(() => fetch(new URL('basemaps.json', document.baseURI), { cache: 'no-cache', credentials: 'same-origin' }))
    .then((response) => (response.ok ? (response.json() as Promise<unknown>) : null))
    .then((json) => {
      const config = json as { tianditu?: unknown; pmtilesUrl?: unknown; services?: unknown[] } | null;
      if (config && (config.tianditu || config.pmtilesUrl || (Array.isArray(config.services) && config.services.length > 0)))
        go();
    })
    .catch(() => undefined);
}
