import type { Cluster } from './cluster-schema';
import type { SiteFeature } from './site-schema';

/**
 * The site and cluster ids of a dataset, in file order: the one place the app derives them. Sites
 * and clusters are data (data/parks.geojson, data/clusters.json or an import); no list is pinned in code.
 * @example const { siteIds, clusterIds } = datasetIds(dataset.value);
 */
export function datasetIds(data: { sites: readonly SiteFeature[]; clusters: readonly Cluster[] } | null): {
  siteIds: string[];
  clusterIds: string[];
} {
  return { siteIds: data?.sites.map((s) => s.properties.id) ?? [], clusterIds: data?.clusters.map((c) => c.id) ?? [] };
}
