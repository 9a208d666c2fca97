/**
 * Puts a basemap's sources and layers on the map under the app's own layers, and takes them off
 * again. The app's sites, projects, places and their feature-state are never touched, so a basemap
 * switch (or a fallback) keeps the selection, the month and the results as they are.
 */
import type { Map } from 'maplibre-gl';
import { BASEMAP_SOURCE_PREFIX } from './basemap-choice';
import type { BasemapLayers } from './basemap-spec';

/**
 * Built-in layers that would hide another basemap (opaque fills and their labels); the county and
 * neighbour outlines stay drawn over it so the county still reads on imagery.
 */
const BUILTIN_COVERING_LAYERS = ['background', 'neighbours-fill', 'county-fill', 'neighbour-labels'];

/** The first built-in outline layer: other basemaps go right under it. */
const INSERT_BEFORE = 'neighbours-line';

export function removeBasemap(map: Map): void {
  const style = map.getStyle();
  for (const layer of style.layers) if (layer.id.startsWith(BASEMAP_SOURCE_PREFIX)) map.removeLayer(layer.id);
  for (const id of Object.keys(style.sources)) if (id.startsWith(BASEMAP_SOURCE_PREFIX)) map.removeSource(id);
  setBuiltinCovering(map, true);
}

/** Replaces whatever basemap is on the map with `basemap` (null: the built-in one alone). */
export function applyBasemap(map: Map, basemap: BasemapLayers | null): void {
  removeBasemap(map);
  if (!basemap) return;
  for (const [id, source] of Object.entries(basemap.sources)) map.addSource(id, source);
  const before = map.getLayer(INSERT_BEFORE) ? INSERT_BEFORE : undefined;
  for (const layer of basemap.layers) map.addLayer(layer, before);
  setBuiltinCovering(map, false);
}

function setBuiltinCovering(map: Map, visible: boolean): void {
  for (const id of BUILTIN_COVERING_LAYERS)
    if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
}
