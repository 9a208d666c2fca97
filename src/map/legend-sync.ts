import type { Map } from 'maplibre-gl';
import type { PlaceKind } from '../data/place-schema';
import { drawnOnMap } from '../state/map-legend-state';
import { shownResult } from '../state/scenario-state';
import { PROJECT_STATUSES, type ProjectStatus } from './layers/project-layers';
import { MARKER_FADE_ZOOM, SITES_FILL_LAYER, SITE_MARKER_LAYER } from './layers/site-layers';
import type { DrawnOnMap } from './legend-model';
import { largestSiteTotal } from './time-view';

const LAYERS = [SITES_FILL_LAYER, SITE_MARKER_LAYER, 'sites-outline-indicative', 'places-circle', 'projects', 'site-progress'];

/** GeoJSON arrays come back from rendered features as JSON text. */
function firstCluster(value: unknown): string | null {
  const list: unknown = typeof value === 'string' && value.startsWith('[') ? JSON.parse(value) : value;
  return Array.isArray(list) && typeof list[0] === 'string' ? list[0] : null;
}

/** Reads what the map has drawn in view from its rendered features and their feature-state. */
export function readDrawn(map: Map): DrawnOnMap {
  const features = map.queryRenderedFeatures({ layers: LAYERS.filter((id) => map.getLayer(id)) });
  const clusters = new Set<string>();
  const places = new Set<PlaceKind>();
  const statuses = new Set<ProjectStatus>();
  let markers = false;
  let indicative = false;
  let bubbles = false;
  for (const feature of features) {
    const layer = feature.layer.id;
    if (layer === SITES_FILL_LAYER || layer === SITE_MARKER_LAYER) {
      const cluster = firstCluster(feature.properties['clusters']);
      if (cluster) clusters.add(cluster);
      if (layer === SITE_MARKER_LAYER && map.getZoom() < MARKER_FADE_ZOOM[1]) markers = true;
    } else if (layer === 'sites-outline-indicative') indicative = true;
    else if (layer === 'places-circle') places.add(feature.properties['kind'] as PlaceKind);
    else if (layer === 'projects') {
      const status = PROJECT_STATUSES[Number(feature.state['status'] ?? 0)];
      if (status) statuses.add(status);
    } else if (layer === 'site-progress' && Number(feature.state['share'] ?? 0) > 0) bubbles = true;
  }
  const result = shownResult.peek();
  return {
    siteClusters: [...clusters],
    siteMarkers: markers,
    indicativeSites: indicative,
    places: [...places],
    statuses: [...statuses],
    bubbleMaxWan: bubbles && result ? largestSiteTotal(result) : null,
  };
}

/**
 * Keeps `drawnOnMap` true to the map: after every settled frame (a move, a new month, a new
 * result or dataset all end in one), reads the rendered features again. Returns the undo function.
 */
export function bindLegendSync(map: Map): () => void {
  const update = () => {
    const next = readDrawn(map);
    if (JSON.stringify(next) !== JSON.stringify(drawnOnMap.peek())) drawnOnMap.value = next;
  };
  map.on('idle', update);
  return () => map.off('idle', update);
}
