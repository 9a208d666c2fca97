import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

/** Van der Corput radical inverse: a well-spread, repeatable sequence in [0, 1). */
function radicalInverse(index: number, base: number): number {
  let result = 0;
  let fraction = 1 / base;
  for (let i = index; i > 0; i = Math.floor(i / base)) {
    result += (i % base) * fraction;
    fraction /= base;
  }
  return result;
}

/**
 * `count` distinct points inside a polygon, spread evenly (Halton sequence, bases 2 and 3) and the
 * same every time. Projects carry only a site id, so this is where their map symbols go; the
 * positions are illustrative, as the UI says.
 * @example pointsInPolygon(site, 5).length // 5
 */
export function pointsInPolygon(polygon: Feature<Polygon | MultiPolygon>, count: number): [number, number][] {
  const [west, south, east, north] = bbox(polygon);
  // Keep points off the outline so their circles stay within the site.
  const insetX = (east - west) * 0.12;
  const insetY = (north - south) * 0.12;
  const points: [number, number][] = [];
  for (let i = 1; points.length < count && i < count * 200 + 200; i++) {
    const lng = west + insetX + radicalInverse(i, 2) * (east - west - 2 * insetX);
    const lat = south + insetY + radicalInverse(i, 3) * (north - south - 2 * insetY);
    if (booleanPointInPolygon([lng, lat], polygon)) points.push([lng, lat]);
  }
  return points;
}

export interface PlaceableProject {
  id: string;
  site_id: string;
}

/**
 * Points for every project, placed inside its site's polygon (projects of an unknown site are left out).
 * @example projectPoints(projects, sites).features[0].properties.id
 */
export function projectPoints<P extends PlaceableProject>(
  projects: readonly P[],
  sites: readonly Feature<Polygon | MultiPolygon, { id: string }>[],
): FeatureCollection<Point, P> {
  const features: Feature<Point, P>[] = [];
  for (const site of sites) {
    const members = projects.filter((p) => p.site_id === site.properties.id);
    const positions = pointsInPolygon(site, members.length);
    members.forEach((project, i) => {
      const coordinates = positions[i];
      if (coordinates) features.push({ type: 'Feature', properties: project, geometry: { type: 'Point', coordinates } });
    });
  }
  return { type: 'FeatureCollection', features };
}
