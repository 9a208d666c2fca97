/**
 * Loads the built-in dataset from data/ in Node (command line, benchmarks, tests). The browser app
 * loads the same files through Vite and the same parsers in src/data/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBaselineJson } from '../model/input/baseline-json';
import { formatProjectCsvIssue, parseProjectsCsv } from '../model/input/projects-csv';
import { parseTargetsJson } from '../model/input/targets-json';
import type { SimulatorData } from '../model/model-data';

/** The folder holding data/: two levels above this file in the sources, one above dist-cli/ when built. */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, 'data/clusters.json'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '../..');
  }
}

export const REPOSITORY_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'DataLoadError';
  }
}

function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataLoadError(file, [`not valid JSON (${(error as Error).message})`]);
  }
}

/**
 * Site ids of data/parks.geojson (`properties.id` of each feature, in file order). Sites are data:
 * no list of ids is kept in code. The app validates the whole file (src/data/sites.ts).
 */
export function loadSiteIds(root = REPOSITORY_ROOT): string[] {
  const file = resolve(root, 'data/parks.geojson');
  const json = readJson(file) as { features?: { properties?: { id?: unknown } }[] };
  const ids = (json.features ?? []).map((f) => f.properties?.id);
  if (ids.length === 0 || !ids.every((id): id is string => typeof id === 'string' && id !== ''))
    throw new DataLoadError(file, ['every feature needs a properties.id']);
  if (new Set(ids).size !== ids.length) throw new DataLoadError(file, ['a site id appears twice']);
  return ids;
}

export function loadClusterIds(root = REPOSITORY_ROOT): string[] {
  const json = readJson(resolve(root, 'data/clusters.json')) as { clusters: { id: string }[] };
  return json.clusters.map((c) => c.id);
}

/**
 * Reads and validates data/projects.csv, baseline.json, targets.json, clusters.json (and parks.geojson).
 * @example const data = loadSimulatorData(); prepareData(data);
 */
export function loadSimulatorData(options: { root?: string; projectsFile?: string } = {}): SimulatorData {
  const root = options.root ?? REPOSITORY_ROOT;
  const siteIds = loadSiteIds(root);
  const clusterIds = loadClusterIds(root);
  const projectsFile = options.projectsFile ?? resolve(root, 'data/projects.csv');
  const projects = parseProjectsCsv(readFileSync(projectsFile, 'utf8'), { siteIds, clusterIds });
  if (!projects.ok) throw new DataLoadError(projectsFile, projects.issues.map(formatProjectCsvIssue));
  const baseline = parseBaselineJson(readJson(resolve(root, 'data/baseline.json')), clusterIds);
  if (!baseline.ok) throw new DataLoadError('data/baseline.json', baseline.issues);
  const targets = parseTargetsJson(readJson(resolve(root, 'data/targets.json')));
  if (!targets.ok) throw new DataLoadError('data/targets.json', targets.issues);
  return { projects: projects.projects, baseline: baseline.baseline, targets: targets.targets, siteIds, clusterIds };
}
