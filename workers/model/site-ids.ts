/**
 * Ids of the nine sites (八园一中心). data/parks.geojson uses exactly these ids; the first five parks
 * are named in the source article, the last three parks and the center are indicative.
 * The app passes the ids it read from parks.geojson; this list is the fallback and the contract.
 */
export const SITE_IDS = [
  'development-zone',
  'chemical-park',
  'ginseng-park',
  'feldspar-park',
  'graphite-park',
  'dongbao-biotech-park',
  'pharma-logistics-park',
  'petroleum-equipment-park',
  'service-center',
] as const;

export type SiteId = (typeof SITE_IDS)[number];

/** Ids of data/clusters.json, in file order (a data test keeps the two in step). */
export const CLUSTER_IDS = [
  'pharma-health',
  'minerals',
  'food',
  'fine-chemicals',
  'internet-plus',
  'petroleum-equipment',
  'new-materials',
  'tourism',
  'services',
] as const;

export type ClusterId = (typeof CLUSTER_IDS)[number];
