import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlaces } from '../../../src/data/builtin-data';
import { parseClusters } from '../../../src/data/clusters';
import { parseProjectsCsv } from '../../../workers/model/input/projects-csv';
import { parseSites } from '../../../src/data/sites';

/** Reads a file of the repository's data/ folder as the app would see it. */
export function readDataJson(name: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../../data/${name}`, import.meta.url)), 'utf8'));
}

export function readDataText(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../data/${name}`, import.meta.url)), 'utf8');
}

export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8'));
}

export function loadBuiltin() {
  const clusters = parseClusters(readDataJson('clusters.json'));
  const sites = parseSites(readDataJson('parks.geojson'), new Set(clusters.map((c) => c.id)));
  const places = parsePlaces(readDataJson('places.geojson'));
  const parsed = parseProjectsCsv(readDataText('projects.csv'));
  if (!parsed.ok) throw new Error('data/projects.csv is invalid');
  return { clusters, sites, places, projects: parsed.projects };
}
