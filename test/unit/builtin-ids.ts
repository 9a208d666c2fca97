/**
 * Site and cluster ids of the built-in dataset, read from data/parks.geojson and data/clusters.json
 * the way the command line reads them. Tests use these instead of a pinned list, so a site added to
 * the data needs no change in code or tests.
 */
import { loadClusterIds, loadSiteIds } from '../../workers/cli/load-data';

export const BUILTIN_SITE_IDS: readonly string[] = loadSiteIds();
export const BUILTIN_CLUSTER_IDS: readonly string[] = loadClusterIds();
