import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { DataValidationError, formatIssues } from './format-issues';
import { siteFeatureSchema, sitesFileSchema, type SiteFeature } from './site-schema';

/**
 * Validates a site FeatureCollection (the built-in `data/parks.geojson` or an imported file):
 * each feature against the schema, ids unique, lead clusters known. Every problem names the file and
 * the feature (by id, or by index where the id itself is missing).
 * @example parseSites(json, new Set(['food'])).map((s) => s.properties.id)
 */
export function parseSites(json: unknown, knownClusterIds: ReadonlySet<string>, file = 'data/parks.geojson'): SiteFeature[] {
  const collection = sitesFileSchema.safeParse(json);
  if (!collection.success) throw new DataValidationError(file, formatIssues(file, collection.error.issues));

  const problems: string[] = [];
  const sites: SiteFeature[] = [];
  const seen = new Set<string>();
  collection.data.features.forEach((raw, index) => {
    const rawId = (raw as { properties?: { id?: unknown } } | null)?.properties?.id;
    const where = `${file} › feature ${typeof rawId === 'string' ? rawId : `#${index}`}`;
    const feature = siteFeatureSchema.safeParse(raw);
    if (!feature.success) {
      problems.push(...formatIssues(where, feature.error.issues));
      return;
    }
    const { id, clusters } = feature.data.properties;
    if (seen.has(id)) problems.push(`${where}: duplicate id`);
    seen.add(id);
    for (const cluster of clusters) {
      if (!knownClusterIds.has(cluster)) problems.push(`${where}: unknown cluster "${cluster}"`);
    }
    sites.push(feature.data);
  });
  if (problems.length > 0) throw new DataValidationError(file, problems);
  return sites;
}

/** The sites as a plain FeatureCollection for a MapLibre GeoJSON source (which promotes `id`). */
export function sitesToFeatureCollection(sites: readonly SiteFeature[]): FeatureCollection<Polygon | MultiPolygon, SiteFeature['properties']> {
  return { type: 'FeatureCollection', features: sites.map((site) => ({ ...site })) };
}
