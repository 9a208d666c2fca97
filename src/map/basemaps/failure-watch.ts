/**
 * Decides when an online basemap has failed, so the map falls back once instead of reporting every
 * tile. MapLibre raises one `error` event per failed tile (with the source id and, for HTTP errors,
 * the status); a tile that loads raises `sourcedata` with the tile. Rules:
 * - FAILED_TILES_IN_A_ROW tile errors with no tile loaded in between: a wrong or expired key (every
 *   tile 401/403), a server that is down, or the network gone mid-session. A few missing tiles at
 *   the edge of a service's coverage are interrupted by loaded tiles and do not count.
 * - no tile loaded within LOAD_TIMEOUT_MS of choosing the basemap: a host that does not answer.
 * - the browser reports it went offline.
 */
import type { Map, MapSourceDataEvent } from 'maplibre-gl';

/** One screen at the start view asks for about twelve tiles per source, so six failures is half a screen. */
export const FAILED_TILES_IN_A_ROW = 6;
export const LOAD_TIMEOUT_MS = 20_000;

export type FailureReason = 'denied' | 'unreachable' | 'timeout' | 'offline';

/** MapLibre's error event as raised for a tile: the source id and, for HTTP errors, the status. */
interface TileErrorEvent {
  sourceId?: unknown;
  error?: unknown;
}

/**
 * Calls `onFailure` at most once when the sources fail by the rules above; returns the stop function.
 * @example const stop = watchBasemapFailures(map, new Set(['basemap-tianditu-img']), (reason) => fallBack(reason));
 */
export function watchBasemapFailures(
  map: Pick<Map, 'on' | 'off'>,
  sourceIds: ReadonlySet<string>,
  onFailure: (reason: FailureReason) => void,
  {
    inARow = FAILED_TILES_IN_A_ROW,
    timeoutMs = LOAD_TIMEOUT_MS,
    target = globalThis as Pick<Window, 'addEventListener' | 'removeEventListener'>,
  } = {},
): () => void {
  let failuresInARow = 0;
  let denied = false;
  let loadedAny = false;
  let done = false;

  const fail = (reason: FailureReason) => {
    if (done) return;
    done = true;
    stop();
    onFailure(reason);
  };
  const onError = (event: TileErrorEvent) => {
    if (typeof event.sourceId !== 'string' || !sourceIds.has(event.sourceId)) return;
    const status = (event.error as { status?: unknown } | undefined)?.status;
    if (status === 401 || status === 403) denied = true;
    failuresInARow += 1;
    if (failuresInARow >= inARow) fail(denied ? 'denied' : 'unreachable');
  };
  const onData = (event: MapSourceDataEvent) => {
    if (!sourceIds.has(event.sourceId) || !event.tile) return;
    loadedAny = true;
    failuresInARow = 0;
    denied = false;
  };
  const onOffline = () => fail('offline');
  const timer = setTimeout(() => loadedAny || fail('timeout'), timeoutMs);

  map.on('error', onError as (event: object) => void);
  map.on('sourcedata', onData);
  target.addEventListener('offline', onOffline);
  function stop() {
    clearTimeout(timer);
    map.off('error', onError as (event: object) => void);
    map.off('sourcedata', onData);
    target.removeEventListener('offline', onOffline);
  }
  return () => {
    done = true;
    stop();
  };
}
