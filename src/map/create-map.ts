import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { trustedMapLibreWorkerUrl } from '../security/trusted-script-url';
import 'maplibre-gl/dist/maplibre-gl.css';
import countyUrl from '../../data/basemap/county.geojson?url';
import neighbourLabelsUrl from '../../data/basemap/neighbour-labels.geojson?url';
import neighboursUrl from '../../data/basemap/neighbours.geojson?url';
import type { Lang } from '../i18n/i18n';
import { COUNTY_BOUNDS, fitCounty, keepCountyFramed } from './county-view';
import { bindMapChrome, mapLocale } from './map-chrome';
import { bindLegendSync } from './legend-sync';
import { bindSiteCallouts } from './site-callouts';
import { buildStyle, type StyleInput } from './map-style';

setWorkerUrl(trustedMapLibreWorkerUrl(workerUrl));

// For basemap code loaded on demand: importing them from here keeps MapLibre and the fonts in this
// chunk instead of splitting them into extra chunks of the first load.
export { addProtocol } from 'maplibre-gl';
export { LABEL_FONTS } from './fonts';

/** MapLibre's worker fetches the GeoJSON, so relative asset URLs are made absolute against the page. */
const absolute = (url: string) => new URL(url, document.baseURI).href;

export interface CreateMapOptions extends Omit<StyleInput, 'basemap'> {
  container: HTMLElement;
  /** Credits in a language, for the attribution control (rebuilt on a language switch). */
  attribution: (language: Lang) => string[];
}

/**
 * Creates the map with the offline style, framed on the county (src/map/county-view.ts frames it
 * again once the controls are in place). Controls come from src/map/map-chrome.ts, in the
 * interface language. Nothing it loads leaves the app's origin.
 * @example const map = createMap({ container, clusters, sites, places, projects, lang: 'zh-CN' })
 */
export function createMap(options: CreateMapOptions): Map {
  const style = buildStyle({
    ...options,
    basemap: { county: absolute(countyUrl), neighbours: absolute(neighboursUrl), neighbourLabels: absolute(neighbourLabelsUrl) },
  });
  const map = new Map({
    container: options.container,
    style,
    bounds: COUNTY_BOUNDS,
    fitBoundsOptions: { padding: 24 },
    // Plain-text attribution (see TextAttributionControl, added by bindMapChrome): works under Trusted Types.
    attributionControl: false,
    locale: mapLocale(options.lang),
    maxZoom: 15,
    minZoom: 6,
    dragRotate: false,
    pitchWithRotate: false,
    cancelPendingTileRequestsWhileZooming: false,
  });
  map.touchZoomRotate.disableRotation();
  const unbindChrome = bindMapChrome(map, options.attribution);
  map.once('remove', unbindChrome);
  return map;
}

/**
 * Once the map has loaded: frames the county in the area the controls leave free, lays the site
 * labels out for every view and keeps the legend's record of what is drawn. Returns the undo function.
 */
export function bindMapView(map: Map): () => void {
  fitCounty(map, { animate: false });
  const unframe = keepCountyFramed(map);
  const unbindCallouts = bindSiteCallouts(map);
  const unbindLegend = bindLegendSync(map);
  return () => {
    unframe();
    unbindCallouts();
    unbindLegend();
  };
}
