/**
 * Map highlight of the project selected in the register: a ring around its point and the outline of
 * its site, as two extra layers filtered by id on the app's own sources (no new data is loaded). The
 * layers are (re)added whenever the style lacks them, e.g. after a dataset or style change.
 */
import { effect } from '@preact/signals';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { PROJECTS_SOURCE } from '../map/layers/project-layers';
import { SITES_SOURCE } from '../map/layers/site-layers';
import { mapInstance } from '../state/app-state';
import { dataset } from '../state/data-state';
import { pointsInPolygon } from '../geo/project-positions';
import { selectedProjectId } from './register-state';

export const PROJECT_HIGHLIGHT_LAYER = 'register-project-highlight';
export const SITE_HIGHLIGHT_LAYER = 'register-site-highlight';
const HIGHLIGHT_COLOR = '#D55E00';

function ensureLayers(map: MapLibreMap): boolean {
  if (!map.getSource(PROJECTS_SOURCE) || !map.getSource(SITES_SOURCE)) return false;
  if (!map.getLayer(SITE_HIGHLIGHT_LAYER)) {
    map.addLayer({
      id: SITE_HIGHLIGHT_LAYER,
      type: 'line',
      source: SITES_SOURCE,
      filter: ['==', ['get', 'id'], ''],
      paint: { 'line-color': HIGHLIGHT_COLOR, 'line-width': 3 },
    });
  }
  if (!map.getLayer(PROJECT_HIGHLIGHT_LAYER)) {
    map.addLayer({
      id: PROJECT_HIGHLIGHT_LAYER,
      type: 'circle',
      source: PROJECTS_SOURCE,
      filter: ['==', ['get', 'id'], ''],
      paint: {
        'circle-radius': 9,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': HIGHLIGHT_COLOR,
        'circle-stroke-width': 3,
      },
    });
  }
  return true;
}

/** Where the project's point is drawn (same placement as the map's project layer). */
export function projectPosition(projectId: string): [number, number] | null {
  const data = dataset.peek();
  const project = data?.projects.find((p) => p.id === projectId);
  const site = project && data?.sites.find((s) => s.properties.id === project.site_id);
  if (!data || !project || !site) return null;
  const members = data.projects.filter((p) => p.site_id === site.properties.id);
  return pointsInPolygon(site, members.length)[members.indexOf(project)] ?? null;
}

/** Keeps the highlight on the selected project; returns the disposer. */
export function bindRegisterHighlight(): () => void {
  let detach: (() => void) | null = null;
  const dispose = effect(() => {
    const map = mapInstance.value;
    const id = selectedProjectId.value;
    detach?.();
    detach = null;
    if (!map) return;
    const siteId = id ? (dataset.peek()?.projects.find((p) => p.id === id)?.site_id ?? '') : '';
    const setFilters = () => {
      map.setFilter(PROJECT_HIGHLIGHT_LAYER, ['==', ['get', 'id'], id ?? '']);
      map.setFilter(SITE_HIGHLIGHT_LAYER, ['==', ['get', 'id'], siteId]);
    };
    if (ensureLayers(map)) setFilters();
    // What the map really draws, for tests and assistive tooling: the ids MapLibre renders in the
    // highlight layers once the frame has settled (queryRenderedFeatures, not the requested ids).
    const report = () => {
      const container = map.getContainer();
      const drawn = (layer: string) =>
        map.getLayer(layer)
          ? [...new Set(map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties['id'])))].join(',')
          : '';
      container.dataset['highlightProject'] = drawn(PROJECT_HIGHLIGHT_LAYER);
      container.dataset['highlightSite'] = drawn(SITE_HIGHLIGHT_LAYER);
    };
    map.once('idle', report);
    // Only a style that lost the layers gets them back (setting a filter fires styledata too).
    const restore = () => {
      if (map.getLayer(PROJECT_HIGHLIGHT_LAYER) && map.getLayer(SITE_HIGHLIGHT_LAYER)) return;
      if (ensureLayers(map)) setFilters();
    };
    map.on('styledata', restore);
    detach = () => {
      map.off('styledata', restore);
      map.off('idle', report);
    };
    if (id) {
      const position = projectPosition(id);
      if (position) map.easeTo({ center: position, zoom: Math.max(map.getZoom(), 11), duration: 400 });
    }
  });
  return () => {
    dispose();
    detach?.();
    const map = mapInstance.peek();
    if (map?.getLayer(PROJECT_HIGHLIGHT_LAYER)) map.setFilter(PROJECT_HIGHLIGHT_LAYER, ['==', ['get', 'id'], '']);
    if (map?.getLayer(SITE_HIGHLIGHT_LAYER)) map.setFilter(SITE_HIGHLIGHT_LAYER, ['==', ['get', 'id'], '']);
  };
}
