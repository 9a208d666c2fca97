/**
 * The deployment file `basemaps.json` beside index.html: which basemaps besides the built-in one a
 * deployment offers, with the 天地图 key. It is edited on the server without a rebuild and is not in
 * the offline precache, so the key is never in the bundle, and never in a URL or share link (links
 * name a basemap id only). An invalid file offers nothing extra and says why on the console.
 */
import { z } from 'zod';
import { exactOrigin } from '../../state/url-state';

/** Ids the app defines itself; a deployer's service cannot take them. */
export const RESERVED_BASEMAP_IDS = ['builtin', 'tianditu-vec', 'tianditu-img', 'pmtiles'] as const;

/** Default cap for a PMTiles file a planner loads into the browser (deployers may change it). */
export const DEFAULT_PMTILES_MAX_MB = 512;

const bilingual = z.strictObject({ zh: z.string().min(1).max(60), en: z.string().min(1).max(60) });

const tiandituSchema = z.strictObject({
  /** The deployer's 天地图 key (tk), a 32-character hexadecimal string from console.tianditu.gov.cn. */
  key: z.string().regex(/^[0-9a-f]{32}$/i, 'must be the 32-character key (tk) from the 天地图 console'),
  /** 审图号 that 天地图 requires shown with its maps, e.g. "GS(2024)0568号" (copy it from tianditu.gov.cn). */
  reviewNumber: z.string().min(1).max(60),
});

const serviceSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,39}$/, 'lower-case letters, digits and "-", starting with a letter')
    .refine((id) => !(RESERVED_BASEMAP_IDS as readonly string[]).includes(id), 'is reserved for a built-in choice'),
  name: bilingual,
  /** xyz and wmts: a tile URL template with {z} {x} {y} (or {TileMatrix} {TileCol} {TileRow}); style: a MapLibre style URL. */
  type: z.enum(['xyz', 'wmts', 'style']),
  url: z.string().min(1).max(2000),
  attribution: z.string().max(300).optional(),
  tileSize: z.union([z.literal(256), z.literal(512)]).optional(),
  maxzoom: z.number().int().min(1).max(22).optional(),
});

export const basemapConfigSchema = z
  .strictObject({
    tianditu: tiandituSchema.optional(),
    /** A PMTiles file on the app's own server, relative to index.html or an absolute same-origin URL. */
    pmtilesUrl: z.string().min(1).max(2000).optional(),
    pmtilesMaxMB: z.number().int().min(1).max(4096).optional(),
    /** Origins (scheme, host, port) that intranet services, and the sources inside their styles, may use. */
    allowedOrigins: z
      .array(z.string().refine((value) => exactOrigin(value) !== null, 'must be an exact origin such as "http://10.1.2.3:8080"'))
      .max(50)
      .optional(),
    services: z.array(serviceSchema).max(20).optional(),
  })
  .superRefine((config, context) => {
    const seen = new Set<string>();
    config.services?.forEach((service, index) => {
      if (seen.has(service.id)) context.addIssue({ code: 'custom', path: ['services', index, 'id'], message: 'is used twice' });
      seen.add(service.id);
    });
  });

export type BasemapConfig = z.infer<typeof basemapConfigSchema>;
export type TileService = NonNullable<BasemapConfig['services']>[number];

export type BasemapConfigOutcome = { ok: true; config: BasemapConfig } | { ok: false; problems: string[] };

/**
 * Validates the contents of basemaps.json.
 * @example parseBasemapConfig({ services: [] }) // { ok: true, config: { services: [] } }
 */
export function parseBasemapConfig(json: unknown): BasemapConfigOutcome {
  const parsed = basemapConfigSchema.safeParse(json);
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`) };
}

let loading: Promise<BasemapConfig> | null = null;

/**
 * Loads basemaps.json once per page (relative to the document, so any base path works). A missing
 * file offers only the built-in basemap and a PMTiles file the planner loads; an invalid one the same.
 * @example const config = await loadBasemapConfig();
 */
export function loadBasemapConfig(fetchImpl: typeof fetch = fetch): Promise<BasemapConfig> {
  loading ??= (async () => {
    let response: Response;
    try {
      response = await fetchImpl(new URL('basemaps.json', document.baseURI), { cache: 'no-cache', credentials: 'same-origin' });
    } catch {
      return {};
    }
    if (!response.ok) return {};
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      console.warn('basemaps.json is not valid JSON; only the built-in basemap is offered.');
      return {};
    }
    const outcome = parseBasemapConfig(json);
    if (outcome.ok) return outcome.config;
    console.warn(`basemaps.json is invalid; only the built-in basemap is offered.\n${outcome.problems.join('\n')}`);
    return {};
  })();
  return loading;
}

/**
 * True when `url` (absolute, or relative to `base`) is on the app's origin or an allowed one.
 * @example isAllowedUrl('http://10.1.2.3:8080/t/{z}/{x}/{y}.png', 'https://app.cn/', ['http://10.1.2.3:8080']) // true
 */
export function isAllowedUrl(url: string, base: string, allowedOrigins: readonly string[] = []): boolean {
  let parsed: URL;
  try {
    // Template braces are not valid in a host name; replace them so a template parses like a URL.
    parsed = new URL(url.replace(/\{[a-zA-Z]+\}/g, '0'), base);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return parsed.origin === new URL(base).origin || allowedOrigins.includes(parsed.origin);
}
