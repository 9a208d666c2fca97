/**
 * An intranet tile service from the deployment file: a raster XYZ or WMTS (KVP or REST, Web Mercator)
 * URL template, or a MapLibre style URL. Every URL — the template, the style, and each source, tile
 * and sprite URL inside the style — must be on the app's origin or on the deployer's allow-list.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { BASEMAP_SOURCE_PREFIX } from './basemap-choice';
import { isAllowedUrl, type TileService } from './basemap-config';
import type { BasemapLayers } from './basemap-spec';

/** Why a service was refused; the controller turns it into a message in the user's language. */
export class TileServiceError extends Error {
  constructor(readonly reason: 'not-allowed' | 'bad-style') {
    super(reason);
  }
}

/**
 * MapLibre's placeholders in a WMTS template: {TileMatrix} {TileRow} {TileCol} become {z} {y} {x}.
 * @example mapLibreTemplate('…&TILEMATRIX={TileMatrix}&TILEROW={TileRow}&TILECOL={TileCol}') // '…&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}'
 */
export function mapLibreTemplate(url: string): string {
  return url
    .replace(/\{TileMatrix\}/gi, '{z}')
    .replace(/\{TileRow\}/gi, '{y}')
    .replace(/\{TileCol\}/gi, '{x}');
}

/** A raster XYZ or WMTS service as one raster source and layer. */
export function rasterServiceBasemap(service: TileService, base: string, allowedOrigins: readonly string[]): BasemapLayers {
  if (!isAllowedUrl(service.url, base, allowedOrigins)) throw new TileServiceError('not-allowed');
  const id = `${BASEMAP_SOURCE_PREFIX}${service.id}`;
  const tiles = [new URL(mapLibreTemplate(service.url), base).href.replace(/%7B/g, '{').replace(/%7D/g, '}')];
  return {
    online: true,
    sources: {
      [id]: {
        type: 'raster',
        tiles,
        tileSize: service.tileSize ?? 256,
        maxzoom: service.maxzoom ?? 18,
        ...(service.attribution ? { attribution: service.attribution } : {}),
      },
    },
    layers: [{ id, type: 'raster', source: id }],
  };
}

/** Every URL a style source can name. */
function sourceUrls(source: SourceSpecification): string[] {
  const urls: string[] = [];
  if ('url' in source && typeof source.url === 'string') urls.push(source.url);
  if ('tiles' in source && Array.isArray(source.tiles)) urls.push(...source.tiles);
  if ('data' in source && typeof source.data === 'string') urls.push(source.data);
  if ('urls' in source && Array.isArray(source.urls)) urls.push(...source.urls);
  return urls;
}

/**
 * A MapLibre style from an allowed URL, merged under the app's layers: its sources and layers with
 * prefixed ids, its URLs made absolute. `glyphs` is dropped (labels are drawn with local fonts, as
 * the app's own are) and so are icons (the app's style has no sprite to share them with).
 */
export async function styleServiceBasemap(
  service: TileService,
  base: string,
  allowedOrigins: readonly string[],
  fetchImpl: typeof fetch = fetch,
): Promise<BasemapLayers> {
  if (!isAllowedUrl(service.url, base, allowedOrigins)) throw new TileServiceError('not-allowed');
  const styleUrl = new URL(service.url, base).href;
  const response = await fetchImpl(styleUrl, { credentials: 'same-origin' });
  if (!response.ok) throw new TileServiceError('bad-style');
  let style: StyleSpecification;
  try {
    style = (await response.json()) as StyleSpecification;
  } catch {
    throw new TileServiceError('bad-style');
  }
  if (
    style === null ||
    typeof style !== 'object' ||
    style.version !== 8 ||
    !Array.isArray(style.layers) ||
    typeof style.sources !== 'object'
  )
    throw new TileServiceError('bad-style');
  const prefix = `${BASEMAP_SOURCE_PREFIX}${service.id}-`;
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, source] of Object.entries(style.sources)) {
    const absolute = { ...source } as Record<string, unknown>;
    for (const key of ['url', 'data'] as const)
      if (typeof absolute[key] === 'string') absolute[key] = resolveTemplate(absolute[key], styleUrl);
    for (const key of ['tiles', 'urls'] as const)
      if (Array.isArray(absolute[key])) absolute[key] = (absolute[key] as string[]).map((u) => resolveTemplate(u, styleUrl));
    const resolved = absolute as unknown as SourceSpecification;
    if (!sourceUrls(resolved).every((u) => isAllowedUrl(u, base, allowedOrigins))) throw new TileServiceError('not-allowed');
    if (service.attribution && !('attribution' in resolved && resolved.attribution))
      Object.assign(resolved, { attribution: service.attribution });
    sources[prefix + id] = resolved;
  }
  const layers = style.layers.map((layer) => {
    const copy = { ...layer, id: prefix + layer.id } as LayerSpecification & {
      source?: string;
      layout?: Record<string, unknown>;
    };
    if ('source' in layer && typeof layer.source === 'string') copy.source = prefix + layer.source;
    if (copy.layout && 'icon-image' in copy.layout) {
      const { 'icon-image': _icon, ...layout } = copy.layout;
      copy.layout = layout;
    }
    return copy as LayerSpecification;
  });
  return { online: true, sources, layers };
}

/** Resolves a URL or template against the style's URL, keeping its {placeholders} readable to MapLibre. */
function resolveTemplate(url: string, styleUrl: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  return new URL(url, styleUrl).href.replace(/%7B/g, '{').replace(/%7D/g, '}');
}
