/**
 * Keeps the map's basemap in step with the choice (and the UI language, for annotation and labels),
 * adds the switcher to the map, and falls back to the built-in basemap — once, with a notice — when
 * an online basemap fails. Loaded on demand by `startBasemaps` (basemap-choice.ts).
 */
import { computed, effect, signal } from '@preact/signals';
import type { Map } from 'maplibre-gl';
import { lang, type Lang } from '../../i18n/i18n';
import { appMode } from '../../state/app-state';
import { applyBasemap } from './apply-basemap';
import { BASEMAP_SOURCE_PREFIX, basemapChoice, BUILTIN_BASEMAP, pmtilesStored } from './basemap-choice';
import { loadBasemapConfig, type BasemapConfig } from './basemap-config';
import { BasemapControl, type BasemapNotice, type BasemapOption } from './basemap-switcher';
import type { BasemapLayers } from './basemap-spec';
import { watchBasemapFailures, type FailureReason } from './failure-watch';
import { tiandituBasemap } from './tianditu';
import { rasterServiceBasemap, styleServiceBasemap, TileServiceError } from './tile-service';

/**
 * The basemaps this deployment offers, in the switcher's order.
 * @example basemapOptions({ tianditu: { key, reviewNumber } }, false).map((o) => o.id) // ['builtin', 'tianditu-vec', 'tianditu-img']
 */
export function basemapOptions(config: BasemapConfig, fileStored: boolean): BasemapOption[] {
  const options: BasemapOption[] = [{ id: BUILTIN_BASEMAP, kind: 'builtin' }];
  if (config.tianditu) options.push({ id: 'tianditu-vec', kind: 'tianditu' }, { id: 'tianditu-img', kind: 'tianditu' });
  if (fileStored || config.pmtilesUrl) options.push({ id: 'pmtiles', kind: 'pmtiles' });
  for (const service of config.services ?? []) options.push({ id: service.id, kind: 'service', name: service.name });
  return options;
}

async function buildBasemap(id: string, config: BasemapConfig, language: Lang): Promise<BasemapLayers> {
  if ((id === 'tianditu-vec' || id === 'tianditu-img') && config.tianditu)
    return tiandituBasemap(id === 'tianditu-vec' ? 'vec' : 'img', language, config.tianditu);
  if (id === 'pmtiles') return (await import('./pmtiles-source')).currentPmtilesBasemap(config, language);
  const service = config.services?.find((s) => s.id === id);
  if (!service) throw new Error('unknown basemap');
  const allowed = config.allowedOrigins ?? [];
  if (service.type === 'style') return styleServiceBasemap(service, document.baseURI, allowed);
  return rasterServiceBasemap(service, document.baseURI, allowed);
}

type NoticeReason = BasemapNotice['reason'];

function reasonOf(error: unknown): NoticeReason {
  if (error instanceof TileServiceError) return error.reason === 'not-allowed' ? 'notAllowed' : 'badStyle';
  if (error instanceof Error && error.message === 'unknown basemap') return 'unknown';
  if (error instanceof Error && error.name === 'PmtilesRejected') return 'file';
  return 'unreachable';
}

/**
 * Starts the controller for a map whose style has loaded.
 * @example startBasemapController(map)
 */
export async function startBasemapController(map: Map): Promise<void> {
  const config = await loadBasemapConfig();
  const container = map.getContainer();
  const options = computed(() => basemapOptions(config, pmtilesStored.value));
  const notice = signal<BasemapNotice | null>(null);
  // An embed tile's host chooses the basemap with the URL; the tile keeps its small map free of a select.
  map.addControl(new BasemapControl(options, notice, appMode.peek() !== 'embed'), 'top-right');

  let generation = 0;
  let stopWatching = () => {};

  const fallBack = (reason: NoticeReason, id: string) => {
    notice.value = { reason, id };
    container.dataset['basemapFallback'] = reason;
    basemapChoice.value = BUILTIN_BASEMAP;
  };

  const show = async (id: string, language: Lang) => {
    const current = ++generation;
    stopWatching();
    stopWatching = () => {};
    if (id === BUILTIN_BASEMAP) {
      applyBasemap(map, null);
      container.dataset['basemap'] = BUILTIN_BASEMAP;
      container.dataset['basemapState'] = 'ready';
      return;
    }
    container.dataset['basemapState'] = 'loading';
    if (!options.peek().some((o) => o.id === id)) return fallBack('unknown', id);
    let basemap: BasemapLayers;
    try {
      basemap = await buildBasemap(id, config, language);
    } catch (error) {
      if (current === generation) fallBack(reasonOf(error), id);
      return;
    }
    if (current !== generation) return;
    applyBasemap(map, basemap);
    container.dataset['basemap'] = id;
    notice.value = null;
    if (basemap.online)
      stopWatching = watchBasemapFailures(map, new Set(Object.keys(basemap.sources)), (reason: FailureReason) => {
        if (current === generation) fallBack(reason, id);
      });
    map.once('idle', () => {
      if (current === generation) container.dataset['basemapState'] = 'ready';
    });
  };

  // Diagnostics (used by the browser tests): which basemap layers have features drawn right now.
  Object.assign(container, {
    basemapRenderedLayers: () => {
      const ids = map
        .getStyle()
        .layers.map((l) => l.id)
        .filter((id) => id.startsWith(BASEMAP_SOURCE_PREFIX));
      return [...new Set(map.queryRenderedFeatures({ layers: ids }).map((f) => f.layer.id))].sort();
    },
  });

  const dispose = effect(() => {
    void show(basemapChoice.value, lang.value);
  });
  map.once('remove', () => {
    generation += 1;
    stopWatching();
    dispose();
  });
}
