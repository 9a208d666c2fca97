import clustersJson from '../../data/clusters.json';
import parksText from '../../data/parks.geojson?raw';
import placesText from '../../data/places.geojson?raw';
import { parseClusters } from './clusters';
import type { Cluster } from './cluster-schema';
import { DataValidationError, formatIssues } from './format-issues';
import { placesFileSchema, type PlaceFeature } from './place-schema';
import { parseSites } from './sites';
import type { SiteFeature } from './site-schema';

/** The built-in (illustrative) dataset the app starts with, validated once at start-up. */
export interface BuiltinData {
  clusters: Cluster[];
  sites: SiteFeature[];
  places: PlaceFeature[];
}

export function parsePlaces(json: unknown, file = 'data/places.geojson'): PlaceFeature[] {
  const parsed = placesFileSchema.safeParse(json);
  if (!parsed.success) throw new DataValidationError(file, formatIssues(file, parsed.error.issues));
  return parsed.data.features;
}

export function loadBuiltinData(): BuiltinData {
  const clusters = parseClusters(clustersJson);
  const sites = parseSites(JSON.parse(parksText), new Set(clusters.map((c) => c.id)));
  const places = parsePlaces(JSON.parse(placesText));
  return { clusters, sites, places };
}
