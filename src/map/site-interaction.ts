import { effect } from '@preact/signals';
import type { CameraOptions, Map, MapLayerMouseEvent } from 'maplibre-gl';
import { bbox } from '@turf/turf';
import type { SiteFeature } from '../data/site-schema';
import { hoveredSiteId, selectedSiteId } from '../state/app-state';
import { currentView, returnToView } from './county-view';
import { SITES_FILL_LAYER, SITES_SOURCE, SITE_MARKERS_SOURCE, SITE_MARKER_LAYER } from './layers/site-layers';

/** A site answers the pointer on its shape and, at county zoom, on its marker. */
const POINTER_LAYERS = [SITES_FILL_LAYER, SITE_MARKER_LAYER];

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Connects the sites layer to the shared state: pointer hover and click write the signals, and the
 * signals drive feature-state (no data reloads) and the camera. Returns a function that undoes it all.
 */
export function bindSiteInteraction(map: Map, sites: readonly SiteFeature[]): () => void {
  const byId = new globalThis.Map(sites.map((site) => [site.properties.id, site]));

  const onMove = (event: MapLayerMouseEvent) => {
    const id = event.features?.[0]?.properties?.['id'];
    hoveredSiteId.value = typeof id === 'string' ? id : null;
    map.getCanvas().style.cursor = 'pointer';
  };
  const onLeave = () => {
    hoveredSiteId.value = null;
    map.getCanvas().style.cursor = '';
  };
  // One click router: a click on a site selects it, a click anywhere else clears the selection.
  const onClick = (event: { point: { x: number; y: number } }) => {
    const hit = map.queryRenderedFeatures([event.point.x, event.point.y], { layers: POINTER_LAYERS })[0];
    const id = hit?.properties?.['id'];
    selectedSiteId.value = typeof id === 'string' ? id : null;
  };
  map.on('mousemove', POINTER_LAYERS, onMove);
  map.on('mouseleave', POINTER_LAYERS, onLeave);
  map.on('click', onClick);

  const stateEffect = (signalValue: () => string | null, key: 'hover' | 'selected') => {
    let previous: string | null = null;
    return effect(() => {
      const next = signalValue();
      // The shape and its county-zoom marker highlight together.
      for (const source of [SITES_SOURCE, SITE_MARKERS_SOURCE]) {
        if (previous !== null) map.setFeatureState({ source, id: previous }, { [key]: false });
        if (next !== null) map.setFeatureState({ source, id: next }, { [key]: true });
      }
      previous = next;
    });
  };
  const disposeHover = stateEffect(() => hoveredSiteId.value, 'hover');
  const disposeSelected = stateEffect(() => selectedSiteId.value, 'selected');

  // The view before the first site was opened: closing the panel (Esc, ×, a click beside the sites)
  // returns there, so a planner who zoomed in on a site is not left zoomed in.
  let viewBefore: CameraOptions | null = null;
  const disposeCamera = effect(() => {
    const site = selectedSiteId.value === null ? undefined : byId.get(selectedSiteId.value);
    if (!site) {
      if (viewBefore) returnToView(map, viewBefore);
      viewBefore = null;
      return;
    }
    viewBefore ??= currentView(map);
    const [w, s, e, n] = bbox(site);
    map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: 120, maxZoom: 10.5, animate: !prefersReducedMotion(), duration: 800 },
    );
  });

  return () => {
    map.off('mousemove', POINTER_LAYERS, onMove);
    map.off('mouseleave', POINTER_LAYERS, onLeave);
    map.off('click', onClick);
    disposeHover();
    disposeSelected();
    disposeCamera();
  };
}
