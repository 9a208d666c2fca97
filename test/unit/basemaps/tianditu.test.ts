import { describe, expect, it } from 'vitest';
import { tiandituBasemap, tiandituTileUrls } from '../../../src/map/basemaps/tianditu';

const KEY = '0123456789abcdef0123456789abcdef';

describe('天地图 WMTS', () => {
  it('builds the KVP GetTile URL of tile matrix set w on hosts t0–t7', () => {
    const urls = tiandituTileUrls('img', KEY);
    expect(urls).toHaveLength(8);
    expect(urls.map((u) => new URL(u.replace(/[{}]/g, '')).host)).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7].map((i) => `t${i}.tianditu.gov.cn`),
    );
    const url = new URL(urls[3]!);
    expect(url.pathname).toBe('/img_w/wmts');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      SERVICE: 'WMTS',
      REQUEST: 'GetTile',
      VERSION: '1.0.0',
      LAYER: 'img',
      STYLE: 'default',
      TILEMATRIXSET: 'w',
      FORMAT: 'tiles',
      TILEMATRIX: '{z}',
      TILEROW: '{y}',
      TILECOL: '{x}',
      tk: KEY,
    });
  });

  it.each([
    ['vec', 'zh-CN', 'cva'],
    ['vec', 'en', 'eva'],
    ['img', 'zh-CN', 'cia'],
    ['img', 'en', 'eia'],
  ] as const)('%s in %s has the %s annotation, with the attribution and 审图号 on the base layer', (kind, lang, annotation) => {
    const basemap = tiandituBasemap(kind, lang, { key: KEY, reviewNumber: 'GS(2024)0568号' });
    expect(basemap.online).toBe(true);
    const tiles = Object.values(basemap.sources).map((s) => ('tiles' in s ? s.tiles![0]! : ''));
    expect(tiles.map((t) => new URL(t).searchParams.get('LAYER'))).toEqual([kind, annotation]);
    const attribution = Object.values(basemap.sources)
      .map((s) => ('attribution' in s ? s.attribution : undefined))
      .filter(Boolean);
    expect(attribution).toEqual([expect.stringContaining('GS(2024)0568号')]);
    expect(Object.keys(basemap.sources).every((id) => id.startsWith('basemap-'))).toBe(true);
  });
});
