import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { loadBuiltinData, type BuiltinData } from '../../../src/data/builtin-data';
import { previewImport, type ImportOptions, type ImportPreview } from '../../../src/import/import-preview';

/** The built-in dataset, loaded the way the app loads it (Vite's ?raw imports work under vitest). */
export function builtin(): BuiltinData {
  return loadBuiltinData();
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url))));
}

let county: FeatureCollection | null = null;

/** The county outline from data/basemap, read from disk as the browser would fetch it. */
export function countyOutline(): FeatureCollection {
  county ??= JSON.parse(
    readFileSync(fileURLToPath(new URL('../../../data/basemap/county.geojson', import.meta.url)), 'utf8'),
  ) as FeatureCollection;
  return county;
}

/** Previews a fixture (or given bytes) against `data` with the default options. */
export function preview(
  name: string,
  data: BuiltinData = builtin(),
  options: Partial<ImportOptions> = {},
  bytes?: Uint8Array,
): Promise<ImportPreview> {
  return previewImport({ name, bytes: bytes ?? fixtureBytes(name) }, data, { crs: 'wgs84', county: countyOutline(), ...options });
}
