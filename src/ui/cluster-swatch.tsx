import type { Cluster } from '../data/cluster-schema';

/** A colour chip for a cluster; dashed border marks an indicative site, as on the map. */
export function ClusterSwatch({ cluster, dashed = false }: { cluster: Cluster; dashed?: boolean }) {
  return (
    <span class={`swatch${dashed ? ' swatch--dashed' : ''}`} style={{ backgroundColor: cluster.color }} aria-hidden="true" />
  );
}
