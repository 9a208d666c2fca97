import { clustersFileSchema, type Cluster } from './cluster-schema';
import { DataValidationError, formatIssues } from './format-issues';

/**
 * Validates the parsed contents of `data/clusters.json`.
 * @example parseClusters(json).find((c) => c.id === 'minerals')?.color // "#999933"
 */
export function parseClusters(json: unknown, file = 'data/clusters.json'): Cluster[] {
  const parsed = clustersFileSchema.safeParse(json);
  if (!parsed.success) throw new DataValidationError(file, formatIssues(file, parsed.error.issues));
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const cluster of parsed.data.clusters) {
    if (seen.has(cluster.id)) problems.push(`${file} › cluster ${cluster.id}: duplicate id`);
    seen.add(cluster.id);
  }
  if (problems.length > 0) throw new DataValidationError(file, problems);
  return parsed.data.clusters;
}
