import { effect } from '@preact/signals';
import type { Map, MapLayerMouseEvent } from 'maplibre-gl';
import { bbox } from '@turf/turf';
import type { SiteFeature } from '../data/site-schema';
import { hoveredSiteId, selectedSiteId } from '../state/app-state';
import { SITES_FILL_LAYER, SITES_SOURCE } from './layers/site-layers';

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
    const hit = map.queryRenderedFeatures([event.point.x, event.point.y], { layers: [SITES_FILL_LAYER] })[0];
    const id = hit?.properties?.['id'];
    selectedSiteId.value = typeof id === 'string' ? id : null;
  };
  map.on('mousemove', SITES_FILL_LAYER, onMove);
  map.on('mouseleave', SITES_FILL_LAYER, onLeave);
  map.on('click', onClick);

  const stateEffect = (signalValue: () => string | null, key: 'hover' | 'selected') => {
    let previous: string | null = null;
    return effect(() => {
      const next = signalValue();
      if (previous !== null) map.setFeatureState({ source: SITES_SOURCE, id: previous }, { [key]: false });
      if (next !== null) map.setFeatureState({ source: SITES_SOURCE, id: next }, { [key]: true });
      previous = next;
    });
  };
  const disposeHover = stateEffect(() => hoveredSiteId.value, 'hover');
  const disposeSelected = stateEffect(() => selectedSiteId.value, 'selected');

  const disposeCamera = effect(() => {
    const site = selectedSiteId.value === null ? undefined : byId.get(selectedSiteId.value);
    if (!site) return;
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
    map.off('mousemove', SITES_FILL_LAYER, onMove);
    map.off('mouseleave', SITES_FILL_LAYER, onLeave);
    map.off('click', onClick);
    disposeHover();
    disposeSelected();
    disposeCamera();
  };
}
