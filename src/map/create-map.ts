import { FullscreenControl, Map, NavigationControl, ScaleControl, setWorkerUrl, type LngLatBoundsLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { trustedMapLibreWorkerUrl } from '../security/trusted-script-url';
import { TextAttributionControl } from './text-attribution-control';
import 'maplibre-gl/dist/maplibre-gl.css';
import countyUrl from '../../data/basemap/county.geojson?url';
import neighbourLabelsUrl from '../../data/basemap/neighbour-labels.geojson?url';
import neighboursUrl from '../../data/basemap/neighbours.geojson?url';
import { buildStyle, type StyleInput } from './map-style';

setWorkerUrl(trustedMapLibreWorkerUrl(workerUrl));

// For basemap code loaded on demand: importing them from here keeps MapLibre and the fonts in this
// chunk instead of splitting them into extra chunks of the first load.
export { addProtocol } from 'maplibre-gl';
export { LABEL_FONTS } from './fonts';

/**
 * The initial camera: the county's extent, about N41°19′–42°07′, E125°17′–126°25′ (public county
 * facts), stretched north to 42.26° so the airport (42.2539 N, OurAirports) is in view too.
 */
export const INITIAL_BOUNDS: LngLatBoundsLike = [
  [125.283, 41.317],
  [126.417, 42.26],
];

/** MapLibre's worker fetches the GeoJSON, so relative asset URLs are made absolute against the page. */
const absolute = (url: string) => new URL(url, document.baseURI).href;

export interface CreateMapOptions extends Omit<StyleInput, 'basemap'> {
  container: HTMLElement;
  attribution: string[];
}

/**
 * Creates the map with the offline style and the standard controls. Nothing it loads leaves the
 * app's origin.
 * @example const map = createMap({ container, clusters, sites, places, lang: 'zh-CN', attribution: [] })
 */
export function createMap(options: CreateMapOptions): Map {
  const style = buildStyle({
    ...options,
    basemap: { county: absolute(countyUrl), neighbours: absolute(neighboursUrl), neighbourLabels: absolute(neighbourLabelsUrl) },
  });
  const map = new Map({
    container: options.container,
    style,
    bounds: INITIAL_BOUNDS,
    fitBoundsOptions: { padding: 24 },
    // Plain-text attribution (see TextAttributionControl): works under Trusted Types.
    attributionControl: false,
    maxZoom: 15,
    minZoom: 6,
    dragRotate: false,
    pitchWithRotate: false,
    cancelPendingTileRequestsWhileZooming: false,
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new FullscreenControl(), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  map.addControl(new TextAttributionControl(options.attribution), 'bottom-right');
  map.touchZoomRotate.disableRotation();
  return map;
}
