import baselineJson from '../../data/baseline.json';
import clustersJson from '../../data/clusters.json';
import parksText from '../../data/parks.geojson?raw';
import placesText from '../../data/places.geojson?raw';
import projectsText from '../../data/projects.csv?raw';
import targetsJson from '../../data/targets.json';
import { parseBaselineJson, type Baseline } from '../../workers/model/input/baseline-json';
import { parseClusters } from './clusters';
import type { Cluster } from './cluster-schema';
import { DataValidationError, formatIssues } from './format-issues';
import { placesFileSchema, type PlaceFeature } from './place-schema';
import { formatProjectCsvIssue, parseProjectsCsv, type Project } from '../../workers/model/input/projects-csv';
import { parseSites } from './sites';
import type { SiteFeature } from './site-schema';
import { parseTargetsJson, type Targets } from '../../workers/model/input/targets-json';
import type { ProgressReport } from '../../workers/model/model-data';
import { datasetIds } from './dataset-ids';

/** The built-in (illustrative) dataset the app starts with, validated once at start-up. */
export interface BuiltinData {
  clusters: Cluster[];
  sites: SiteFeature[];
  places: PlaceFeature[];
  projects: Project[];
  baseline: Baseline;
  targets: Targets;
  /** Imported progress reports (none in the built-in data). */
  progressReports?: ProgressReport[];
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
  const { clusterIds, siteIds } = datasetIds({ sites, clusters });
  const projects = parseProjectsCsv(projectsText, { siteIds, clusterIds });
  if (!projects.ok) throw new DataValidationError('data/projects.csv', projects.issues.map(formatProjectCsvIssue));
  const baseline = parseBaselineJson(baselineJson, clusterIds);
  if (!baseline.ok) throw new DataValidationError('data/baseline.json', baseline.issues);
  const targets = parseTargetsJson(targetsJson);
  if (!targets.ok) throw new DataValidationError('data/targets.json', targets.issues);
  return { clusters, sites, places, projects: projects.projects, baseline: baseline.baseline, targets: targets.targets };
}
