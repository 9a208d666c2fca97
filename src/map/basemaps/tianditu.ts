/**
 * 天地图 (Tianditu, the national platform for common geospatial information services) through its
 * WMTS service, key-value-pair binding: `https://t{0-7}.tianditu.gov.cn/{layer}_w/wmts?SERVICE=WMTS&
 * REQUEST=GetTile&VERSION=1.0.0&LAYER={layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}
 * &TILEROW={y}&TILECOL={x}&tk={key}`. Tile matrix set `w` is Web Mercator (the one MapLibre draws),
 * `c` would be geographic lon/lat. The eight hosts t0–t7 serve the same tiles; spreading requests
 * over them is what 天地图's own samples do.
 */
import type { Lang } from '../../i18n/i18n';
import { BASEMAP_SOURCE_PREFIX } from './basemap-choice';
import type { BasemapLayers } from './basemap-spec';

export type TiandituKind = 'vec' | 'img';

/** Base layers and their annotation layers: c… Chinese, e… English (cva/eva over vec, cia/eia over img). */
export const TIANDITU_ANNOTATION: Record<TiandituKind, Record<Lang, string>> = {
  vec: { 'zh-CN': 'cva', en: 'eva' },
  img: { 'zh-CN': 'cia', en: 'eia' },
};

export const TIANDITU_HOSTS = Array.from({ length: 8 }, (_, i) => `t${i}.tianditu.gov.cn`);

/** 天地图 serves Web Mercator tiles up to level 18. */
const MAX_ZOOM = 18;

/**
 * The eight tile URL templates (t0–t7) of one 天地图 layer, in MapLibre's {z}/{x}/{y} placeholders.
 * @example tiandituTileUrls('img', 'abc…')[0] // 'https://t0.tianditu.gov.cn/img_w/wmts?SERVICE=WMTS&…&tk=abc…'
 */
export function tiandituTileUrls(layer: string, key: string): string[] {
  const query =
    `SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles` +
    `&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`;
  return TIANDITU_HOSTS.map((host) => `https://${host}/${layer}_w/wmts?${query}`);
}

/**
 * The attribution 天地图 asks for: its name and the map's review number (审图号), in the UI language.
 * @example tiandituAttribution('en', 'GS(2024)0568号') // '© Tianditu · review no. GS(2024)0568号'
 */
export function tiandituAttribution(lang: Lang, reviewNumber: string): string {
  return lang === 'en'
    ? `© Tianditu (tianditu.gov.cn) · map review no. ${reviewNumber}`
    : `© 天地图（tianditu.gov.cn）· 审图号：${reviewNumber}`;
}

/**
 * Sources and layers of 天地图 vector or imagery with its annotation in the UI language.
 * @example tiandituBasemap('img', 'en', { key, reviewNumber }) // raster img + eia
 */
export function tiandituBasemap(kind: TiandituKind, lang: Lang, config: { key: string; reviewNumber: string }): BasemapLayers {
  const annotation = TIANDITU_ANNOTATION[kind][lang];
  const baseId = `${BASEMAP_SOURCE_PREFIX}tianditu-${kind}`;
  const labelId = `${BASEMAP_SOURCE_PREFIX}tianditu-${annotation}`;
  return {
    online: true,
    sources: {
      [baseId]: {
        type: 'raster',
        tiles: tiandituTileUrls(kind, config.key),
        tileSize: 256,
        maxzoom: MAX_ZOOM,
        attribution: tiandituAttribution(lang, config.reviewNumber),
      },
      [labelId]: { type: 'raster', tiles: tiandituTileUrls(annotation, config.key), tileSize: 256, maxzoom: MAX_ZOOM },
    },
    layers: [
      { id: baseId, type: 'raster', source: baseId },
      { id: labelId, type: 'raster', source: labelId },
    ],
  };
}
