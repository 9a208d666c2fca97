import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { siteColorExpression } from '../../../src/map/layers/site-layers';
import { buildStyle } from '../../../src/map/map-style';
import { loadBuiltin } from './builtin-data';

const basemap = {
  county: 'http://127.0.0.1/county.geojson',
  neighbours: 'http://127.0.0.1/neighbours.geojson',
  neighbourLabels: 'http://127.0.0.1/neighbour-labels.geojson',
};

describe('the offline style', () => {
  const data = loadBuiltin();
  const style = buildStyle({ ...data, basemap, lang: 'zh-CN' });

  it('passes the MapLibre style-spec validator', () => {
    expect(validateStyleMin(style as never)).toEqual([]);
  });

  it('needs no glyph server, sprite or tiles: every source is local GeoJSON', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(Object.values(style.sources).map((s) => s.type)).toEqual(Object.values(style.sources).map(() => 'geojson'));
  });

  it('colours sites with exactly the cluster colours the legend shows', () => {
    const expression = siteColorExpression(data.clusters) as unknown[];
    for (const cluster of data.clusters) {
      expect(expression[expression.indexOf(cluster.id) + 1]).toBe(cluster.color);
    }
  });
});
