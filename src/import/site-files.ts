/**
 * Site files (GeoJSON, KML, KMZ, zipped Shapefile) → one list of raw GeoJSON features, then the checks
 * that only imported sites need: property names from other tools mapped to ours, coordinates
 * converted from GCJ-02 / BD-09, swapped latitude/longitude, self-intersecting rings, features outside
 * the county. The schema checks are those of the built-in data (`checkSites`). Each parser is loaded
 * with `import()` only when a file of its kind arrives; this module itself is reached only through the
 * dynamically imported `import-preview.ts`, so turf's named imports stay out of the first download.
 */
import { booleanIntersects, kinks } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Polygon, MultiPolygon, Position } from 'geojson';
import type { Crs } from './crs';
import { checkSites } from '../data/sites';
import type { SiteFeature } from '../data/site-schema';
import type { ImportIssue } from './import-issue';
import { localize, SOURCE_LANGUAGE, type LocalizedText } from '../../workers/model/localized-text';
import { declaredSize, MAX_EXPANDED_BYTES, newBudget, readZipEntry, zipDirectory } from './zip-guard';

export type SiteFileKind = 'geojson' | 'kml' | 'kmz' | 'shp';

export type { Crs } from './crs';

/** `noPrj`: a Shapefile layer came without its .prj, so its coordinates were taken as they are. */
export type SiteRead = { ok: true; features: unknown[]; noPrj?: boolean } | { ok: false; issues: ImportIssue[] };

const fileIssue = (code: ImportIssue['code'], params: ImportIssue['params'] = {}): ImportIssue => ({
  severity: 'error',
  code,
  params,
});

/** Parses XML text to a Document; the browser's DOMParser unless a test passes another. */
export type XmlParser = (text: string) => Document;

function browserXml(text: string): Document {
  return new DOMParser().parseFromString(text, 'application/xml');
}

function featuresOf(json: unknown): unknown[] | null {
  if (typeof json !== 'object' || json === null) return null;
  const o = json as { type?: unknown; features?: unknown };
  if (o.type === 'FeatureCollection' && Array.isArray(o.features)) return o.features;
  if (o.type === 'Feature') return [json];
  return null;
}

async function readKml(text: string, parseXml: XmlParser): Promise<SiteRead> {
  const doc = parseXml(text);
  if (doc.getElementsByTagName('parsererror').length > 0 || doc.getElementsByTagName('kml').length === 0)
    return { ok: false, issues: [fileIssue('kml-invalid')] };
  const { kml } = await import('@tmcw/togeojson');
  const collection = kml(doc) as FeatureCollection;
  return { ok: true, features: collection.features };
}

/** Opens a zip archive's directory (nothing is inflated yet), or null if it is not one. */
async function openZip(bytes: Uint8Array) {
  const { default: JSZip } = await import('jszip');
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    return null;
  }
}

/** The parts of a Shapefile that must be present in the zip, per layer. */
const SHAPEFILE_PARTS = ['.shp', '.shx', '.dbf'] as const;

const MB = 1024 * 1024;
const tooLarge = (kind: SiteFileKind) =>
  fileIssue('zip-too-large', { kind: kind === 'kmz' ? 'KMZ' : 'ZIP', max: MAX_EXPANDED_BYTES / MB });

/** The first JSON syntax error as an issue with line, column and problem (no engine text). */
async function jsonIssue(text: string): Promise<ImportIssue> {
  const { locateJsonError } = await import('./json-syntax');
  const where = locateJsonError(text) ?? { line: 1, column: 1, problem: 'character' };
  return fileIssue('not-json', { ...where });
}

/**
 * Reads a site file into raw features. Archives are checked against `MAX_EXPANDED_BYTES` before and
 * while inflating (see `zip-guard.ts`).
 * @example await readSiteFile('kmz', bytes) // { ok: true, features: [...] }
 */
export async function readSiteFile(
  kind: SiteFileKind,
  bytes: Uint8Array,
  text: string | null,
  parseXml: XmlParser = browserXml,
): Promise<SiteRead> {
  if (kind === 'geojson') {
    let json: unknown;
    try {
      json = JSON.parse(text ?? '');
    } catch {
      return { ok: false, issues: [await jsonIssue(text ?? '')] };
    }
    const features = featuresOf(json);
    return features ? { ok: true, features } : { ok: false, issues: [fileIssue('not-feature-collection')] };
  }
  if (kind === 'kml') return readKml(text ?? '', parseXml);

  const directory = zipDirectory(bytes);
  if (!directory) return { ok: false, issues: [fileIssue('not-zip')] };
  if (declaredSize(directory) > MAX_EXPANDED_BYTES) return { ok: false, issues: [tooLarge(kind)] };
  const zip = await openZip(bytes);
  if (!zip) return { ok: false, issues: [fileIssue('not-zip')] };
  const budget = newBudget();
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir && !n.startsWith('__MACOSX/'));
  const read = async (name: string) => {
    try {
      return await readZipEntry(zip.file(name)!, budget);
    } catch {
      return null;
    }
  };
  if (kind === 'kmz') {
    // A KMZ holds doc.kml (by convention) or some other single .kml at its root.
    const entry = names.find((n) => n.toLowerCase() === 'doc.kml') ?? names.find((n) => n.toLowerCase().endsWith('.kml'));
    if (!entry) return { ok: false, issues: [fileIssue('kmz-no-kml')] };
    const data = await read(entry);
    if (data === 'too-large') return { ok: false, issues: [tooLarge(kind)] };
    if (data === null) return { ok: false, issues: [fileIssue('not-zip')] };
    return readKml(new TextDecoder().decode(data), parseXml);
  }

  const layers = new Set(names.filter((n) => /\.(shp|shx|dbf)$/i.test(n)).map((n) => n.slice(0, -4)));
  if (layers.size === 0) return { ok: false, issues: [fileIssue('shp-no-layer', { missing: SHAPEFILE_PARTS.join(', ') })] };
  const issues: ImportIssue[] = [];
  const partOf = (layer: string, ext: string) => names.find((n) => n.toLowerCase() === `${layer}${ext}`.toLowerCase());
  for (const layer of layers) {
    const missing = SHAPEFILE_PARTS.filter((ext) => !partOf(layer, ext));
    if (missing.length > 0) issues.push(fileIssue('shp-missing-parts', { missing: missing.join(', '), layer }));
  }
  if (issues.length > 0) return { ok: false, issues };
  const shp = await import('shpjs');
  const features: unknown[] = [];
  let unprojected = false;
  for (const layer of layers) {
    const parts: Record<string, Uint8Array | null> = {};
    for (const ext of ['.shp', '.dbf', '.prj', '.cpg']) {
      const name = partOf(layer, ext);
      if (!name) continue;
      const data = await read(name);
      if (data === 'too-large') return { ok: false, issues: [tooLarge(kind)] };
      parts[ext] = data;
    }
    if (!parts['.shp'] || !parts['.dbf']) return { ok: false, issues: [fileIssue('shp-invalid')] };
    const prj = parts['.prj'] ? new TextDecoder().decode(parts['.prj']) : undefined;
    if (!prj) unprojected = true;
    try {
      // shpjs's own parts, not its zip reader, so that the inflate guard above covers every byte.
      const geometries = shp.parseShp(parts['.shp'] as unknown as { buffer: ArrayBuffer }, prj);
      const properties = shp.parseDbf(
        parts['.dbf'] as unknown as { buffer: ArrayBuffer },
        (parts['.cpg'] ?? new Uint8Array()) as unknown as { buffer: ArrayBuffer },
      );
      features.push(...shp.combine([geometries, properties]).features);
    } catch {
      return { ok: false, issues: [fileIssue('shp-invalid')] };
    }
  }
  return { ok: true, features, ...(unprojected ? { noPrj: true } : {}) };
}

/**
 * Property names other tools use (Shapefile fields are at most 10 characters) → ours. Older files (and
 * KML or Shapefile, which cannot nest) give a localised text as a zh/en pair (`name_zh` / `name_en`);
 * `normalizeSiteProperties` folds each pair into our one shape, `{ "zh-CN": …, "en": … }`.
 */
const PROPERTY_ALIASES: Record<string, string> = {
  id: 'id',
  site_id: 'id',
  siteid: 'id',
  code: 'id',
  编号: 'id',
  园区编号: 'id',
  name_zh: 'name_zh',
  namezh: 'name_zh',
  name_cn: 'name_zh',
  名称: 'name_zh',
  园区名称: 'name_zh',
  name_en: 'name_en',
  nameen: 'name_en',
  英文名称: 'name_en',
  kind: 'kind',
  类型: 'kind',
  clusters: 'clusters',
  cluster: 'clusters',
  产业集群: 'clusters',
  town: 'town',
  乡镇: 'town',
  town_en: 'town_en',
  townen: 'town_en',
  provenance: 'provenance',
  geometry_provenance: 'geometry_provenance',
  geom_prov: 'geometry_provenance',
  name: 'name',
  source_note: 'source_note_en',
  source: 'source_note_en',
  来源: 'source_note_en',
  source_note_zh: 'source_note_zh',
  products: 'products',
  rnd_platforms: 'rnd_platforms',
};

function listOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter(Boolean);
  if (typeof value === 'string') {
    const text = value.trim();
    if (text.startsWith('[')) {
      try {
        return listOf(JSON.parse(text));
      } catch {
        // Not JSON after all: split it as plain text below.
      }
    }
    return text.split(/[;,，；、|\s]+/).filter(Boolean);
  }
  return value;
}

/**
 * Our property names and defaults for an imported feature: `name` (KML) becomes `name_zh`; lists given
 * as "a;b" text (Shapefile) become arrays; missing optional descriptions get neutral defaults. The
 * required ones — id, Chinese name, lead clusters — are left missing, so the check reports them.
 */
export function normalizeSiteProperties(
  raw: Record<string, unknown> | null | undefined,
  fileName: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw ?? {})) {
    const name = PROPERTY_ALIASES[key.trim().toLowerCase()] ?? PROPERTY_ALIASES[key.trim()];
    if (name && out[name] === undefined && value !== null && value !== '')
      out[name] = typeof value === 'number' ? String(value) : value;
  }
  for (const key of ['clusters', 'products', 'rnd_platforms']) if (out[key] !== undefined) out[key] = listOf(out[key]);
  if (typeof out['id'] === 'string') out['id'] = out['id'].trim();
  // A plain `name` (KML's <name>) is the Chinese name; `town` and `source_note` may be plain text too.
  out['name'] = localisedField(out, 'name', 'name_zh', 'name_en', ['name_zh', 'name']);
  out['town'] = localisedField(out, 'town', 'town', 'town_en', ['town']) ?? { [SOURCE_LANGUAGE]: '未注明', en: 'not given' };
  out['source_note'] = localisedField(out, 'source_note_en', 'source_note_zh', 'source_note_en', []) ?? {
    en: `Imported from ${fileName}`,
  };
  for (const key of ['name_zh', 'name_en', 'town_en', 'source_note_zh', 'source_note_en']) delete out[key];
  if (out['name'] === undefined) delete out['name'];
  out['kind'] ??= 'park';
  out['provenance'] ??= 'public-source';
  out['geometry_provenance'] ??= 'public-source';
  return out;
}

/**
 * One localised text from a property that already has our shape (`{ "zh-CN": …, "en": … }`, as our
 * own export writes it), else from a zh/en pair of plain-text properties; undefined when neither is given.
 * `zhKeys` lists the plain properties that may hold the Chinese text, first match wins.
 */
function localisedField(
  out: Record<string, unknown>,
  shaped: string,
  zhKey: string,
  enKey: string,
  zhKeys: readonly string[],
): Record<string, unknown> | undefined {
  const given = out[shaped];
  if (given !== null && typeof given === 'object' && !Array.isArray(given)) return given as Record<string, unknown>;
  const plain = (key: string) =>
    typeof out[key] === 'string' && (out[key] as string).trim() ? (out[key] as string).trim() : undefined;
  const zh = [zhKey, ...zhKeys].map(plain).find((v) => v !== undefined);
  const en = plain(enKey);
  if (zh === undefined && en === undefined) return undefined;
  return { ...(zh === undefined ? {} : { [SOURCE_LANGUAGE]: zh }), ...(en === undefined ? {} : { en }) };
}

/** The Chinese name shown in the import preview, whatever shape the file gave it in. */
function previewName(name: unknown): string {
  return name !== null && typeof name === 'object' ? localize(name as LocalizedText, SOURCE_LANGUAGE) : '';
}

/**
 * A position of the file written in metres rather than degrees (a projected system such as a
 * Gauss–Krüger zone), as "x, y", or null. Beyond ±360 no degree value fits; a wrong order or a typo
 * stays below that and is reported per feature instead.
 */
export function projectedExample(features: readonly unknown[]): string | null {
  for (const raw of features) {
    const coordinates = (raw as { geometry?: { coordinates?: unknown } } | null)?.geometry?.coordinates;
    const stack: unknown[] = [coordinates];
    while (stack.length > 0) {
      const node = stack.pop();
      if (!Array.isArray(node)) continue;
      if (typeof node[0] === 'number' && typeof node[1] === 'number') {
        const [x, y] = node as number[];
        if (Math.abs(x!) > 360 || Math.abs(y!) > 360) return `${Math.round(x!)}, ${Math.round(y!)}`;
      } else stack.push(...(node as unknown[]));
    }
  }
  return null;
}

function eachPosition(geometry: Polygon | MultiPolygon, visit: (p: Position) => void): void {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) for (const ring of polygon) for (const position of ring) visit(position);
}

/** Drops heights (KML writes x,y,z) so positions are [lon, lat] pairs as the schema expects. */
function flatten(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const ring = (r: Position[]) => r.map((p) => [p[0]!, p[1]!]);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map(ring)) };
}

export interface SiteCheckOptions {
  crs: Crs;
  clusterIds: readonly string[];
  /** The county outline (WGS-84); features that do not touch it get a warning. */
  county: FeatureCollection | null;
  fileName: string;
}

export interface SiteFeaturesResult {
  /** Features that passed every check, in file order. */
  sites: SiteFeature[];
  /** 1-based feature numbers of `sites`. */
  siteRows: number[];
  issues: ImportIssue[];
  badRows: Set<number>;
  count: number;
  /** Normalised features for the preview table. */
  preview: { row: number; id: string; name: string; kind: string; clusters: string; vertices: number }[];
}

/**
 * Checks raw features as sites: geometry type, swapped coordinates, CRS conversion to WGS-84,
 * self-intersection, schema, duplicate ids, unknown clusters, outside the county (a warning).
 * @example await checkSiteFeatures(features, { crs: 'gcj02', clusterIds, county, fileName: 'parks.kml' })
 */
export async function checkSiteFeatures(features: readonly unknown[], options: SiteCheckOptions): Promise<SiteFeaturesResult> {
  const gcoordModule = options.crs === 'wgs84' ? null : await import('gcoord');
  const result: SiteFeaturesResult = {
    sites: [],
    siteRows: [],
    issues: [],
    badRows: new Set(),
    count: features.length,
    preview: [],
  };
  const label = (index: number, id: unknown) => (typeof id === 'string' && id ? id : `#${index + 1}`);
  const fail = (index: number, feature: string, code: ImportIssue['code'], params: ImportIssue['params'] = {}) => {
    result.badRows.add(index + 1);
    result.issues.push({ severity: 'error', code, row: index + 1, feature, params });
  };

  const candidates: unknown[] = [];
  features.forEach((raw, index) => {
    const f = raw as Partial<Feature<Geometry | null, Record<string, unknown> | null>> | null;
    const properties = normalizeSiteProperties(f?.properties ?? null, options.fileName);
    const feature = label(index, properties['id']);
    const geometry = f?.geometry ?? null;
    let vertices = 0;
    let candidate: unknown = { type: 'Feature', properties, geometry };
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
      fail(index, feature, 'not-polygon', { type: geometry?.type ?? '—' });
      candidate = null;
    } else {
      let flat: Polygon | MultiPolygon | null = null;
      try {
        flat = flatten(geometry);
      } catch {
        fail(index, feature, 'bad-geometry', { field: 'geometry', problem: 'malformed-geometry' });
      }
      if (flat) {
        let lonLike = 0;
        let swapped = 0;
        let outside: string | null = null;
        let firstSwapped: string | null = null;
        let finite = true;
        eachPosition(flat, ([x, y]) => {
          vertices++;
          if (!Number.isFinite(x) || !Number.isFinite(y)) finite = false;
          else if (Math.abs(y!) > 90 && Math.abs(x!) <= 90) {
            swapped++;
            firstSwapped ??= `${x}, ${y}`;
          } else if (Math.abs(x!) > 180 || Math.abs(y!) > 90) outside ??= `${x}, ${y}`;
          else lonLike++;
        });
        if (!finite) {
          fail(index, feature, 'bad-geometry', { field: 'geometry', problem: 'malformed-geometry' });
          candidate = null;
        } else if (swapped > 0 && lonLike === 0 && outside === null) {
          fail(index, feature, 'swapped-coordinates');
          candidate = null;
        } else if (outside !== null || swapped > 0) {
          // One message per feature, not one per number (as the schema would give).
          fail(index, feature, 'coordinates-out-of-range', { example: outside ?? firstSwapped ?? '' });
          candidate = null;
        } else {
          const converted = gcoordModule
            ? (gcoordModule.default.transform(
                flat as Parameters<typeof gcoordModule.default.transform>[0],
                options.crs === 'gcj02' ? gcoordModule.default.GCJ02 : gcoordModule.default.BD09,
                gcoordModule.default.WGS84,
              ) as Polygon | MultiPolygon)
            : flat;
          candidate = { type: 'Feature', properties, geometry: converted };
          let selfIntersecting = false;
          try {
            selfIntersecting = kinks(converted).features.length > 0;
          } catch {
            // kinks throws on rings it cannot read; the schema check below names those.
          }
          if (selfIntersecting) {
            fail(index, feature, 'self-intersection');
            candidate = null;
          }
        }
      }
    }
    result.preview.push({
      row: index + 1,
      id: String(properties['id'] ?? ''),
      name: previewName(properties['name']),
      kind: String(properties['kind'] ?? ''),
      clusters: Array.isArray(properties['clusters']) ? properties['clusters'].join(', ') : String(properties['clusters'] ?? ''),
      vertices,
    });
    candidates.push(candidate);
  });

  // The schema, ids and clusters: the same check as the built-in data. Features already rejected above
  // are left out of it (as null they would only repeat the problem).
  const indexes: number[] = [];
  const checkable: unknown[] = [];
  candidates.forEach((c, i) => {
    if (c !== null) {
      indexes.push(i);
      checkable.push(c);
    }
  });
  const checked = checkSites(checkable, new Set(options.clusterIds), options.fileName);
  for (const problem of checked.problems) {
    const index = indexes[problem.index]!;
    fail(index, label(index, problem.id), problem.code, { ...problem.params, field: problem.field ?? '' });
  }
  const countyFeatures = options.county?.features ?? [];
  checked.sites.forEach((site, k) => {
    const index = indexes[checked.siteIndexes[k]!]!;
    if (result.badRows.has(index + 1)) return;
    if (countyFeatures.length > 0 && !countyFeatures.some((county) => booleanIntersects(site as Feature, county as Feature))) {
      result.issues.push({
        severity: 'warning',
        code: 'outside-county',
        row: index + 1,
        feature: site.properties.id,
        params: {},
      });
    }
    result.sites.push(site);
    result.siteRows.push(index + 1);
  });
  result.issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return result;
}
