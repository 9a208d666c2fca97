import type { z } from 'zod';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { DataValidationError, formatIssues } from './format-issues';
import { siteFeatureSchema, sitesFileSchema, type SiteFeature } from './site-schema';

/** One problem of one site feature, with a code for messages in the user's language. */
export interface SiteProblem {
  /** 0-based index of the feature in the file. */
  index: number;
  /** The feature's id when it has a usable one, else null. */
  id: string | null;
  code: 'missing-property' | 'bad-enum' | 'invalid-property' | 'bad-geometry' | 'duplicate-id' | 'unknown-cluster';
  /** Property path (e.g. `properties.kind`), or null. */
  field: string | null;
  params: Record<string, string | number>;
  /** The same problem as one English line (what `parseSites` reports). */
  text: string;
}

export interface SiteCheck {
  /** Features that passed, in file order, with the index each had in the file. */
  sites: SiteFeature[];
  siteIndexes: number[];
  problems: SiteProblem[];
}

/** What is wrong with a value, as a code the interface words (never the schema library's English). */
export type SiteValueProblem =
  'ring-too-short' | 'malformed-geometry' | 'kebab-id' | 'empty-text' | 'no-cluster' | 'wrong-type' | 'invalid-value';

function problemOf(issue: z.core.$ZodIssue, code: SiteProblem['code']): SiteValueProblem {
  if (code === 'bad-geometry')
    return issue.code === 'too_small' && issue.origin === 'array' ? 'ring-too-short' : 'malformed-geometry';
  if (issue.code === 'invalid_format') return 'kebab-id';
  if (issue.code === 'too_small') return issue.origin === 'array' ? 'no-cluster' : 'empty-text';
  if (issue.code === 'invalid_type') return 'wrong-type';
  return 'invalid-value';
}

/**
 * Checks every feature of a site FeatureCollection (already known to be one): schema, unique ids,
 * known lead clusters. Unlike `parseSites` it does not throw, and keeps the good features apart.
 * @example checkSites(json, new Set(['food'])).problems.map((p) => p.text)
 */
export function checkSites(
  features: readonly unknown[],
  knownClusterIds: ReadonlySet<string>,
  file = 'data/parks.geojson',
): SiteCheck {
  const out: SiteCheck = { sites: [], siteIndexes: [], problems: [] };
  const seen = new Set<string>();
  features.forEach((raw, index) => {
    const rawId = (raw as { properties?: { id?: unknown } } | null)?.properties?.id;
    const id = typeof rawId === 'string' ? rawId : null;
    const where = `${file} › feature ${id ?? `#${index}`}`;
    const feature = siteFeatureSchema.safeParse(raw);
    if (!feature.success) {
      const texts = formatIssues(where, feature.error.issues);
      let geometryReported = false;
      feature.error.issues.forEach((issue, k) => {
        // One geometry problem per feature: a ring of bad positions would otherwise give one per number.
        if (issue.path[0] === 'geometry') {
          if (geometryReported) return;
          geometryReported = true;
        }
        const field = issue.path.join('.');
        const value = issue.path.reduce<unknown>(
          (node, key) => (node as Record<string | number, unknown> | null | undefined)?.[key as string],
          raw,
        );
        const code: SiteProblem['code'] = field.startsWith('geometry')
          ? 'bad-geometry'
          : value === undefined
            ? 'missing-property'
            : issue.code === 'invalid_value'
              ? 'bad-enum'
              : 'invalid-property';
        out.problems.push({
          index,
          id,
          code,
          field: field || null,
          params: {
            field,
            value: typeof value === 'string' ? value : (JSON.stringify(value) ?? '').slice(0, 80),
            problem: problemOf(issue, code),
          },
          text: texts[k]!,
        });
      });
      return;
    }
    const { id: siteId, clusters } = feature.data.properties;
    let ok = true;
    if (seen.has(siteId)) {
      ok = false;
      out.problems.push({
        index,
        id,
        code: 'duplicate-id',
        field: 'properties.id',
        params: { value: siteId },
        text: `${where}: duplicate id`,
      });
    }
    seen.add(siteId);
    for (const cluster of clusters) {
      if (!knownClusterIds.has(cluster)) {
        ok = false;
        out.problems.push({
          index,
          id,
          code: 'unknown-cluster',
          field: 'properties.clusters',
          params: { value: cluster, known: [...knownClusterIds].join(', ') },
          text: `${where}: unknown cluster "${cluster}"`,
        });
      }
    }
    if (ok) {
      out.sites.push(feature.data);
      out.siteIndexes.push(index);
    }
  });
  return out;
}

/**
 * Validates a site FeatureCollection (the built-in `data/parks.geojson` or an imported file):
 * each feature against the schema, ids unique, lead clusters known. Every problem names the file and
 * the feature (by id, or by index where the id itself is missing).
 * @example parseSites(json, new Set(['food'])).map((s) => s.properties.id)
 */
export function parseSites(json: unknown, knownClusterIds: ReadonlySet<string>, file = 'data/parks.geojson'): SiteFeature[] {
  const collection = sitesFileSchema.safeParse(json);
  if (!collection.success) throw new DataValidationError(file, formatIssues(file, collection.error.issues));
  const checked = checkSites(collection.data.features, knownClusterIds, file);
  if (checked.problems.length > 0)
    throw new DataValidationError(
      file,
      checked.problems.map((p) => p.text),
    );
  return checked.sites;
}

/** The sites as a plain FeatureCollection for a MapLibre GeoJSON source (which promotes `id`). */
export function sitesToFeatureCollection(
  sites: readonly SiteFeature[],
): FeatureCollection<Polygon | MultiPolygon, SiteFeature['properties']> {
  return { type: 'FeatureCollection', features: sites.map((site) => ({ ...site })) };
}
