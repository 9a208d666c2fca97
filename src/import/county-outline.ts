/**
 * The county outline (data/basemap/county.geojson, the map's own file) for the check that imported
 * sites lie in the county. Fetched from the app's origin only when a site file is imported.
 */
import countyUrl from '../../data/basemap/county.geojson?url';
import type { FeatureCollection } from 'geojson';

export async function loadCountyOutline(): Promise<FeatureCollection | null> {
  const response = await fetch(countyUrl);
  if (!response.ok) return null;
  const json = (await response.json()) as FeatureCollection;
  return json.type === 'FeatureCollection' ? json : null;
}
