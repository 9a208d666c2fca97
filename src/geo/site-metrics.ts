import { area, centroid, distance } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';

/** 1 hectare = 15 亩 (mu), the unit Chinese planning documents use for land. */
export const MU_PER_HECTARE = 15;

export interface SiteMetrics {
  /** Geodesic area in hectares. */
  areaHa: number;
  /** The same area in 亩. */
  areaMu: number;
  /** Straight-line distance from the site's centroid to the reference point, in km. */
  distanceKm: number;
}

/**
 * Area and distance figures shown in the site panel.
 * @example siteMetrics(site, countySeat).areaMu // e.g. 2250 for a 150 ha park
 */
export function siteMetrics(site: Feature<Polygon | MultiPolygon>, reference: Feature<Point> | [number, number]): SiteMetrics {
  const areaHa = area(site) / 10_000;
  const from = centroid(site);
  const distanceKm = distance(from, Array.isArray(reference) ? reference : reference.geometry.coordinates, {
    units: 'kilometers',
  });
  return { areaHa, areaMu: areaHa * MU_PER_HECTARE, distanceKm };
}
