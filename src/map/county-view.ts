import type { CameraOptions, LngLatBoundsLike, Map } from 'maplibre-gl';
import { freeAreaPadding } from './map-overlays';

/**
 * The county's extent, from its outline in data/basemap/county.geojson (E125.292–126.426,
 * N41.332–42.124). The start view and the "whole county" control frame it in the map's free area.
 */
export const COUNTY_BOUNDS: LngLatBoundsLike = [
  [125.292, 41.332],
  [126.426, 42.124],
];

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Frames the whole county in the part of the map that no control or overlay covers.
 * @example fitCounty(map, { animate: false })
 */
export function fitCounty(map: Map, { animate = true } = {}): void {
  map.fitBounds(
    COUNTY_BOUNDS,
    { padding: freeAreaPadding(map), animate: animate && !prefersReducedMotion(), duration: 600 },
    // Marks the move as a county framing, for keepCountyFramed.
    { countyFrame: true },
  );
}

/** The camera as it is, to return to later. */
export function currentView(map: Map): CameraOptions {
  return { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

/** Returns to a view kept with `currentView`. */
export function returnToView(map: Map, view: CameraOptions): void {
  map.easeTo({ ...view, animate: !prefersReducedMotion(), duration: 600 });
}

/**
 * Keeps the county framed while the map shows the county view (the start view, or after the
 * whole-county button): it is refitted when the map's size changes (a panel opens, the window
 * turns). Returns the function that stops it.
 */
export function keepCountyFramed(map: Map): () => void {
  let untouched = true;
  // Any other move (the user's, a site being opened, a script) ends the county framing.
  const onMoveStart = (event: object) => {
    untouched = (event as { countyFrame?: boolean }).countyFrame === true;
  };
  const onResize = () => {
    if (untouched) fitCounty(map, { animate: false });
  };
  map.on('movestart', onMoveStart);
  map.on('resize', onResize);
  return () => {
    map.off('movestart', onMoveStart);
    map.off('resize', onResize);
  };
}
