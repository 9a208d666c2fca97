import { effect } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BuiltinData } from '../data/builtin-data';
import { lang, t } from '../i18n/i18n';
import { mapInstance, mapSettled, whenMapSettled } from '../state/app-state';
import { isBasemapSourceError, startBasemaps } from '../map/basemaps/basemap-choice';
import { bindSiteInteraction } from '../map/site-interaction';
import { bindDataset } from '../map/dataset-sync';
import { bindTimeView } from '../map/time-view';
import { supportsWebGL } from '../map/webgl-support';

interface Props {
  data: BuiltinData;
}

/**
 * Hosts the MapLibre map. It mounts the map once, binds it to the shared state, and removes it on
 * unmount. MapLibre is loaded with the map, so a browser without WebGL never downloads it.
 */
export function MapView({ data }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [webgl] = useState(() => supportsWebGL());
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!webgl || !element) return;
    let disposed = false;
    let cleanup = () => {};
    void import('../map/create-map').then(({ createMap }) => {
      if (disposed) return;
      element.dataset['mapState'] = 'loading';
      const map = createMap({
        container: element,
        clusters: data.clusters,
        sites: data.sites,
        places: data.places,
        projects: data.projects,
        lang: lang.peek(),
        attribution: [t('map.attribution.basemap'), t('map.attribution.sites')],
      });
      map.on('idle', () => {
        element.dataset['mapState'] = 'idle';
        // What the canvas shows, west,south,east,north (the map's projection of its corners): lets a
        // browser test check that a place is in view without reading pixels.
        element.dataset['viewBounds'] = map
          .getBounds()
          .toArray()
          .flat()
          .map((v) => v.toFixed(5))
          .join(',');
        // A user-timing mark, so load measurements (and their tests) can see when the map settled.
        if (!mapSettled.peek()) performance.mark('map-idle');
        mapSettled.value = true;
      });
      map.on('error', (event) => {
        // A failing online basemap is the basemap controller's to report, once, not per tile.
        if (isBasemapSourceError(event)) return;
        mapSettled.value = true;
        setError(event.error?.message ?? String(event.error));
      });
      let unbind = () => {};
      let disposeLang = () => {};
      map.once('load', () => {
        mapInstance.value = map;
        const unbindSites = bindSiteInteraction(map, data.sites);
        const unbindTime = bindTimeView(map);
        const unbindData = bindDataset(map, data);
        startBasemaps(map, whenMapSettled);
        unbind = () => {
          unbindSites();
          unbindTime();
          unbindData();
        };
        // Labels follow the language through the style's global state: no source or layer reload.
        disposeLang = effect(() => {
          map.setGlobalStateProperty('lang', lang.value);
          map.getCanvas().setAttribute('aria-label', t('map.label'));
        });
      });
      cleanup = () => {
        mapInstance.value = null;
        disposeLang();
        unbind();
        map.remove();
      };
    });
    return () => {
      disposed = true;
      cleanup();
    };
    // Created once per mount: later datasets reach the map through bindDataset, not a new map.
  }, [webgl]);

  if (!webgl) {
    return (
      <div class="map map--unavailable" role="alert">
        <h2>{t('map.noWebgl.title')}</h2>
        <p>{t('map.noWebgl.body')}</p>
      </div>
    );
  }
  return (
    <div class="map-wrap">
      <div ref={container} class="map" role="region" aria-label={t('map.label')} data-testid="map" />
      {error !== null && (
        <p class="map-error" role="alert">
          {t('map.error', { message: error })}
        </p>
      )}
    </div>
  );
}
