/**
 * A PMTiles archive as the basemap, read through the `pmtiles` library's MapLibre protocol (range
 * reads from a Blob or a same-origin URL, no tile server). Vector archives in the Protomaps schema are
 * styled with `@protomaps/basemaps`; raster archives (imagery) are drawn as they are.
 */
import { LIGHT, layers as protomapsLayers } from '@protomaps/basemaps';
import type { LayerSpecification } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import type { Lang } from '../../i18n/i18n';
import { addProtocol, LABEL_FONTS } from '../create-map';
import { BASEMAP_SOURCE_PREFIX } from './basemap-choice';
import type { BasemapLayers } from './basemap-spec';
import type { OpenedArchive } from './pmtiles-file';

let protocol: Protocol | null = null;

/** Registers the pmtiles:// protocol once and adds the archive to it. Returns the source URL. */
export function registerArchive(opened: OpenedArchive): string {
  if (!protocol) {
    protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
  }
  protocol.add(opened.archive);
  return `pmtiles://${opened.archive.source.getKey()}`;
}

const SOURCE_ID = `${BASEMAP_SOURCE_PREFIX}pmtiles`;

/**
 * The Protomaps layers for the UI language, adapted to this app's style: labels in the same local
 * fonts as the app's own (the style has no glyph server), and no icons (it has no sprite).
 */
export function protomapsStyleLayers(lang: Lang): LayerSpecification[] {
  const flavor = { ...LIGHT, regular: LABEL_FONTS[0], bold: LABEL_FONTS[0], italic: LABEL_FONTS[0] };
  return protomapsLayers(SOURCE_ID, flavor, { lang: lang === 'en' ? 'en' : 'zh-Hans' }).map((layer) => {
    const copy = { ...layer, id: `${SOURCE_ID}-${layer.id}` } as LayerSpecification & { layout?: Record<string, unknown> };
    if (copy.layout) {
      const { 'icon-image': _icon, ...layout } = copy.layout;
      if ('text-font' in layout) layout['text-font'] = LABEL_FONTS;
      copy.layout = layout;
    }
    return copy as LayerSpecification;
  });
}

/**
 * Sources and layers for an opened archive.
 * @example pmtilesBasemap(await openPmtiles(file), 'zh-CN', '© OpenStreetMap')
 */
export function pmtilesBasemap(opened: OpenedArchive, lang: Lang, attribution?: string): BasemapLayers {
  const url = registerArchive(opened);
  const { header } = opened;
  const common = {
    url,
    minzoom: header.minZoom,
    maxzoom: header.maxZoom,
    bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat] as [number, number, number, number],
    ...(attribution ? { attribution } : {}),
  };
  if (opened.kind === 'raster')
    return {
      online: false,
      sources: { [SOURCE_ID]: { type: 'raster', tileSize: 256, ...common } },
      layers: [{ id: SOURCE_ID, type: 'raster', source: SOURCE_ID }],
    };
  return { online: false, sources: { [SOURCE_ID]: { type: 'vector', ...common } }, layers: protomapsStyleLayers(lang) };
}
