import { z } from 'zod';
import { localizedText } from '../../workers/model/localized-text';

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(position).min(4, 'a ring needs at least 4 positions');

export const SITE_KINDS = ['park', 'center'] as const;
export const PROVENANCES = ['source-article', 'public-source', 'indicative'] as const;

export const sitePropertiesSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'id must be kebab-case'),
  name: localizedText,
  kind: z.enum(SITE_KINDS),
  clusters: z.array(z.string()).min(1, 'a site needs at least one lead cluster'),
  town: localizedText,
  provenance: z.enum(PROVENANCES),
  geometry_provenance: z.enum(PROVENANCES),
  /** Imported sites may carry the note in one language only; `localize` then shows that one. */
  source_note: localizedText,
  products: z.array(z.string()).optional(),
  rnd_platforms: z.array(z.string()).optional(),
});

export const siteFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  properties: sitePropertiesSchema,
  geometry: z.union([
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
  ]),
});

export const sitesFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});

export type SiteProperties = z.infer<typeof sitePropertiesSchema>;
export type SiteFeature = z.infer<typeof siteFeatureSchema>;
export type SiteKind = SiteProperties['kind'];
export type Provenance = SiteProperties['provenance'];
